/**
 * Training the learned attribution model (`sitrep train attribution`) on PolNeAR folders
 * (`text/*.txt`, `attributions/*.ann`; the first annotation file of an article is used):
 * articles are segmented by the segment stage, gold spans mapped to tokens, and both taggers
 * trained deterministically (fixed seed and epochs).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Doc } from '../../core/doc.js';
import { type ArticleId, asId } from '../../core/ids.js';
import { Pipeline } from '../pipeline.js';
import { segmentStage } from '../stages/segment.js';
import { seeded } from '../learn/averaged.js';
import { findAttributions } from './find.js';
import { type AttributionModel, CUE_LABELS, type CueSpan, type TokenView, type Visit, candidates, cueContext, cueFeatures, tokenView } from './learned.js';
import { type Ranker, RankerTrainer } from './ranker.js';
import { type Instance, trainSeq } from './tagger.js';

/** The settings the committed model was trained with. */
export const ATTRIBUTION_TRAINING = { cueEpochs: 12, boundaryEpochs: 6, seed: 20151111, cuePrune: 1, boundaryPrune: 0.3 } as const;

/** One gold attribution: character pieces of each part (discontinuous spans have several). */
export interface GoldAttribution {
  readonly cue: readonly [number, number][];
  readonly source: readonly [number, number][];
  readonly content: readonly [number, number][];
}

/** The attributions of a brat .ann file. */
export function readBratAttributions(ann: string): GoldAttribution[] {
  const spans = new Map<string, [number, number][]>();
  const out: GoldAttribution[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t\w+ ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    spans.set(
      m[1]!,
      m[2]!.split(';').map((p) => p.trim().split(' ').map(Number) as [number, number]),
    );
  }
  for (const line of lines) {
    const m = /^E\d+\t(.*)$/.exec(line);
    if (!m) continue;
    const parts = new Map(m[1]!.split(' ').map((kv) => kv.split(':') as [string, string]));
    const cue = spans.get(parts.get('Cue') ?? '');
    const content = spans.get(parts.get('Content') ?? '');
    if (!cue || !content) continue;
    out.push({ cue, content, source: spans.get(parts.get('Source') ?? '') ?? [] });
  }
  return out;
}

/** A PolNeAR article: its text and gold attributions. */
export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  readonly gold: GoldAttribution[];
}

/** An article of a PolNeAR folder: its text file and its brat files, one per annotator (several may share an article). */
export interface PolnearFile {
  readonly name: string;
  readonly textFile: string;
  /** The first annotator's file: the one trained on and scored against. */
  readonly annFile: string;
  /** Every annotator's file, the first one first. */
  readonly annFiles: readonly string[];
}

/** The articles of PolNeAR folders (`text/*.txt`, `attributions/*.ann`), in file-name order. */
export function polnearFiles(dirs: readonly string[]): PolnearFile[] {
  const out: PolnearFile[] = [];
  for (const dir of dirs) {
    const byName = new Map<string, string[]>();
    for (const annFile of readdirSync(path.join(dir, 'attributions')).sort()) {
      const base = annFile.replace(/_[0-9a-f]{4}\.ann$/, '');
      if (!existsSync(path.join(dir, 'text', `${base}.txt`))) continue;
      byName.set(base, [...(byName.get(base) ?? []), path.join(dir, 'attributions', annFile)]);
    }
    for (const [name, annFiles] of byName) out.push({ name, textFile: path.join(dir, 'text', `${name}.txt`), annFile: annFiles[0]!, annFiles });
  }
  return out;
}

/** The articles of PolNeAR folders with their gold attributions, in file-name order. */
export function readPolnear(dirs: readonly string[]): PolnearArticle[] {
  return polnearFiles(dirs).map((f) => ({ name: f.name, text: readFileSync(f.textFile, 'utf8'), gold: readBratAttributions(readFileSync(f.annFile, 'utf8')) }));
}

let segmenter: Pipeline | null = null;

/** The token view of a text, segmented as `analyze` segments it. */
export function segmentedView(text: string): TokenView {
  segmenter ??= Pipeline.build([segmentStage]);
  const doc = segmenter.run(
    new Doc(text, { id: asId<ArticleId>('train'), title: null, published: null, outlet: null, url: null, byline: null, language: 'eng', origin: 'train' }),
  );
  const rules = findAttributions(text, doc.layers.sentences, doc.layers.quotes).flatMap((a) => (a.cue ? [a.cue] : []));
  return tokenView(text, doc.layers.tokens, doc.layers.sentences, doc.layers.quotes, rules);
}

/** Token range [from, to) overlapping the characters [start, end). */
function tokenRange(v: TokenView, start: number, end: number): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  for (let i = 0; i < v.tokens.length; i++) {
    const t = v.tokens[i]!;
    if (t.end > start && t.start < end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  }
  return from < 0 ? null : { from, to };
}

/** Marks a token range with B-/I- tags where still O. */
function mark(tags: string[], offset: number, r: { from: number; to: number }, type: string): void {
  for (let k = r.from; k < r.to; k++) {
    const i = k - offset;
    if (i < 0 || i >= tags.length || tags[i] !== 'O') continue;
    const inside = k > r.from && (tags[i - 1] === `B-${type}` || tags[i - 1] === `I-${type}`);
    tags[i] = inside ? `I-${type}` : `B-${type}`;
  }
}

/** One cue's gold boundaries (token indices, clipped to the cue's sentence). */
export interface BoundaryExample {
  readonly v: TokenView;
  readonly cue: CueSpan;
  readonly isCue: readonly boolean[];
  readonly content: { from: number; to: number } | null;
  /** null: no source in the sentence. */
  readonly source: { from: number; to: number } | null;
}

/** Training material from one article: cue-tagger sentences and boundary examples. */
export function instancesOf(article: PolnearArticle): { cue: Instance[]; boundaries: BoundaryExample[] } {
  const v = segmentedView(article.text);
  const cueTags = new Array<string>(v.words.length).fill('O');
  const isCue = new Array<boolean>(v.words.length).fill(false);
  const golds: { cue: { from: number; to: number }; gold: GoldAttribution }[] = [];
  for (const g of article.gold) {
    const r = tokenRange(v, g.cue[0]![0], g.cue[g.cue.length - 1]![1]);
    if (!r) continue;
    mark(cueTags, 0, r, 'CUE');
    for (let k = r.from; k < r.to; k++) isCue[k] = true;
    golds.push({ cue: r, gold: g });
  }
  const cue: Instance[] = v.sentences.map((s) => {
    const features: number[][] = [];
    for (let i = s.from; i < s.to; i++) features.push(cueFeatures(v, i, s.from, s.to));
    return { features, tags: cueTags.slice(s.from, s.to) };
  });
  const boundaries: BoundaryExample[] = [];
  for (const { cue: c, gold } of golds) {
    const sentence = v.sentences[v.sentenceOf[c.from]!]!;
    const cueSpan: CueSpan = { from: c.from, to: Math.min(c.to, sentence.to), sf: sentence.from, st: sentence.to };
    const clip = (r: { from: number; to: number } | null): { from: number; to: number } | null => {
      if (!r) return null;
      const from = Math.max(r.from, sentence.from);
      const to = Math.min(r.to, sentence.to);
      return from < to ? { from, to } : null;
    };
    const whole = (p: readonly [number, number][]): { from: number; to: number } | null => (p.length ? tokenRange(v, p[0]![0], p[p.length - 1]![1]) : null);
    boundaries.push({ v, cue: cueSpan, isCue, content: clip(whole(gold.content)), source: clip(whole(gold.source)) });
  }
  return { cue, boundaries };
}

/** Trains the boundary ranker: content start and end, then source (or none) start and end. */
export function trainBoundaries(examples: readonly BoundaryExample[], options: { epochs: number; seed: number; prune: number; log?: (line: string) => void }): Ranker {
  const trainer = new RankerTrainer();
  const order = examples.map((_, i) => i);
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let right = 0;
    let count = 0;
    const decide = (generate: (visit: Visit) => void, gold: number): void => {
      const index: number[] = [];
      const features: number[][] = [];
      generate((i, f) => {
        index.push(i);
        features.push(f);
      });
      const g = index.indexOf(gold);
      if (g < 0) return;
      count++;
      if (trainer.learn(features, g) === g) right++;
    };
    for (const idx of order) {
      const ex = examples[idx]!;
      const c = cueContext(ex.v, ex.cue, ex.isCue);
      const content = ex.content;
      const source = ex.source;
      if (content) {
        decide((visit) => candidates.contentStart(c, visit), content.from);
        decide((visit) => candidates.contentEnd(c, content.from, visit), content.to - 1);
        decide((visit) => candidates.sourceStart(c, content, visit), source ? source.from : -1);
      }
      if (source) decide((visit) => candidates.sourceEnd(c, source.from, visit), source.to - 1);
    }
    options.log?.(`boundaries epoch ${epoch + 1}: ${((right / Math.max(1, count)) * 100).toFixed(2)}% decisions right`);
  }
  return trainer.averaged(options.prune);
}

/** Trains both components on the given articles. */
export function trainAttribution(articles: readonly PolnearArticle[], log?: (line: string) => void): AttributionModel {
  const cue: Instance[] = [];
  const boundaries: BoundaryExample[] = [];
  for (const a of articles) {
    const i = instancesOf(a);
    cue.push(...i.cue);
    boundaries.push(...i.boundaries);
  }
  log?.(`${articles.length} articles: ${cue.length} sentences, ${boundaries.length} attributions`);
  const t = ATTRIBUTION_TRAINING;
  const cueTagger = trainSeq(CUE_LABELS, cue, { epochs: t.cueEpochs, seed: t.seed, prune: t.cuePrune, ...(log ? { log: (l: string) => log(`cue ${l}`) } : {}) });
  const ranker = trainBoundaries(boundaries, { epochs: t.boundaryEpochs, seed: t.seed, prune: t.boundaryPrune, ...(log ? { log } : {}) });
  return { cue: cueTagger, boundaries: ranker };
}
