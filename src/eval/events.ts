/**
 * `sitrep eval events <PLOVER GSR JSON>`: each gold record is one sentence with one event. sitrep
 * analyses the sentence; its first event (in text order) is compared with the gold: event-type
 * accuracy and macro F1 (per-type rows), mode accuracy where the gold has a mode, and actor and
 * recipient span F1 (overlap and exact) against the gold actor texts. The GSR uses an older PLOVER
 * draft: DEMAND is scored as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../analyze/analyze.js';
import type { Span } from '../core/span.js';
import { type EvalRow, type EvalTask, prf } from './report.js';

interface GsrRecord {
  readonly id: string;
  readonly date?: string;
  readonly event: string;
  readonly mode?: string | null;
  readonly text: string;
  readonly source?: readonly { actorText?: string }[];
  readonly target?: readonly { actorText?: string }[];
}

const RENAMED: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** Spans of actor texts in the record's text. */
function spansOf(text: string, actors: readonly { actorText?: string }[] | undefined): Span[] {
  const out: Span[] = [];
  for (const a of actors ?? []) {
    if (!a.actorText) continue;
    const at = text.indexOf(a.actorText);
    if (at >= 0) out.push({ start: at, end: at + a.actorText.length });
  }
  return out;
}

class SpanScore {
  tpOverlap = 0;
  tpExact = 0;
  pred = 0;
  gold = 0;
  add(gold: readonly Span[], pred: Span | null): void {
    this.gold += gold.length;
    if (!pred) return;
    this.pred++;
    if (gold.some((g) => g.start < pred.end && pred.start < g.end)) this.tpOverlap++;
    if (gold.some((g) => g.start === pred.start && g.end === pred.end)) this.tpExact++;
  }
  rows(name: string): EvalRow[] {
    const o = prf(this.tpOverlap, this.pred - this.tpOverlap, this.gold - this.tpOverlap);
    const e = prf(this.tpExact, this.pred - this.tpExact, this.gold - this.tpExact);
    return [
      { name: `${name} span (overlap)`, system: 'sitrep', metrics: { P: o.precision, R: o.recall, F1: o.f1 } },
      { name: `${name} span (exact)`, system: 'sitrep', metrics: { P: e.precision, R: e.recall, F1: e.f1 } },
    ];
  }
}

/** The events eval task. */
export const eventsTask: EvalTask = {
  name: 'events',
  describe: 'PLOVER event type, mode, actor and recipient on the PLOVER gold-standard records',
  defaultPaths: ['data/events/plover-gsr-dev.json'],
  async run(paths, options) {
    let records = paths.flatMap((p) => JSON.parse(readFileSync(p, 'utf8')) as GsrRecord[]);
    if (options.limit !== undefined) records = records.slice(0, options.limit);
    const perType = new Map<string, { tp: number; fp: number; fn: number }>();
    const bump = (type: string, k: 'tp' | 'fp' | 'fn'): void => {
      const c = perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      c[k]++;
      perType.set(type, c);
    };
    let correct = 0;
    let modeGold = 0;
    let modeRight = 0;
    let none = 0;
    const actors = new SpanScore();
    const recipients = new SpanScore();
    for (const r of records) {
      const gold = RENAMED[r.event] ?? r.event;
      const doc = analyze({ text: r.text, published: r.date ?? null, origin: r.id });
      const ev = [...doc.layers.events].sort((a, b) => a.trigger.start - b.trigger.start)[0];
      const predicted = ev?.type ?? 'NONE';
      if (!ev) none++;
      if (predicted === gold) {
        correct++;
        bump(gold, 'tp');
      } else {
        bump(gold, 'fn');
        if (ev) bump(predicted, 'fp');
      }
      if (r.mode) {
        modeGold++;
        if (ev && predicted === gold && ev.mode === r.mode) modeRight++;
      }
      actors.add(spansOf(r.text, r.source), ev?.actor?.span ?? null);
      recipients.add(spansOf(r.text, r.target), ev?.recipient?.span ?? null);
    }
    const types = [...perType.keys()].sort();
    const f1s = types.map((t) => {
      const c = perType.get(t)!;
      return prf(c.tp, c.fp, c.fn);
    });
    const macro = f1s.reduce((a, m) => a + m.f1, 0) / Math.max(1, f1s.length);
    const rows: EvalRow[] = [
      { name: 'event type', system: 'sitrep', metrics: { acc: correct / records.length, macroF1: macro } },
      { name: 'mode (where gold has one)', system: 'sitrep', metrics: { acc: modeGold ? modeRight / modeGold : 0, n: modeGold } },
      ...actors.rows('actor'),
      ...recipients.rows('recipient'),
      ...types.map((t, i) => ({ name: `type ${t}`, system: 'sitrep', metrics: { P: f1s[i]!.precision, R: f1s[i]!.recall, F1: f1s[i]!.f1 } })),
    ];
    return {
      task: 'events',
      data: `${records.length} records from ${paths.join(', ')}`,
      rows,
      notes: [`${none} records with no event found`],
      summary: `events: type accuracy ${(correct / records.length).toFixed(3)}, macro F1 ${macro.toFixed(3)}`,
    };
  },
};
