/**
 * `sitrep eval clustering <ECB+ dir | JSONL with labels>`: story clustering at the level of the
 * seminal event. In ECB+, the files `N_*ecb.xml` and `N_*ecbplus.xml` of topic N report two
 * different events, so the gold cluster of a document is (topic, ecb | ecbplus). A JSONL file
 * gives `{text, label, published?, title?}` per line. B-cubed and pairwise precision, recall, F1.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../analyze/analyze.js';
import { toJson } from '../analyze/json.js';
import { buildStories } from '../resolve/stories.js';
import { type EvalTask, prf } from './report.js';

interface LabelledDoc {
  readonly text: string;
  readonly label: string;
  readonly published: string | null;
  readonly title: string | null;
}

/** Rebuilds an ECB+ document's text from its tokens (one line per sentence). */
export function ecbText(xml: string): string {
  const sentences = new Map<number, string[]>();
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(m[1]);
    const words = sentences.get(s) ?? [];
    words.push(m[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
    sentences.set(s, words);
  }
  return [...sentences.keys()].sort((a, b) => a - b).map((k) => sentences.get(k)!.join(' ').replace(/ ([.,;:!?'])/g, '$1')).join('\n\n');
}

function readDocs(p: string): LabelledDoc[] {
  if (statSync(p).isDirectory()) {
    const out: LabelledDoc[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir).sort()) {
        const full = path.join(dir, f);
        if (statSync(full).isDirectory()) walk(full);
        else {
          const m = /^(\d+)_\d+(ecbplus|ecb)\.xml$/.exec(f);
          if (m) out.push({ text: ecbText(readFileSync(full, 'utf8')), label: `${m[1]}-${m[2]}`, published: null, title: null });
        }
      }
    };
    walk(p);
    return out;
  }
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; label: string; published?: string; title?: string })
    .map((r) => ({ text: r.text, label: String(r.label), published: r.published ?? null, title: r.title ?? null }));
}

/** B-cubed and pairwise scores of a clustering against gold labels (both: item → cluster). */
export function clusterScores(gold: readonly string[], pred: readonly string[]): { b3: ReturnType<typeof prf>; pairwise: ReturnType<typeof prf> } {
  const n = gold.length;
  let p = 0;
  let r = 0;
  const byPred = new Map<string, number[]>();
  const byGold = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    byPred.set(pred[i]!, [...(byPred.get(pred[i]!) ?? []), i]);
    byGold.set(gold[i]!, [...(byGold.get(gold[i]!) ?? []), i]);
  }
  for (let i = 0; i < n; i++) {
    const pc = byPred.get(pred[i]!)!;
    const gc = byGold.get(gold[i]!)!;
    const both = pc.filter((j) => gold[j] === gold[i]).length;
    p += both / pc.length;
    r += both / gc.length;
  }
  const P = p / n;
  const R = r / n;
  const b3 = { precision: P, recall: R, f1: P + R ? (2 * P * R) / (P + R) : 0, tp: 0, fp: 0, fn: 0 };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const sp = pred[i] === pred[j];
      const sg = gold[i] === gold[j];
      if (sp && sg) tp++;
      else if (sp) fp++;
      else if (sg) fn++;
    }
  return { b3, pairwise: prf(tp, fp, fn) };
}

/** The clustering eval task. */
export const clusteringTask: EvalTask = {
  name: 'clustering',
  describe: 'story clustering at seminal-event level on ECB+ (or labelled JSONL)',
  defaultPaths: ['data/clustering/ecbplus'],
  async run(paths, options) {
    let docs = paths.flatMap(readDocs);
    if (options.limit !== undefined) docs = docs.slice(0, options.limit);
    const analyses = docs.map((d, i) => toJson(analyze({ text: d.text, published: d.published, title: d.title, origin: `doc${i}` })));
    const stories = buildStories(analyses);
    const storyOf = new Map<string, string>();
    for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);
    const pred = analyses.map((a) => storyOf.get(a.article.id) ?? a.article.id);
    const gold = docs.map((d) => d.label);
    const { b3, pairwise } = clusterScores(gold, pred);
    return {
      task: 'clustering',
      data: `${docs.length} documents, ${new Set(gold).size} gold events, ${stories.length} predicted stories`,
      rows: [
        { name: 'B-cubed', system: 'sitrep', metrics: { P: b3.precision, R: b3.recall, F1: b3.f1 } },
        { name: 'pairwise', system: 'sitrep', metrics: { P: pairwise.precision, R: pairwise.recall, F1: pairwise.f1 } },
      ],
      notes: ['identical texts are one article (content hash) and count once per gold label they carry'],
      summary: `clustering: B-cubed F1 ${b3.f1.toFixed(3)}, pairwise F1 ${pairwise.f1.toFixed(3)}`,
    };
  },
};
