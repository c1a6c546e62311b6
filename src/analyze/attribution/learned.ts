/**
 * The learned attribution components, trained on PolNeAR (`sitrep train attribution`): a cue
 * tagger marks the words that report speech, belief or knowledge ("said", "according to",
 * "believes", "called for"); for each cue a second tagger marks its source and content in the
 * cue's sentence and the sentences either side. Both are greedy averaged perceptrons over words
 * and their position relative to quotes and to the cue.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Quote, Sentence, Token } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { modelsDir } from '../ner/model.js';
import { CUE_VERBS } from './cues.js';
import { Ranker } from './ranker.js';
import { type Instance, type SeqTagger, taggerFromJson, taggerToJson } from './tagger.js';

/** The model's file name; bump the version with any change of features or labels. */
export const ATTRIBUTION_MODEL_FILE = 'attribution-v1.json.gz';

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
}

const LEXICON = new Set(CUE_VERBS.split('|').filter((c) => !c.includes(' ')));
const QUOTE_CHARS = /^[“”"‘’'«»]$/;

const norm = (w: string): string => w.toLowerCase().replace(/\d/g, '0').replace(/’/g, "'");

const shapes = new Map<string, string>();

/** Word shape with runs collapsed ("Kherson" → "Xx"), cached per word. */
function shapeOf(word: string): string {
  let out = shapes.get(word);
  if (out !== undefined) return out;
  out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  if (shapes.size < 100_000) shapes.set(word, out);
  return out;
}

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
  return {
    words,
    lower: words.map(norm),
    shapes: words.map(shapeOf),
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
function nearQuote(v: TokenView, i: number, from: number, to: number): string {
  let out = '';
  for (let k = Math.max(from, i - 3); k < i; k++) if (QUOTE_CHARS.test(v.words[k]!)) out = 'L';
  for (let k = i + 1; k < Math.min(to, i + 4); k++) if (QUOTE_CHARS.test(v.words[k]!)) return `${out}R`;
  return out || '-';
}

/** Static cue features of token `i` of a sentence running over tokens [from, to). */
export function cueFeatures(v: TokenView, i: number, from: number, to: number): string[] {
  const at = (k: number): string => (k < from ? '<s>' : k >= to ? '</s>' : v.lower[k]!);
  const lw = v.lower[i]!;
  const q = v.inQuote[i]!;
  const f = [
    'b',
    `w=${lw}`,
    `s=${v.shapes[i]}`,
    `x3=${lw.slice(-3)}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `w-1w=${at(i - 1)}|${lw}`,
    `ww+1=${lw}|${at(i + 1)}`,
    `w+1w+2=${at(i + 1)}|${at(i + 2)}`,
    `w-2w-1=${at(i - 2)}|${at(i - 1)}`,
    `q=${q}`,
    `wq=${lw}|${q}`,
    `lex=${LEXICON.has(lw) ? 1 : 0}|${q}`,
    `pos=${Math.min(i - from, 3)}`,
    `nq=${nearQuote(v, i, from, to)}`,
    `r=${v.ruleCue[i]}`,
    `rw=${v.ruleCue[i]}|${lw}`,
  ];
  return f;
}

const bucket = (d: number): string => (d <= 3 ? String(d) : d <= 5 ? '4-5' : d <= 10 ? '6-10' : d <= 20 ? '11-20' : '21+');

/** A cue in token indices [from, to), with the token range of its sentence. */
export interface CueSpan {
  readonly from: number;
  readonly to: number;
  readonly sf: number;
  readonly st: number;
}

/** What the boundary features of one cue share. */
interface CueContext {
  readonly v: TokenView;
  readonly cue: CueSpan;
  readonly isCue: readonly boolean[];
  readonly text: string;
  readonly head: string;
  readonly next: string;
  readonly prev: string;
  /** Running count of cue tokens before each token (length n + 1). */
  readonly cuesBefore: readonly number[];
}

const cueCounts = new WeakMap<readonly boolean[], number[]>();

function cueContext(v: TokenView, cue: CueSpan, isCue: readonly boolean[]): CueContext {
  const at = (k: number): string => (k < cue.sf ? '<s>' : k >= cue.st ? '</s>' : v.lower[k]!);
  let cuesBefore = cueCounts.get(isCue);
  if (!cuesBefore) {
    cuesBefore = [0];
    for (const x of isCue) cuesBefore.push(cuesBefore[cuesBefore.length - 1]! + (x ? 1 : 0));
    cueCounts.set(isCue, cuesBefore);
  }
  return { v, cue, isCue, text: v.lower.slice(cue.from, cue.to).join(' '), head: v.lower[cue.to - 1]!, next: at(cue.to), prev: at(cue.from - 1), cuesBefore };
}

const at = (c: CueContext, k: number): string => (k < c.cue.sf ? '<s>' : k >= c.cue.st ? '</s>' : c.v.lower[k]!);

/** Direction and distance of token `j` from the cue, and what lies between. */
function relation(c: CueContext, j: number): { dir: string; db: string; between: string } {
  const { cue, v } = c;
  const dir = j < cue.from ? 'L' : j >= cue.to ? 'R' : 'C';
  const dist = dir === 'L' ? cue.from - j : dir === 'R' ? j - cue.to + 1 : 0;
  const [a, b] = dir === 'L' ? [j + 1, cue.from] : [cue.to, j];
  const commas = b > a ? v.commasBefore[b]! - v.commasBefore[a]! : 0;
  const quotes = b > a ? v.quotesBefore[b]! - v.quotesBefore[a]! : 0;
  const other = b > a && c.cuesBefore[b]! - c.cuesBefore[a]! > 0 ? 1 : 0;
  return { dir, db: bucket(dist), between: `${Math.min(commas, 2)}${other}${Math.min(quotes, 2)}` };
}

/** Features of token `j` as the first token of a span (`p` is 'C' for content, 'S' for source). */
function startFeatures(c: CueContext, p: string, j: number, content: { from: number; to: number } | null): string[] {
  const { dir, db, between } = relation(c, j);
  const lw = c.v.lower[j]!;
  const w1 = at(c, j - 1);
  const f = [
    `${p}b`,
    `${p}d=${dir}|${db}`,
    `${p}bt=${dir}|${between}`,
    `${p}btd=${dir}|${db}|${between}`,
    `${p}w=${lw}|${dir}`,
    `${p}w-1=${w1}|${dir}`,
    `${p}w-1w=${w1}|${lw}`,
    `${p}w+1=${at(c, j + 1)}|${dir}`,
    `${p}s=${c.v.shapes[j]}|${dir}`,
    `${p}c=${c.text}|${dir}`,
    `${p}cd=${c.text}|${dir}|${db}`,
    `${p}ch=${c.head}|${dir}|${between}`,
    `${p}cn=${c.next}|${dir}|${db}`,
    `${p}cp=${c.prev}|${dir}|${db}`,
    `${p}q=${c.v.inQuote[j]}|${c.v.inQuote[c.cue.from]}|${dir}`,
  ];
  if (content) f.push(`${p}in=${j >= content.from && j < content.to ? 1 : 0}|${dir}`, `${p}ad=${j === content.to ? 'after' : j + 1 === content.from ? 'before' : 'no'}`);
  return f;
}

/** Features of token `k` as the last token of a span starting at `s`. */
function endFeatures(c: CueContext, p: string, s: number, k: number): string[] {
  const { dir, db } = relation(c, k);
  const lw = c.v.lower[k]!;
  const w1 = at(c, k + 1);
  const startDir = s < c.cue.from ? 'L' : s >= c.cue.to ? 'R' : 'C';
  const quotes = c.v.quotesBefore[k + 1]! - c.v.quotesBefore[s]!;
  const own = Math.max(0, Math.min(k + 1, c.cue.to) - Math.max(s, c.cue.from));
  const other = c.cuesBefore[k + 1]! - c.cuesBefore[s]! - own > 0 ? 1 : 0;
  const len = bucket(k - s + 1);
  return [
    `${p}eb`,
    `${p}ed=${startDir}|${dir}|${db}`,
    `${p}ew=${lw}|${dir}`,
    `${p}ew+1=${w1}|${dir}`,
    `${p}eww+1=${lw}|${w1}`,
    `${p}es=${c.v.shapes[k]}|${dir}`,
    `${p}el=${len}|${startDir}|${dir}`,
    `${p}eq=${quotes % 2}|${Math.min(quotes, 3)}|${QUOTE_CHARS.test(c.v.words[s]!) ? 1 : 0}`,
    `${p}eo=${other}|${dir}`,
    `${p}ec=${c.text}|${startDir}|${dir}`,
    `${p}ew+1c=${w1}|${c.head}`,
  ];
}

/** Punctuation no span starts with (and, unless a quote mark follows, ends with). */
const PUNCT = /^[,.;:!?)\]]$/;
/** How far from its cue (in tokens) a source may start. */
const SOURCE_REACH = 20;

/** Boundary candidates of one cue: content start, content end, source start (or none), source end. */
export const candidates = {
  contentStart(c: CueContext): { index: number[]; features: string[][] } {
    const index: number[] = [];
    const features: string[][] = [];
    for (let j = c.cue.sf; j < c.cue.st; j++) {
      if ((j >= c.cue.from && j < c.cue.to) || PUNCT.test(c.v.words[j]!)) continue;
      index.push(j);
      features.push(startFeatures(c, 'C', j, null));
    }
    return { index, features };
  },
  contentEnd(c: CueContext, s: number): { index: number[]; features: string[][] } {
    const index: number[] = [];
    const features: string[][] = [];
    for (let k = s; k < c.cue.st; k++) {
      if ((k >= c.cue.from && k < c.cue.to) || (k > s && PUNCT.test(c.v.words[k]!) && !QUOTE_CHARS.test(c.v.words[k + 1] ?? ''))) continue;
      index.push(k);
      features.push(endFeatures(c, 'C', s, k));
    }
    return { index, features };
  },
  sourceStart(c: CueContext, content: { from: number; to: number }): { index: number[]; features: string[][] } {
    const index: number[] = [-1];
    const features: string[][] = [['Sn', `Sn=${c.text}`, `Snp=${c.prev}`, `Snn=${c.next}|${c.prev}`, `Snc=${content.from < c.cue.from ? 'L' : 'R'}|${c.prev}`]];
    for (let j = Math.max(c.cue.sf, c.cue.from - SOURCE_REACH); j < Math.min(c.cue.st, c.cue.to + SOURCE_REACH); j++) {
      if ((j >= c.cue.from && j < c.cue.to) || PUNCT.test(c.v.words[j]!)) continue;
      index.push(j);
      features.push(startFeatures(c, 'S', j, content));
    }
    return { index, features };
  },
  sourceEnd(c: CueContext, s: number): { index: number[]; features: string[][] } {
    const index: number[] = [];
    const features: string[][] = [];
    for (let k = s; k < Math.min(c.cue.st, s + 16); k++) {
      if (k >= c.cue.from && k < c.cue.to) break;
      index.push(k);
      features.push(endFeatures(c, 'S', s, k));
    }
    return { index, features };
  },
};

/** A learned attribution in character offsets. */
export interface LearnedAttribution {
  readonly cue: Span;
  readonly source: Span | null;
  readonly content: Span;
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
    const features: string[][] = [];
    for (let i = s.from; i < s.to; i++) features.push(cueFeatures(v, i, s.from, s.to));
    const tags = model.cue.tag({ features });
    for (const r of runs(tags, 'CUE')) {
      cues.push({ from: s.from + r.from, to: s.from + r.to, sf: s.from, st: s.to });
      for (let k = s.from + r.from; k < s.from + r.to; k++) isCue[k] = true;
    }
  }
  return { cues, isCue };
}

/** Source and content of one cue, in token ranges. */
export function spansOfCue(model: AttributionModel, v: TokenView, cue: CueSpan, isCue: readonly boolean[]): { source: { from: number; to: number } | null; content: { from: number; to: number } | null } {
  const c = cueContext(v, cue, isCue);
  const cs = candidates.contentStart(c);
  if (cs.index.length === 0) return { source: null, content: null };
  const s = cs.index[model.boundaries.best(cs.features)]!;
  const ce = candidates.contentEnd(c, s);
  const e = ce.index[model.boundaries.best(ce.features)]!;
  const content = { from: s, to: e + 1 };
  const ss = candidates.sourceStart(c, content);
  const a = ss.index[model.boundaries.best(ss.features)]!;
  if (a < 0) return { source: null, content };
  const se = candidates.sourceEnd(c, a);
  if (se.index.length === 0) return { source: null, content };
  const b = se.index[model.boundaries.best(se.features)]!;
  return { source: { from: a, to: b + 1 }, content };
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
    });
  }
  return out;
}

/** Serialises the model; the same model always gives the same bytes. */
export function serialiseAttributionModel(model: AttributionModel): Buffer {
  return gzipSync(JSON.stringify({ version: 1, cue: taggerToJson(model.cue), boundaries: Object.fromEntries([...model.boundaries.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }), {
    level: 9,
  });
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
    if (!existsSync(file)) loaded = null;
    else {
      const json = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { cue: Parameters<typeof taggerFromJson>[0]; boundaries: Record<string, number> };
      loaded = { cue: taggerFromJson(json.cue), boundaries: new Ranker(new Map(Object.entries(json.boundaries))) };
    }
  }
  return loaded;
}

export type { Instance };

/** Opening and closing quote marks. */
const OPENING = /^[“"‘]$/;
const CLOSING = /^[”"’]$/;

/**
 * A learned content span in the product's convention, which PolNeAR's differs from only in
 * form: no complementiser ("that the …" → "the …") and no quote marks around a whole quote
 * (the quote's inner span, as for rule-found quotes). Content that runs from the start to the
 * end of a quote's sentences is the whole quote, across sentences.
 */
export function productContent(text: string, content: Span, quotes: readonly Quote[], sentences: readonly Sentence[]): { content: Span; quoted: boolean } {
  let { start, end } = content;
  const that = /^that\s+/i.exec(text.slice(start, end));
  if (that && end - start > that[0].length) start += that[0].length;
  const q = quotes.find((x) => x.start <= start && start <= x.inner.end);
  if (q && end <= q.end && end > q.inner.start) {
    const fromStart = start <= q.inner.start || sentences.some((s) => s.start === start || (s.start < start && /^[\s“"‘]*$/.test(text.slice(s.start, start))));
    const toEnd = end >= q.inner.end - 1 || sentences.some((s) => s.end >= end && /^[\s.,!?;:”"’]*$/.test(text.slice(end, s.end)));
    if (fromStart && toEnd) return { content: q.inner, quoted: true };
  }
  // A quote mark whose partner lies outside the content goes; a final full stop or comma goes.
  const marks = (from: number, to: number, re: RegExp): number => [...text.slice(from, to)].filter((ch) => re.test(ch)).length;
  if (start < end && OPENING.test(text[start]!) && marks(start + 1, end, CLOSING) === 0) start++;
  if (end > start && CLOSING.test(text[end - 1]!) && marks(start, end - 1, OPENING) === 0) end--;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { content: { start, end }, quoted: false };
}
