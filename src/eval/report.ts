/**
 * What every scorer returns, and how it is printed. Each task in `src/eval/` produces one
 * `EvalReport`; `sitrep eval <task>` prints it as a table (last line: a one-line summary) or JSON.
 */

/** Precision, recall and F1 from counts. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Computes precision, recall and F1; 0 where undefined (no predictions or no gold). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** One row of a report: a section or measure, the system scored, and its metrics. */
export interface EvalRow {
  readonly name: string;
  /** 'sitrep' unless a baseline (e.g. 'compromise', 'chrono-node'). */
  readonly system: string;
  /** Metric name → value; null when it cannot be computed (shown as '-'). */
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly note?: string;
}

/** The result of one eval task. */
export interface EvalReport {
  readonly task: string;
  /** What was scored: paths and counts. */
  readonly data: string;
  readonly rows: readonly EvalRow[];
  /** Free-text remarks: skipped files, sections not built yet, … */
  readonly notes: readonly string[];
  /** The one-line summary printed last. */
  readonly summary: string;
}

/** An eval task: a name, the default data location under ../shared, and a scorer. */
export interface EvalTask {
  readonly name: string;
  readonly describe: string;
  /** Default input paths, relative to the shared folder (e.g. 'data/ner/eng.testa'). */
  readonly defaultPaths: readonly string[];
  run(paths: readonly string[], options: { readonly limit?: number }): Promise<EvalReport>;
}

function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined) return '-';
  if (Number.isInteger(v)) return String(v);
  return v.toFixed(3);
}

/** Renders a report as an aligned plain-text table; the last line is the summary. */
export function formatReport(report: EvalReport): string {
  const metricNames = [...new Set(report.rows.flatMap((r) => Object.keys(r.metrics)))];
  const header = ['', 'system', ...metricNames];
  const body = report.rows.map((r) => [r.name, r.system, ...metricNames.map((m) => fmt(r.metrics[m]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const lines = [`eval ${report.task}: ${report.data}`, line(header), ...body.map(line)];
  for (const r of report.rows) if (r.note) lines.push(`  ${r.name} (${r.system}): ${r.note}`);
  for (const n of report.notes) lines.push(`note: ${n}`);
  lines.push(report.summary);
  return lines.join('\n');
}
