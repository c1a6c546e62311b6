/**
 * `sitrep eval time <TimeML dirs…>`: TempEval-3 measures on TIMEX3-annotated .tml files —
 * strict and relaxed span P/R/F1, value F1 (a relaxed match with the same normalised value) and
 * type accuracy — with each document's creation time as the publication date. chrono-node is
 * scored on the same documents (dates and times only; it has no durations or sets).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { segment } from '../analyze/stages/segment.js';
import { documentTimes } from '../analyze/time/document.js';
import { publicationDay } from '../analyze/time/normalise.js';
import { type EvalRow, type EvalTask, prf } from './report.js';

interface Timex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

/** A TimeML document: its text (tags removed), creation time and gold TIMEX3s. */
export interface TimemlDoc {
  readonly file: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly Timex[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Parses a .tml file. */
export function parseTimeml(file: string, xml: string): TimemlDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|(&[a-z]+;)|([^<&]+|&)/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (m[5] !== undefined) text += m[5];
    else if (m[4] !== undefined) text += ENTITIES[m[4]] ?? m[4];
    else if (m[2] === 'TIMEX3') {
      if (m[1] === '/') {
        const o = open.pop();
        if (o) timexes.push({ start: o.start, end: text.length, type: o.type, value: o.value });
      } else {
        open.push({ start: text.length, type: /type="([^"]+)"/.exec(m[3]!)?.[1] ?? '', value: /value="([^"]*)"/.exec(m[3]!)?.[1] ?? '' });
      }
    }
  }
  return { file, dct, text, timexes };
}

/** Every .tml file under the paths. */
function tmlFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(path.join(p, f));
    else if (p.endsWith('.tml')) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

class Scores {
  strict = 0;
  relaxed = 0;
  value = 0;
  type = 0;
  pred = 0;
  gold = 0;
  add(gold: readonly Timex[], pred: readonly Timex[]): void {
    this.pred += pred.length;
    this.gold += gold.length;
    const used = new Set<number>();
    for (const g of gold) {
      const i = pred.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
      if (i < 0) continue;
      used.add(i);
      const p = pred[i]!;
      this.relaxed++;
      if (p.start === g.start && p.end === g.end) this.strict++;
      if (p.value === g.value) this.value++;
      if (p.type === g.type) this.type++;
    }
  }
  rows(system: string): EvalRow[] {
    const row = (name: string, tp: number): EvalRow => {
      const m = prf(tp, this.pred - tp, this.gold - tp);
      return { name, system, metrics: { P: m.precision, R: m.recall, F1: m.f1 } };
    };
    return [
      row('strict span', this.strict),
      row('relaxed span', this.relaxed),
      row('value', this.value),
      { name: 'type accuracy (relaxed matches)', system, metrics: { acc: this.relaxed ? this.type / this.relaxed : 0 } },
    ];
  }
}

interface ChronoResult {
  index: number;
  text: string;
  start: { isCertain(c: string): boolean; get(c: string): number | null };
}

/** chrono-node's result as a TIMEX3 value at the granularity it is certain of. */
function chronoValue(r: ChronoResult): { type: string; value: string } {
  const s = r.start;
  const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
  const y = s.get('year');
  if (s.isCertain('hour')) return { type: 'TIME', value: `${y}-${pad(s.get('month'))}-${pad(s.get('day'))}T${pad(s.get('hour'))}:${pad(s.get('minute'))}` };
  if (s.isCertain('day') || s.isCertain('weekday')) return { type: 'DATE', value: `${y}-${pad(s.get('month'))}-${pad(s.get('day'))}` };
  if (s.isCertain('month')) return { type: 'DATE', value: `${y}-${pad(s.get('month'))}` };
  return { type: 'DATE', value: String(y) };
}

/** The time eval task. */
export const timeTask: EvalTask = {
  name: 'time',
  describe: 'time expressions on TimeML (TempEval-3 measures), beside chrono-node',
  defaultPaths: ['data/time/TBAQ-cleaned/TimeBank', 'data/time/TBAQ-cleaned/AQUAINT'],
  async run(paths, options) {
    const require = createRequire(import.meta.url);
    const chrono = require('chrono-node') as { parse(text: string, ref: Date): ChronoResult[] };
    let files = tmlFiles(paths);
    if (options.limit !== undefined) files = files.slice(0, options.limit);
    const ours = new Scores();
    const theirs = new Scores();
    for (const file of files) {
      const doc = parseTimeml(file, readFileSync(file, 'utf8'));
      const published = publicationDay(doc.dct);
      const pred: Timex[] = [];
      for (const t of documentTimes(doc.text, segment(doc.text).sentences, published)) {
        // TimeML leaves the preposition out of the span ("on [Friday]"); sitrep keeps it.
        const prep = /^(?:on|at|in|since|by|until|for|during|of|over|within|from)\s+/i.exec(doc.text.slice(t.start, t.end));
        pred.push(prep ? { ...t, start: t.start + prep[0].length } : t);
      }
      ours.add(doc.timexes, pred);
      const ref = published ? new Date(Date.UTC(published.year, published.month - 1, published.day, 12)) : new Date(0);
      const cp = chrono.parse(doc.text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, ...chronoValue(r) }));
      theirs.add(doc.timexes, cp);
    }
    const rows = [...ours.rows('sitrep'), ...theirs.rows('chrono-node')];
    const valueF1 = rows[2]!.metrics.F1 as number;
    return {
      task: 'time',
      data: `${files.length} TimeML documents (${ours.gold} TIMEX3) under ${paths.join(', ')}`,
      rows,
      notes: [],
      summary: `time: value F1 ${valueF1.toFixed(3)} (sitrep), ${(rows[6]!.metrics.F1 as number).toFixed(3)} (chrono-node)`,
    };
  },
};
