/**
 * The averaged perceptron's bookkeeping, shared by the NER tagger and the attribution models:
 * current weights, lazily accumulated totals (each weight's sum over time is caught up only when
 * it changes) and the averaged, rounded, pruned weights at the end. Deterministic.
 */

/** Weights of `labels` labels per feature key, averaged over every step of training. */
export class AveragedWeights<K extends string | number> {
  /** The current (not averaged) weights, read while training. */
  readonly current = new Map<K, Float64Array>();
  private readonly total = new Map<K, Float64Array>();
  private readonly stamp = new Map<K, Float64Array>();
  private clock = 0;

  constructor(private readonly labels: number) {}

  /** One training step (one token) has passed. */
  tick(): void {
    this.clock++;
  }

  /** Adds `delta` to the weight of `feature` for label `k`. */
  update(feature: K, k: number, delta: number): void {
    let wf = this.current.get(feature);
    if (!wf) {
      wf = new Float64Array(this.labels);
      this.current.set(feature, wf);
      this.total.set(feature, new Float64Array(this.labels));
      this.stamp.set(feature, new Float64Array(this.labels));
    }
    const tf = this.total.get(feature)!;
    const sf = this.stamp.get(feature)!;
    tf[k]! += (this.clock - sf[k]!) * wf[k]!;
    sf[k] = this.clock;
    wf[k]! += delta;
  }

  /** One perceptron update: every feature votes up for the true label and down for the guess. */
  learn(features: Iterable<K>, truth: number, guess: number): void {
    for (const f of features) {
      this.update(f, truth, 1);
      this.update(f, guess, -1);
    }
  }

  /** The label scores of a list of features under the current weights. */
  scores(features: Iterable<K>): Float64Array {
    const s = new Float64Array(this.labels);
    for (const f of features) {
      const wf = this.current.get(f);
      if (wf) for (let k = 0; k < this.labels; k++) s[k]! += wf[k]!;
    }
    return s;
  }

  /**
   * The averaged weights in key order, rounded to `decimals` places; weights smaller than `prune`
   * are dropped, and features with no weight left.
   */
  averaged(options: {
    readonly prune: number;
    readonly decimals: number;
    readonly order: (a: K, b: K) => number;
  }): Map<K, Float64Array> {
    const scale = 10 ** options.decimals;
    const out = new Map<K, Float64Array>();
    for (const f of [...this.current.keys()].sort(options.order)) {
      const wf = this.current.get(f)!;
      const tf = this.total.get(f)!;
      const sf = this.stamp.get(f)!;
      const avg = new Float64Array(this.labels);
      let keep = false;
      for (let k = 0; k < this.labels; k++) {
        const t = tf[k]! + (this.clock - sf[k]!) * wf[k]!;
        const v = Math.round((t / this.clock) * scale) / scale;
        if (Math.abs(v) >= options.prune) {
          avg[k] = v;
          keep = true;
        }
      }
      if (keep) out.set(f, avg);
    }
    return out;
  }
}

/** A deterministic PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles in place with a seeded random source (Fisher–Yates). */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** True when `tag` may follow `prev` in IOB2 (an I-X only after B-X or I-X). */
export function iobAllowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/**
 * The gold tag a greedy tagger can still reach after its own `prev` guess: an I-X after a guess
 * that is not X cannot be chosen, so B-X is the right move from there (pushing towards an
 * unreachable tag would only grow the weights without bound).
 */
export function reachableGold(prev: string, gold: string): string {
  return iobAllowed(prev, gold) ? gold : `B-${gold.slice(2)}`;
}

/** The index of the best-scoring label that may follow `prev` in IOB2. */
export function bestAllowed(scores: Float64Array, labels: readonly string[], prev: string): number {
  let best = -1;
  for (let k = 0; k < labels.length; k++) if (iobAllowed(prev, labels[k]!) && (best < 0 || scores[k]! > scores[best]!)) best = k;
  return best;
}
