/**
 * The learned attribution components, trained on PolNeAR (`sitrep train attribution`): a cue
 * tagger marks the words that report speech, belief or knowledge ("said", "according to",
 * "believes", "called for"); for each cue a second tagger marks its source and content in the
 * cue's sentence and the sentences either side. Both are greedy averaged perceptrons over words,
 * their WordNet classes (wordnet.ts) and their position relative to quotes and to the cue.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Quote, Sentence, Token } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { modelsDir } from '../learn/models.js';
import { wordClasses } from '../learn/wordnet.js';
import { CUE_WORDS } from './cues.js';
import { feature, hashString } from './hash.js';
import { Ranker } from './ranker.js';
import { SeqTagger } from './tagger.js';

/** The model's file name; bump the version with any change of features or labels. */
export const ATTRIBUTION_MODEL_FILE = 'attribution-v1.bin.gz';

export const CUE_LABELS = ['O', 'B-CUE', 'I-CUE'] as const;

/** The two taggers. */
export interface AttributionModel {
  readonly cue: SeqTagger;
  readonly boundaries: Ranker;
}

/** What the features read of an article: its words, sentences and quotes. */
export interface TokenView {
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  /** Sentence index of each token. */
  readonly sentenceOf: readonly number[];
  /** 1 when the token is inside a quote (marks included). */
  readonly inQuote: readonly number[];
  /** Token ranges of the sentences. */
  readonly sentences: readonly { readonly from: number; readonly to: number }[];
  readonly tokens: readonly Token[];
  /** 1 on the tokens of a cue the hand-written rules found. */
  readonly ruleCue: readonly number[];
  /** Running counts of commas and of quote marks before each token (length n + 1). */
  readonly commasBefore: readonly number[];
  readonly quotesBefore: readonly number[];
  /** Hashes of the lower-cased words and of the word shapes. */
  readonly lowerH: readonly number[];
  readonly shapeH: readonly number[];
  /** WordNet lexicographer classes of each word (see wordnet.ts). */
  readonly classes: readonly (readonly number[])[];
}

const QUOTE_CHARS = /^[“”"‘’'«»]$/;

const norm = (w: string): string => w.toLowerCase().replace(/\d/g, '0').replace(/’/g, "'");

const shapeCache = new Map<string, string>();

/** Word shape with runs collapsed ("Kherson" → "Xx"), cached per word. */
function shapeOf(word: string): string {
  let out = shapeCache.get(word);
  if (out !== undefined) return out;
  out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  if (shapeCache.size < 100_000) shapeCache.set(word, out);
  return out;
}

const START = hashString('<s>');
const END = hashString('</s>');

/** The token view of an article. */
export function tokenView(text: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[], ruleCues: readonly Span[] = []): TokenView {
  const ruleCue = new Array<number>(tokens.length).fill(0);
  const sorted = [...ruleCues].sort((a, b) => a.start - b.start);
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (c < sorted.length && sorted[c]!.end <= t.start) c++;
    for (let k = c; k < sorted.length && sorted[k]!.start < t.end; k++) if (sorted[k]!.end > t.start) ruleCue[i] = 1;
  }
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const inQuote = new Array<number>(tokens.length).fill(0);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    if (q < quotes.length && quotes[q]!.start <= t.start && t.end <= quotes[q]!.end) inQuote[i] = 1;
  }
  const commasBefore = [0];
  const quotesBefore = [0];
  for (const w of words) {
    commasBefore.push(commasBefore[commasBefore.length - 1]! + (w === ',' ? 1 : 0));
    quotesBefore.push(quotesBefore[quotesBefore.length - 1]! + (QUOTE_CHARS.test(w) ? 1 : 0));
  }
  const lower = words.map(norm);
  const shapes = words.map(shapeOf);
  return {
    words,
    lower,
    shapes,
    lowerH: lower.map(hashString),
    shapeH: shapes.map(hashString),
    classes: lower.map(wordClasses),
    sentenceOf: tokens.map((t) => t.sentence),
    inQuote,
    sentences: sentences.map((s) => ({ from: s.tokenStart, to: s.tokenEnd })),
    tokens,
    ruleCue,
    commasBefore,
    quotesBefore,
  };
}

/** Quote marks near token `i`: 'L' within three tokens before, 'R' within three after. */
function nearQuote(v: TokenView, i: number, from: number, to: number): number {
  let out = 0;
  for (let k = Math.max(from, i - 3); k < i; k++) if (QUOTE_CHARS.test(v.words[k]!)) out = 1;
  for (let k = i + 1; k < Math.min(to, i + 4); k++) if (QUOTE_CHARS.test(v.words[k]!)) return out + 2;
  return out;
}

/** A word without its inflection ("warned", "warns", "warning" → "warn"), for rare forms of known cues. */
function stemOf(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
}

/** Static cue features of token `i` of a sentence running over tokens [from, to). */
export function cueFeatures(v: TokenView, i: number, from: number, to: number): number[] {
  const at = (k: number): number => (k < from ? START : k >= to ? END : v.lowerH[k]!);
  const lw = v.lowerH[i]!;
  const q = v.inQuote[i]!;
  const x3 = hashString(v.lower[i]!.slice(-3));
  const stem = hashString(stemOf(v.lower[i]!));
  const f = [
    feature(1),
    feature(2, lw),
    feature(3, v.shapeH[i]!),
    feature(4, x3),
    feature(5, at(i - 1)),
    feature(6, at(i + 1)),
    feature(7, at(i - 2)),
    feature(8, at(i + 2)),
    feature(9, at(i - 1), lw),
    feature(10, lw, at(i + 1)),
    feature(11, at(i + 1), at(i + 2)),
    feature(12, at(i - 2), at(i - 1)),
    feature(13, q),
    feature(14, lw, q),
    feature(15, CUE_WORDS.has(v.lower[i]!) ? 1 : 0, q),
    feature(16, Math.min(i - from, 3)),
    feature(17, nearQuote(v, i, from, to)),
    feature(18, v.ruleCue[i]!),
    feature(19, v.ruleCue[i]!, lw),
    feature(20, stem),
    feature(21, stem, q),
    feature(22, stem, at(i + 1)),
    feature(23, at(i - 1), stem),
    feature(24, stem, i + 1 < to ? v.shapeH[i + 1]! : END),
  ];
  // WordNet classes: a rare reporting verb ("reckoned", "conceded") is verb.communication or verb.cognition.
  const classes = v.classes[i]!;
  for (const c of classes) f.push(feature(25, c), feature(26, c, q));
  // What follows within four words: "that", a colon or a quote mark ("pointed out that", "wrote: …").
  let mark = 0;
  let d = 0;
  for (let k = i + 1; k < Math.min(to, i + 5) && !mark; k++) {
    const w = v.lower[k]!;
    mark = w === 'that' ? 1 : w === ':' ? 2 : QUOTE_CHARS.test(w) ? 3 : 0;
    d = k - i;
  }
  if (mark) {
    f.push(feature(27, mark, d), feature(28, stem, mark));
    for (const c of classes) f.push(feature(29, c, mark));
  }
  // The word's classes before a preposition ("pointed to", "critical of", "warned against").
  if (i + 1 < to && NEXT_WORDS.has(v.lower[i + 1]!)) for (const c of classes) f.push(feature(32, c, v.lowerH[i + 1]!));
  // Quote marks earlier and later in the sentence.
  const qb = v.quotesBefore[i]! - v.quotesBefore[from]! > 0 ? 1 : 0;
  const qa = v.quotesBefore[to]! - v.quotesBefore[i + 1]! > 0 ? 1 : 0;
  f.push(feature(36, qb, qa, q), feature(37, stem, qb | qa));
  // The first four letters ("crit…" of "criticized", "criticised"), the classes of the words either side, and
  // the shapes around the word ("PENCE :", "Warren grilled").
  f.push(feature(40, hashString(v.lower[i]!.slice(0, 4))));
  if (i + 1 < to) for (const c of v.classes[i + 1]!) f.push(feature(41, c));
  if (i > from) for (const c of v.classes[i - 1]!) f.push(feature(42, c));
  const before = i > from ? v.shapeH[i - 1]! : START;
  f.push(feature(44, before, stem), feature(46, before, v.shapeH[i]!, i + 1 < to ? v.shapeH[i + 1]! : END));
  for (const c of classes) f.push(feature(45, before, c));
  return f;
}

/** The words after a cue word whose pairing with its WordNet classes is a feature. */
const NEXT_WORDS = new Set('to of at on about for with as in into by against that out up over from " “ : ,'.split(' '));

const bucket = (d: number): number => (d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7);

/** A cue in token indices [from, to), with the token range of its sentence. */
export interface CueSpan {
  readonly from: number;
  readonly to: number;
  readonly sf: number;
  readonly st: number;
  /** The tagger's confidence: the cue tags' lowest score over 'O' (0 for cues not from the tagger). */
  readonly margin?: number;
}

/** What the boundary features of one cue share. */
interface CueContext {
  readonly v: TokenView;
  readonly cue: CueSpan;
  readonly isCue: readonly boolean[];
  readonly text: number;
  readonly head: number;
  readonly next: number;
  readonly prev: number;
  /** Running count of cue tokens before each token (length n + 1). */
  readonly cuesBefore: readonly number[];
}

const cueCounts = new WeakMap<readonly boolean[], number[]>();

function cueContext(v: TokenView, cue: CueSpan, isCue: readonly boolean[]): CueContext {
  const at = (k: number): number => (k < cue.sf ? START : k >= cue.st ? END : v.lowerH[k]!);
  let cuesBefore = cueCounts.get(isCue);
  if (!cuesBefore) {
    cuesBefore = [0];
    for (const x of isCue) cuesBefore.push(cuesBefore[cuesBefore.length - 1]! + (x ? 1 : 0));
    cueCounts.set(isCue, cuesBefore);
  }
  return { v, cue, isCue, text: hashString(v.lower.slice(cue.from, cue.to).join(' ')), head: v.lowerH[cue.to - 1]!, next: at(cue.to), prev: at(cue.from - 1), cuesBefore };
}

const at = (c: CueContext, k: number): number => (k < c.cue.sf ? START : k >= c.cue.st ? END : c.v.lowerH[k]!);

/** Direction (1 left, 2 right, 3 inside) and distance of token `j` from the cue, and what lies between. */
function relation(c: CueContext, j: number): { dir: number; db: number; between: number } {
  const { cue, v } = c;
  const dir = j < cue.from ? 1 : j >= cue.to ? 2 : 3;
  const dist = dir === 1 ? cue.from - j : dir === 2 ? j - cue.to + 1 : 0;
  const [a, b] = dir === 1 ? [j + 1, cue.from] : [cue.to, j];
  const commas = b > a ? v.commasBefore[b]! - v.commasBefore[a]! : 0;
  const quotes = b > a ? v.quotesBefore[b]! - v.quotesBefore[a]! : 0;
  const other = b > a && c.cuesBefore[b]! - c.cuesBefore[a]! > 0 ? 1 : 0;
  return { dir, db: bucket(dist), between: Math.min(commas, 2) * 100 + other * 10 + Math.min(quotes, 2) };
}

/** Features of token `j` as the first token of a span (`p` is 100 for content, 200 for source). */
function startFeatures(c: CueContext, p: number, j: number, content: { from: number; to: number } | null): number[] {
  const { dir, db, between } = relation(c, j);
  const lw = c.v.lowerH[j]!;
  const w1 = at(c, j - 1);
  const f = [
    feature(p + 1),
    feature(p + 2, dir, db),
    feature(p + 3, dir, between),
    feature(p + 4, dir, db, between),
    feature(p + 5, lw, dir),
    feature(p + 6, w1, dir),
    feature(p + 7, w1, lw),
    feature(p + 8, at(c, j + 1), dir),
    feature(p + 9, c.v.shapeH[j]!, dir),
    feature(p + 10, c.text, dir),
    feature(p + 11, c.text, dir, db),
    feature(p + 12, c.head, dir, between),
    feature(p + 13, c.next, dir, db),
    feature(p + 14, c.prev, dir, db),
    feature(p + 15, c.v.inQuote[j]!, c.v.inQuote[c.cue.from]!, dir),
  ];
  // WordNet classes: a source often starts with a person or group ("officials", "the ministry").
  for (const k of c.v.classes[j]!) f.push(feature(p + 18, k, dir));
  if (content) f.push(feature(p + 16, j >= content.from && j < content.to ? 1 : 0, dir), feature(p + 17, j === content.to ? 1 : j + 1 === content.from ? 2 : 0));
  return f;
}

/** Features of token `k` as the last token of a span starting at `s`. */
function endFeatures(c: CueContext, p: number, s: number, k: number): number[] {
  const { dir, db } = relation(c, k);
  const lw = c.v.lowerH[k]!;
  const w1 = at(c, k + 1);
  const startDir = s < c.cue.from ? 1 : s >= c.cue.to ? 2 : 3;
  const quotes = c.v.quotesBefore[k + 1]! - c.v.quotesBefore[s]!;
  const own = Math.max(0, Math.min(k + 1, c.cue.to) - Math.max(s, c.cue.from));
  const other = c.cuesBefore[k + 1]! - c.cuesBefore[s]! - own > 0 ? 1 : 0;
  const len = bucket(k - s + 1);
  const f = [
    feature(p + 31),
    feature(p + 32, startDir, dir, db),
    feature(p + 33, lw, dir),
    feature(p + 34, w1, dir),
    feature(p + 35, lw, w1),
    feature(p + 36, c.v.shapeH[k]!, dir),
    feature(p + 37, len, startDir, dir),
    feature(p + 38, quotes % 2, Math.min(quotes, 3), QUOTE_CHARS.test(c.v.words[s]!) ? 1 : 0),
    feature(p + 39, other, dir),
    feature(p + 40, c.text, startDir, dir),
    feature(p + 41, w1, c.head),
  ];
  // Where what was said ends: the two words after it (a comma before "who", "including" or "but"
  // often closes it; one inside a quote does not), the commas it holds, how far the sentence
  // goes on, and the word it started with.
  if (p === CONTENT) {
    f.push(
      feature(p + 42, w1, at(c, k + 2)),
      feature(p + 43, lw, w1, at(c, k + 2)),
      feature(p + 44, Math.min(c.v.commasBefore[k + 1]! - c.v.commasBefore[s]!, 3), w1),
      feature(p + 45, bucket(c.cue.st - 1 - k), w1),
      feature(p + 46, c.v.lowerH[s]!, w1),
    );
  }
  return f;
}

/** Template offsets of the content and source boundary features. */
const CONTENT = 100;
const SOURCE = 200;

/** Punctuation no span starts with (and, unless a quote mark follows, ends with). */
const PUNCT = /^[,.;:!?)\]]$/;
/** How far from its cue (in tokens) a source may start. */
const SOURCE_REACH = 20;

/** Receives each boundary candidate: its token (-1: none) and its features. */
export type Visit = (index: number, features: number[]) => void;

/** Boundary candidates of one cue: content start, content end, source start (or none), source end. */
export const candidates = {
  contentStart(c: CueContext, visit: Visit): void {
    for (let j = c.cue.sf; j < c.cue.st; j++) {
      if ((j >= c.cue.from && j < c.cue.to) || PUNCT.test(c.v.words[j]!)) continue;
      visit(j, startFeatures(c, CONTENT, j, null));
    }
  },
  contentEnd(c: CueContext, s: number, visit: Visit): void {
    for (let k = s; k < c.cue.st; k++) {
      if ((k >= c.cue.from && k < c.cue.to) || (k > s && PUNCT.test(c.v.words[k]!) && !QUOTE_CHARS.test(c.v.words[k + 1] ?? ''))) continue;
      visit(k, endFeatures(c, CONTENT, s, k));
    }
  },
  sourceStart(c: CueContext, content: { from: number; to: number }, visit: Visit): void {
    visit(-1, [feature(301), feature(302, c.text), feature(303, c.prev), feature(304, c.next, c.prev), feature(305, content.from < c.cue.from ? 1 : 2, c.prev)]);
    for (let j = Math.max(c.cue.sf, c.cue.from - SOURCE_REACH); j < Math.min(c.cue.st, c.cue.to + SOURCE_REACH); j++) {
      if ((j >= c.cue.from && j < c.cue.to) || PUNCT.test(c.v.words[j]!)) continue;
      visit(j, startFeatures(c, SOURCE, j, content));
    }
  },
  sourceEnd(c: CueContext, s: number, visit: Visit): void {
    for (let k = s; k < Math.min(c.cue.st, s + 16); k++) {
      if (k >= c.cue.from && k < c.cue.to) break;
      visit(k, endFeatures(c, SOURCE, s, k));
    }
  },
};

/** The best-scoring candidate a generator visits (the first on ties), or null when it visits none. */
function pick(ranker: Ranker, generate: (visit: Visit) => void): number | null {
  let best: number | null = null;
  let top = -Infinity;
  generate((index, features) => {
    const score = ranker.score(features);
    if (score > top) {
      top = score;
      best = index;
    }
  });
  return best;
}

/** A learned attribution in character offsets. */
export interface LearnedAttribution {
  readonly cue: Span;
  readonly source: Span | null;
  readonly content: Span;
  /** The cue tagger's confidence (see CueSpan.margin). */
  readonly margin: number;
}

/** Runs of a tag type in a tag sequence, as [from, to) offsets into the sequence. */
export function runs(tags: readonly string[], type: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === `B-${type}` || (tags[i] === `I-${type}` && tags[i - 1] !== `B-${type}` && tags[i - 1] !== `I-${type}`)) out.push({ from: i, to: i + 1 });
    else if (tags[i] === `I-${type}` && out.length) out[out.length - 1]!.to = i + 1;
  }
  return out;
}

/** The cues of an article (token ranges) and a per-token mark. */
export function findCues(model: AttributionModel, v: TokenView): { cues: CueSpan[]; isCue: boolean[] } {
  const cues: CueSpan[] = [];
  const isCue = new Array<boolean>(v.words.length).fill(false);
  for (const s of v.sentences) {
    const features: number[][] = [];
    for (let i = s.from; i < s.to; i++) features.push(cueFeatures(v, i, s.from, s.to));
    const margins: number[] = [];
    const tags = model.cue.tag({ features }, margins);
    for (const r of runs(tags, 'CUE')) {
      cues.push({ from: s.from + r.from, to: s.from + r.to, sf: s.from, st: s.to, margin: Math.min(...margins.slice(r.from, r.to)) });
      for (let k = s.from + r.from; k < s.from + r.to; k++) isCue[k] = true;
    }
  }
  return { cues, isCue };
}

/** Source and content of one cue, in token ranges. */
export function spansOfCue(model: AttributionModel, v: TokenView, cue: CueSpan, isCue: readonly boolean[]): { source: { from: number; to: number } | null; content: { from: number; to: number } | null } {
  const c = cueContext(v, cue, isCue);
  const r = model.boundaries;
  const s = pick(r, (visit) => candidates.contentStart(c, visit));
  if (s === null) return { source: null, content: null };
  const e = pick(r, (visit) => candidates.contentEnd(c, s, visit))!;
  const content = { from: s, to: e + 1 };
  const a = pick(r, (visit) => candidates.sourceStart(c, content, visit))!;
  if (a < 0) return { source: null, content };
  const b = pick(r, (visit) => candidates.sourceEnd(c, a, visit));
  return { source: b === null ? null : { from: a, to: b + 1 }, content };
}

export { cueContext };

/** Finds cues, then each cue's source and content, in character offsets. */
export function findLearned(model: AttributionModel, v: TokenView): LearnedAttribution[] {
  const { cues, isCue } = findCues(model, v);
  const tok = v.tokens;
  const out: LearnedAttribution[] = [];
  for (const cue of cues) {
    const { source, content } = spansOfCue(model, v, cue, isCue);
    if (!content) continue;
    out.push({
      cue: { start: tok[cue.from]!.start, end: tok[cue.to - 1]!.end },
      source: source ? { start: tok[source.from]!.start, end: tok[source.to - 1]!.end } : null,
      content: { start: tok[content.from]!.start, end: tok[content.to - 1]!.end },
      margin: cue.margin ?? 0,
    });
  }
  return out;
}

/**
 * Serialises the model; the same model always gives the same bytes. Layout (gzipped): a JSON
 * header line with the labels and sizes, then the cue tagger's keys (int32) and weights (float32,
 * one per label), then the boundary ranker's keys and weights, little-endian.
 */
export function serialiseAttributionModel(model: AttributionModel): Buffer {
  const header = Buffer.from(`${JSON.stringify({ version: 2, labels: model.cue.labels, cue: model.cue.size, boundaries: model.boundaries.keys.length })}\n`, 'utf8');
  const pad = Buffer.alloc((4 - (header.length % 4)) % 4, 0x20);
  const bytes = (a: Int32Array | Float32Array): Buffer => {
    const b = Buffer.alloc(a.length * 4);
    for (let i = 0; i < a.length; i++) {
      if (a instanceof Int32Array) b.writeInt32LE(a[i]!, i * 4);
      else b.writeFloatLE(a[i]!, i * 4);
    }
    return b;
  };
  const body = [header, pad, bytes(model.cue.keys), bytes(model.cue.table), bytes(model.boundaries.keys), bytes(model.boundaries.weights)];
  return gzipSync(Buffer.concat(body), { level: 9 });
}

/** Reads a serialised model. */
export function deserialiseAttributionModel(gz: Buffer): AttributionModel {
  const raw = gunzipSync(gz);
  const newline = raw.indexOf(0x0a);
  const header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as { labels: string[]; cue: number; boundaries: number };
  let at = newline + 1;
  at += (4 - (at % 4)) % 4;
  const ints = (n: number): Int32Array => {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = raw.readInt32LE(at + i * 4);
    at += n * 4;
    return out;
  };
  const floats = (n: number): Float32Array => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = raw.readFloatLE(at + i * 4);
    at += n * 4;
    return out;
  };
  const cueKeys = ints(header.cue);
  const cueTable = floats(header.cue * header.labels.length);
  const boundaryKeys = ints(header.boundaries);
  const boundaryWeights = floats(header.boundaries);
  return { cue: new SeqTagger(header.labels, cueKeys, cueTable), boundaries: new Ranker(boundaryKeys, boundaryWeights) };
}

/** Writes the model. */
export function saveAttributionModel(model: AttributionModel, file: string): void {
  writeFileSync(file, serialiseAttributionModel(model));
}

let loaded: AttributionModel | null | undefined;

/** The committed model (loaded once), or null when the file is missing. */
export function attributionModel(): AttributionModel | null {
  if (loaded === undefined) {
    const file = path.join(modelsDir(), ATTRIBUTION_MODEL_FILE);
    loaded = existsSync(file) ? deserialiseAttributionModel(readFileSync(file)) : null;
  }
  return loaded;
}

/** Opening and closing quote marks. */
const OPENING = /^[“"‘]$/;
const CLOSING = /^[”"’]$/;

/**
 * Where what was said starts: at "that", after a place, time or means said before it ("in Geneva that …",
 * "on Friday that …", "by phone that …") or when ("later that …", "last year that …", "[in a report] published on
 * Monday that …").
 */
export const THAT_CLAUSE = /^(?:(?:later|earlier|again|separately|previously|afterwards|published|released|issued|posted|(?:last|this)\s+(?:year|month|week)|the\s+(?:next|following|previous)\s+(?:day|morning|evening|week))\s+)?(?:(?:in|on|at(?!\s+(?:least|most)\b)|during|from|by)\s+[^,;"“”]{1,40}?\s+)?that\s+/i;

/** "that" before an event's noun alone, a demonstrative: "that attack", "that deadly bombing". */
const THAT_EVENT = /^that\s+(?:[\p{Ll}-]+\s+)?(?:attack|strike|bombing|killing|assault|raid|ambush|blast|explosion|incident|operation)\s*[.!]?$/iu;
/** An abbreviation's stop, which also ends the sentence it closes: "… from entering the U.S.", "at 7 p.m.", "Washington, D.C.", "Jr.". */
const ABBREVIATION_END = /(?:^|[^\p{L}.])(?:(?:\p{L}\.){2,}|Jr\.|Sr\.|Inc\.|Corp\.|Ltd\.|Co\.)$/u;
/** Whether the character before `end` is an abbreviation's stop (see ABBREVIATION_END), within a span from `start`. */
export const abbreviationStop = (text: string, start: number, end: number): boolean => text[end - 1] === '.' && ABBREVIATION_END.test(text.slice(Math.max(start, end - 12), end));

/**
 * A learned content span in the product's convention, which PolNeAR's differs from only in
 * form: no complementiser ("that the …" → "the …") and no quote marks around a whole quote
 * (the quote's inner span, as for rule-found quotes). Content that runs from the start to the
 * end of a quote's sentences is the whole quote, across sentences. After a verdict's verb (`verdict`), "that as …" keeps its
 * demonstrative.
 */
export function productContent(text: string, content: Span, quotes: readonly Quote[], sentences: readonly Sentence[], verdict = false): { content: Span; quoted: boolean } {
  let { start, end } = content;
  // (After a verdict's verb, "that as" is what was judged and how: "dismissed [that as “wishful thinking”]"; and "that" before an
  // event's noun alone is the event's demonstrative: "The TTP claimed [that attack]".)
  const that = (verdict && /^that\s+as\s/i.test(text.slice(start, end))) || THAT_EVENT.test(text.slice(start, end)) ? null : THAT_CLAUSE.exec(text.slice(start, end));
  if (that && end - start > that[0].length) start += that[0].length;
  const q = quotes.find((x) => x.start <= start && start <= x.inner.end);
  // (A content that opens a quote and stops inside it is the whole quote: "[“When people come back from war], and they see …”".)
  if (q && start <= q.inner.start && end > q.inner.start && end < q.inner.end) return { content: q.inner, quoted: true };
  if (q && end <= q.end && end > q.inner.start) {
    const fromStart = start <= q.inner.start || sentences.some((s) => s.start === start || (s.start < start && /^[\s“"‘]*$/.test(text.slice(s.start, start))));
    const toEnd = end >= q.inner.end - 1 || sentences.some((s) => s.end >= end && /^[\s.,!?;:”"’]*$/.test(text.slice(end, s.end)));
    if (fromStart && toEnd) return { content: q.inner, quoted: true };
  }
  // A quote opened inside the content goes on to its end ("the situation was [“difficult but] under control”").
  const cut = quotes.find((x) => x.inner.start > start && x.inner.start < end && end < x.inner.end);
  if (cut) end = cut.end;
  // A quote mark whose partner lies outside the content goes; a final full stop or comma goes.
  const marks = (from: number, to: number, re: RegExp): number => [...text.slice(from, to)].filter((ch) => re.test(ch)).length;
  if (start < end && OPENING.test(text[start]!) && marks(start + 1, end, CLOSING) === 0) start++;
  if (end > start && CLOSING.test(text[end - 1]!) && marks(start, end - 1, OPENING) === 0) end--;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!) && !abbreviationStop(text, start, end)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  // A bracket opened inside it closes inside it: "the paramilitary Rapid Support Forces (RSF[)]".
  const opened = text.slice(start, end).split('(').length - text.slice(start, end).split(')').length;
  if (opened > 0 && text[end] === ')') end++;
  return { content: { start, end }, quoted: false };
}
