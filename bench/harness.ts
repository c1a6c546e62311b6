/**
 * Benchmark helpers: repeated timed runs, medians, peak memory. Each benchmark module in this
 * folder exports `benches: Bench[]`; `run.ts` runs them all and prints a table with the machine.
 */

/** One measured quantity. */
export interface BenchResult {
  readonly name: string;
  /** e.g. 'articles/s', 'tokens/s'. */
  readonly unit: string;
  /** Median over the runs. */
  readonly median: number;
  readonly runs: readonly number[];
  /** Peak resident set size during the benchmark, MiB. */
  readonly peakRssMiB: number;
  readonly note?: string;
}

/** A benchmark: a name and a function that returns its results. */
export interface Bench {
  readonly name: string;
  run(): Promise<BenchResult[]>;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Samples RSS every 20 ms while `fn` runs; returns its result and the peak in MiB. */
export async function withPeakRss<T>(fn: () => Promise<T> | T): Promise<{ value: T; peakRssMiB: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakRssMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Runs `work` `runs` times; each run returns how many units it processed. Reports units per second.
 *
 * @example
 * await throughput('segment', 'articles/s', 5, () => { corpus.forEach(segment); return corpus.length; });
 */
export async function throughput(
  name: string,
  unit: string,
  runs: number,
  work: () => number | Promise<number>,
  note?: string,
): Promise<BenchResult> {
  const rates: number[] = [];
  const { peakRssMiB } = await withPeakRss(async () => {
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const n = await work();
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      rates.push(n / seconds);
    }
  });
  return { name, unit, median: median(rates), runs: rates, peakRssMiB, ...(note ? { note } : {}) };
}
