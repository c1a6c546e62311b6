/**
 * `sitrep eval ner <CoNLL files…>`: entity-level precision, recall and F1 per type and overall by
 * the conlleval rules (IOB1 and IOB2 read; an entity counts only when its span and type are
 * exact). sitrep's GPE/LOC/FAC count as LOC, PERSON as PER. In the same run, compromise and
 * wink-nlp are scored on the same sentences (detokenised with spaces, spans mapped back to tokens).
 * A wikigold file is scored on its held-out documents only (see `WIKIGOLD_SPLIT`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { chunks, readConll } from '../analyze/ner/conll.js';
import { loadModel } from '../analyze/ner/model.js';
import { WIKIGOLD_SPLIT, isWikigold, wikigoldPart } from '../analyze/ner/train.js';
import { type EvalRow, type EvalTask, prf } from './report.js';

type Chunk = [string, number, number];

/** Counts of true positives, false positives and false negatives per type. */
class Tally {
  readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();
  add(gold: readonly Chunk[], pred: readonly Chunk[]): void {
    const g = new Set(gold.map((c) => c.join()));
    const p = new Set(pred.map((c) => c.join()));
    const bump = (type: string, k: 'tp' | 'fp' | 'fn'): void => {
      const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      c[k]++;
      this.counts.set(type, c);
    };
    for (const c of pred) bump(c[0], g.has(c.join()) ? 'tp' : 'fp');
    for (const c of gold) if (!p.has(c.join())) bump(c[0], 'fn');
  }
  rows(system: string, data: string, note?: string): EvalRow[] {
    const types = ['PER', 'ORG', 'LOC', 'MISC'];
    const total = { tp: 0, fp: 0, fn: 0 };
    const rows: EvalRow[] = [];
    for (const t of types) {
      const c = this.counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      const m = prf(c.tp, c.fp, c.fn);
      rows.push({ name: `${data} ${t}`, system, metrics: { P: m.precision, R: m.recall, F1: m.f1 } });
    }
    const m = prf(total.tp, total.fp, total.fn);
    rows.unshift({
      name: `${data} overall`,
      system,
      metrics: { P: m.precision, R: m.recall, F1: m.f1 },
      ...(note ? { note } : {}),
    });
    return rows;
  }
}

/** Token index range of a character span in a space-joined sentence. */
function tokenRange(
  starts: readonly number[],
  tokens: readonly string[],
  start: number,
  length: number,
): [number, number] | null {
  const end = start + length;
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    const s = starts[i]!;
    const e = s + tokens[i]!.length;
    if (a < 0 && e > start) a = i;
    if (s < end) b = i + 1;
  }
  return a >= 0 && b > a ? [a, b] : null;
}

/** The NER eval task. */
export const nerTask: EvalTask = {
  name: 'ner',
  describe: 'named entities on CoNLL-format files, beside compromise and wink-nlp',
  defaultPaths: ['data/ner/eng.testa', 'data/ner/wikigold/CONLL-format/data/wikigold.conll.txt'],
  async run(paths, options) {
    const require = createRequire(import.meta.url);
    const compromise = require('compromise') as (text: string) => {
      people(): { json(o: object): { offset: { start: number; length: number } }[] };
      places(): { json(o: object): { offset: { start: number; length: number } }[] };
      organizations(): { json(o: object): { offset: { start: number; length: number } }[] };
    };
    const winkNLP = require('wink-nlp') as (model: unknown) => {
      readDoc(t: string): { entities(): { out(f: unknown): { value: string; type: string }[] } };
      its: { detail: unknown };
    };
    const wink = winkNLP(require('wink-eng-lite-web-model'));
    const tagger = loadModel();
    const rows: EvalRow[] = [];
    const notes: string[] = [];
    const summary: string[] = [];
    for (const file of paths) {
      // wikigold: only the held-out quarter the model was not trained on.
      const wiki = isWikigold(file);
      const data = wiki ? 'wikigold held-out' : path.basename(file).replace(/\.(conll\.)?txt$/, '');
      let sentences = wiki ? wikigoldPart(readConll([file]), 'held-out') : readConll([file]);
      if (options.limit !== undefined) sentences = sentences.slice(0, options.limit);
      const ours = new Tally();
      const comp = new Tally();
      const wk = new Tally();
      const winkTypes = new Map<string, number>();
      let tokens = 0;
      const t0 = process.hrtime.bigint();
      // Documents are tagged whole (the tagger reads what the rest of the document says about a word).
      const byDoc = new Map<number, (typeof sentences)[number][]>();
      for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
      for (const docSentences of byDoc.values()) {
        const tagged = tagger.tagDocument(docSentences.map((s) => s.tokens));
        docSentences.forEach((s, k) => {
          ours.add(chunks(s.tags), chunks(tagged[k]!.tags));
        });
      }
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      for (const s of sentences) {
        tokens += s.tokens.length;
        const gold = chunks(s.tags);
        const text = s.tokens.join(' ');
        const starts: number[] = [];
        let at = 0;
        for (const t of s.tokens) {
          starts.push(at);
          at += t.length + 1;
        }
        const doc = compromise(text);
        const pred: Chunk[] = [];
        for (const [type, list] of [
          ['PER', doc.people()],
          ['LOC', doc.places()],
          ['ORG', doc.organizations()],
        ] as const) {
          for (const item of list.json({ offset: true })) {
            const r = tokenRange(starts, s.tokens, item.offset.start, item.offset.length);
            if (r) pred.push([type, r[0], r[1]]);
          }
        }
        comp.add(gold, pred);
        // wink-nlp's English web model types numbers, dates and the like, not people, places or organisations.
        for (const e of wink.readDoc(text).entities().out(wink.its.detail))
          winkTypes.set(e.type, (winkTypes.get(e.type) ?? 0) + 1);
        wk.add(gold, []);
      }
      const oursRows = ours.rows('sitrep', data, `${Math.round(tokens / seconds)} tokens/s`);
      rows.push(
        ...oursRows,
        ...comp.rows('compromise', data),
        ...wk.rows('wink-nlp', data, `types it emits: ${[...winkTypes.keys()].sort().join(', ') || 'none'}`),
      );
      notes.push(
        `${data}: ${sentences.length} sentences, ${tokens} tokens${wiki ? ` (documents ${WIKIGOLD_SPLIT.heldOut}, ${WIKIGOLD_SPLIT.heldOut + WIKIGOLD_SPLIT.every}, … of every ${WIKIGOLD_SPLIT.every}; the rest are training data)` : ''}`,
      );
      summary.push(`${data} F1 ${(oursRows[0]!.metrics.F1 as number).toFixed(3)}`);
    }
    return { task: 'ner', data: paths.join(', '), rows, notes, summary: `ner: ${summary.join(', ')} (sitrep)` };
  },
};
