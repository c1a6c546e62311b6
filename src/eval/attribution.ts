/**
 * `sitrep eval attribution <PolNeAR dirs…>`: source, cue and content span precision, recall and F1,
 * exact and overlapping, as BBC citron reports them. Each folder has `text/*.txt` and
 * `attributions/*.ann` (brat stand-off; several annotators may share an article: the first
 * annotation file of an article is used).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../analyze/analyze.js';
import { polnearFiles } from '../analyze/attribution/train.js';
import type { Attribution } from '../core/annotations.js';
import type { Span } from '../core/span.js';
import { type EvalRow, type EvalTask, prf } from './report.js';

type Kind = 'Source' | 'Cue' | 'Content';

/** Spans of each kind in a brat .ann file (discontinuous spans become one span from the first to the last piece in the text). */
export function readBrat(ann: string): Record<Kind, Span[]> {
  const out: Record<Kind, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const line of ann.split('\n')) {
    const m = /^T\d+\t(Source|Cue|Content) ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const numbers = m[2]!.split(/[ ;]/).map(Number);
    // Pieces may be listed out of text order.
    out[m[1] as Kind].push({ start: Math.min(...numbers), end: Math.max(...numbers) });
  }
  return out;
}

/**
 * A content span in PolNeAR's convention, which differs from sitrep's only in form: the
 * complementiser and the quote marks around a quote belong to the content ("that the …",
 * "“We will …”", "''We will …''").
 */
export function polnearContent(text: string, span: Span): Span {
  let { start, end } = span;
  // (A paragraph may open with a closing mark by a slip: "”Fear. I am …".)
  const opened = /(?:''|[“"‘]|(?<=^|\n)”)$/.exec(text.slice(Math.max(0, start - 2), start));
  if (opened) start -= opened[0].length;
  const that = /\bthat\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
  if (that) start -= that[0].length;
  const closing = /^(?:''|[”"’])/.exec(text.slice(end, end + 2));
  if (closing && (opened || /[“"‘]|''/.test(text.slice(start, end)))) end += closing[0].length;
  return { start, end };
}

/**
 * A source span in PolNeAR's convention, which differs from sitrep's only in form: a source set off with an appositive keeps the
 * comma that closes it ("Phil Smith, a spokesman for the union[,] said"), as in nine of ten such sources in PolNeAR.
 */
export function polnearSource(text: string, span: Span): Span {
  return text[span.end] === ',' && text.slice(span.start, span.end).includes(',') ? { start: span.start, end: span.end + 1 } : span;
}

/**
 * Where PolNeAR opens what was said before sitrep's content, in form only: an order runs from its addressee ("told [his
 * advisers] to figure out …", sitrep's recipient), as in 63 of 81 such orders in PolNeAR's train and dev; a relative clause
 * that frames what was said runs from its pronoun over the source and cue ("[which] Mr. Clarke says he is doing …", "[what]
 * Mr. Hedge called ''the prior economy model''", PolNeAR's content being the pronoun and the words after the cue).
 */
function polnearOpening(text: string, a: Attribution, span: Span): Span {
  if (a.recipient && a.recipient.end <= span.start && /^\s*$/.test(text.slice(a.recipient.end, span.start)) && /^(?:not\s+)?to\s/.test(text.slice(span.start, span.end)))
    return { start: a.recipient.start, end: span.end };
  const first = a.speaker && a.speaker.end <= a.cue!.start ? a.speaker.start : a.cue!.start;
  const pronoun = span.start >= a.cue!.end && !/^(?:that\s|[“"]|'')/i.test(text.slice(span.start, span.end)) ? /\b(?:which|what|whom)\s+$/i.exec(text.slice(Math.max(0, first - 8), first)) : null;
  return pronoun ? { start: first - pronoun[0].length, end: span.end } : span;
}

/**
 * The content spans of the attributions that have a cue, in PolNeAR's convention: a quote that
 * goes on after its frame in the same paragraph ("“…,” said Caddell. “Yesterday …”") is one
 * content running over the frame, where sitrep keeps the rest as a continuation.
 */
export function polnearContents(text: string, attributions: readonly Attribution[]): Span[] {
  const out: Span[] = [];
  for (const a of attributions) {
    if (a.cue === null) continue;
    let span = polnearOpening(text, a, polnearContent(text, a.content));
    // Continuations name the head of their chain, in text order.
    for (const c of attributions) {
      if (c.continues !== a.id || c.content.start < span.end) continue;
      const next = polnearContent(text, c.content);
      if (text.slice(span.end, next.start).includes('\n')) break;
      span = { start: span.start, end: next.end };
    }
    out.push(span);
  }
  return out;
}

class SpanTally {
  exact = 0;
  overlap = 0;
  pred = 0;
  gold = 0;
  add(gold: readonly Span[], pred: readonly Span[]): void {
    this.gold += gold.length;
    this.pred += pred.length;
    const usedE = new Set<number>();
    const usedO = new Set<number>();
    for (const g of gold) {
      const e = pred.findIndex((p, i) => !usedE.has(i) && p.start === g.start && p.end === g.end);
      if (e >= 0) {
        usedE.add(e);
        this.exact++;
      }
      const o = pred.findIndex((p, i) => !usedO.has(i) && p.start < g.end && g.start < p.end);
      if (o >= 0) {
        usedO.add(o);
        this.overlap++;
      }
    }
  }
  rows(kind: string, system = 'sitrep'): EvalRow[] {
    const e = prf(this.exact, this.pred - this.exact, this.gold - this.exact);
    const o = prf(this.overlap, this.pred - this.overlap, this.gold - this.overlap);
    return [
      { name: `${kind} (overlap)`, system, metrics: { P: o.precision, R: o.recall, F1: o.f1 } },
      { name: `${kind} (exact)`, system, metrics: { P: e.precision, R: e.recall, F1: e.f1 } },
    ];
  }
}

const KINDS: readonly Kind[] = ['Cue', 'Source', 'Content'];
const tallies = (): Record<Kind, SpanTally> => ({ Source: new SpanTally(), Cue: new SpanTally(), Content: new SpanTally() });
const rowsOf = (t: Record<Kind, SpanTally>, prefix: string, system: string): EvalRow[] => KINDS.flatMap((k) => t[k].rows(`${prefix}${k.toLowerCase()}`, system));

/** The attribution eval task. */
export const attributionTask: EvalTask = {
  name: 'attribution',
  describe: 'attribution source, cue and content spans on PolNeAR',
  defaultPaths: ['data/attribution/polnear/dev'],
  async run(paths, options) {
    const scored = tallies();
    // Articles several annotators marked: the annotators scored against each other, pair by
    // pair, and sitrep against each of them; how far people agree bounds what a system can score.
    const people = tallies();
    const machine = tallies();
    let docs = 0;
    let shared = 0;
    let pairs = 0;
    for (const file of polnearFiles(paths)) {
      if (options.limit !== undefined && docs >= options.limit) break;
      docs++;
      const [gold, ...others] = file.annFiles.map((f) => readBrat(readFileSync(f, 'utf8')));
      // Every PolNeAR attribution has a cue: a quote that merely goes on in the next paragraph is
      // not annotated, so sitrep's continuations (no cue of their own) are not compared.
      // Offsets are into the file as it is: analyse the exact text (no CRLF or BOM changes here).
      const text = readFileSync(file.textFile, 'utf8');
      const all = analyze({ text, origin: file.textFile }).layers.attributions;
      const attributions = all.filter((a) => a.cue !== null);
      const predicted: Record<Kind, Span[]> = {
        Source: attributions.flatMap((a) => (a.speaker ? [polnearSource(text, a.speaker)] : [])),
        Cue: attributions.flatMap((a) => (a.cue ? [a.cue] : [])),
        Content: polnearContents(text, all),
      };
      for (const k of KINDS) scored[k].add(gold![k], predicted[k]);
      if (others.length === 0) continue;
      shared++;
      const annotators = [gold!, ...others];
      annotators.forEach((a, i) => {
        for (const k of KINDS) machine[k].add(a[k], predicted[k]);
        for (const b of annotators.slice(i + 1)) {
          pairs++;
          for (const k of KINDS) people[k].add(a[k], b[k]);
        }
      });
    }
    const rows = rowsOf(scored, '', 'sitrep');
    const f = (i: number): string => (rows[i]!.metrics.F1 as number).toFixed(3);
    const notes: string[] = [];
    let agreement = '';
    if (shared > 0) {
      const agreed = rowsOf(people, 'several annotators: ', 'annotators');
      rows.push(...agreed, ...rowsOf(machine, 'several annotators: ', 'sitrep'));
      const articles = `${shared} article${shared === 1 ? '' : 's'}`;
      notes.push(`several annotators: ${articles} marked by more than one annotator; the annotators are scored pair by pair (${pairs} pair${pairs === 1 ? '' : 's'}), sitrep against each annotator`);
      const g = (i: number): string => (agreed[i]!.metrics.F1 as number).toFixed(3);
      agreement = `; annotators agree at cue ${g(0)}, source ${g(2)}, content ${g(4)} / ${g(5)} on ${articles}`;
    }
    return {
      task: 'attribution',
      data: `${docs} PolNeAR articles under ${paths.join(', ')}`,
      rows,
      notes,
      summary: `attribution: cue F1 ${f(0)}, source F1 ${f(2)} (overlap), content F1 ${f(4)} overlap / ${f(5)} exact${agreement}`,
    };
  },
};
