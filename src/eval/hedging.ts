/**
 * `sitrep eval hedging <wiki.xml>`: uncertainty cue precision, recall and F1 (overlapping spans)
 * on the WikiWeasel part of the Szeged Uncertainty Corpus.
 */
import { readFileSync } from 'node:fs';
import { hedgeCues } from '../analyze/claims/hedges.js';
import { type EvalTask, prf } from './report.js';

/** Sentences with their gold cue spans. */
export function readWeasel(xml: string): { text: string; cues: { start: number; end: number }[] }[] {
  const out: { text: string; cues: { start: number; end: number }[] }[] = [];
  for (const m of xml.matchAll(/<Sentence[^>]*>([\s\S]*?)<\/Sentence>/g)) {
    let text = '';
    const cues: { start: number; end: number }[] = [];
    for (const part of m[1]!.split(/(<ccue[^>]*>[\s\S]*?<\/ccue>)/)) {
      const cue = /^<ccue[^>]*>([\s\S]*?)<\/ccue>$/.exec(part);
      const plain = (cue ? cue[1]! : part).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
      if (cue) cues.push({ start: text.length, end: text.length + plain.length });
      text += plain;
    }
    out.push({ text, cues });
  }
  return out;
}

/** The hedging eval task. */
export const hedgingTask: EvalTask = {
  name: 'hedging',
  describe: 'uncertainty cues on WikiWeasel',
  defaultPaths: ['data/hedging/wiki.xml'],
  async run(paths, options) {
    let sentences = paths.flatMap((p) => readWeasel(readFileSync(p, 'utf8')));
    if (options.limit !== undefined) sentences = sentences.slice(0, options.limit);
    let tp = 0;
    let pred = 0;
    let gold = 0;
    for (const s of sentences) {
      const found = hedgeCues(s.text);
      pred += found.length;
      gold += s.cues.length;
      const used = new Set<number>();
      for (const g of s.cues) {
        const i = found.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
        if (i >= 0) {
          used.add(i);
          tp++;
        }
      }
    }
    const m = prf(tp, pred - tp, gold - tp);
    return {
      task: 'hedging',
      data: `${sentences.length} sentences, ${gold} cues`,
      rows: [{ name: 'cue (overlap)', system: 'sitrep', metrics: { P: m.precision, R: m.recall, F1: m.f1 } }],
      notes: [],
      summary: `hedging: cue F1 ${m.f1.toFixed(3)}`,
    };
  },
};
