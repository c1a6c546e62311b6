/**
 * Features of a token for the NER model: the word, its shape and affixes, casing in context,
 * neighbouring words, sentence position, gazetteer membership, the noun the text defines a name by
 * ("a rock band") and the previous tags.
 */
import { LEXNAMES, wordClasses } from '../learn/wordnet.js';
import { MAX_NAME_WORDS } from './lexicons.js';

/** Word shape with runs collapsed: "Kherson" → "Xx", "05:00" → "d:d", "U.S." → "X.X.". */
export function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

const shapeCache = new Map<string, string>();

/** `shape`, remembered per word: most words of a sentence were seen before, and a shape is built a character at a time. */
function shapeOf(word: string): string {
  let s = shapeCache.get(word);
  if (s === undefined) {
    if (shapeCache.size > 200_000) shapeCache.clear();
    s = shape(word);
    shapeCache.set(word, s);
  }
  return s;
}

/** What the feature function may consult besides the sentence. */
export interface FeatureContext {
  /** Lower-cased words that are (part of) place names in the gazetteer. */
  readonly places: ReadonlySet<string>;
  /** Lower-cased words that are given names. */
  readonly givenNames: ReadonlySet<string>;
  /** Lower-cased words that end organisation names (Ministry, Council, …). */
  readonly orgWords: ReadonlySet<string>;
  /** Words the training text uses in lower case (common words: "The" at a sentence start is one). */
  readonly lowerVocab: ReadonlySet<string>;
  /** Lower-cased family names and demonyms ("Smith", "Ukrainian"), where the model has them. */
  readonly lastNames?: ReadonlySet<string>;
  readonly demonyms?: ReadonlySet<string>;
  /** Capitalised word (lower case) → the entity type it most often has in the training data. */
  readonly memory?: ReadonlyMap<string, string>;
  /** Word (digits folded) → bit-string path of its cluster, learned from unlabeled text. */
  readonly clusters?: ReadonlyMap<string, string>;
  /** Lower-case word → its classes by pre-trained word vectors, coarse to fine, joined by dots ("3.87.402"); see `embeddingClasses`. */
  readonly embeddings?: ReadonlyMap<string, string>;
  /** Full names (lower case, words joined by a space) → their known types ("LOC", "ORG|PER"); see `fullNames`. */
  readonly names?: ReadonlyMap<string, string>;
}

/** What a document's text says about its capitalised words, read once and shared by the passes over it. */
interface DocumentText {
  /** Words written in lower case. */
  readonly lower: Set<string>;
  /** Words (lower case) capitalised inside a sentence. */
  readonly capInside: Set<string>;
  /** Capitalised word (lower case) → the words around its occurrences ("-1:mr", "+1:said"). */
  readonly around: Map<string, Set<string>>;
  /** Capitalised word (lower case) → how often it occurs capitalised. */
  readonly capCount: Map<string, number>;
  /** Name word (lower case) → the common nouns the text defines its name by ("Deadsy is an American rock band" → band). */
  readonly defs: Map<string, Set<string>>;
}

function readText(sentences: readonly (readonly string[])[]): DocumentText {
  const text: DocumentText = { lower: new Set(), capInside: new Set(), around: new Map(), capCount: new Map(), defs: new Map() };
  for (const words of sentences) {
    definitions(words, text.defs);
    const caps = words.length > 2 && words.every((x) => x === x.toUpperCase());
    words.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) text.lower.add(w);
      else if (i > 0 && !caps && /^\p{Lu}/u.test(w)) text.capInside.add(w.toLowerCase());
      if (/^\p{Lu}/u.test(w) && !caps) {
        const key = w.toLowerCase();
        text.capCount.set(key, (text.capCount.get(key) ?? 0) + 1);
        const set = text.around.get(key) ?? new Set<string>();
        if (i > 0) set.add(`-1:${words[i - 1]!.toLowerCase()}`);
        if (i + 1 < words.length) set.add(`+1:${words[i + 1]!.toLowerCase()}`);
        text.around.set(key, set);
      }
    });
  }
  for (const key of text.defs.keys()) if (text.lower.has(key)) text.defs.delete(key);
  return text;
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'became', 'remains', 'remained']);
const ARTICLES = new Set(['a', 'an', 'the']);
const DEF_STOP = new Set(['of', 'in', 'from', 'that', 'which', 'who', 'whose', 'based', 'founded', 'formed', 'with', 'and', 'or', 'for', 'on', 'at', 'by', 'to', 'since', 'where', 'when', 'located', 'known', 'established', 'owned', 'operated', 'created', 'written', 'released', 'born']);
const RUN_JOINERS = new Set(['of', 'the', 'and', '&', 'to', 'de', 'for']);
const nameWord = (w: string): boolean => /^(?:\p{Lu}|\d+\p{Lu})/u.test(w);
const TOPS = LEXNAMES.indexOf('noun.Tops');
const TIME = LEXNAMES.indexOf('noun.time');
/** WordNet's noun classes but noun.Tops and noun.time: the nouns that can say what a name is ("the sixties" cannot). */
const isNounClass = (c: number): boolean => c > TOPS && c < TIME;

/**
 * The head noun of a description starting at token `k` ("an American noise rock band formed in …"
 * → band): the last lower-case word before punctuation or a word that ends the noun phrase.
 */
function headNoun(words: readonly string[], k: number): string | null {
  let head: string | null = null;
  for (let j = k; j < Math.min(words.length, k + 8); j++) {
    const w = words[j]!;
    if (!/\p{L}/u.test(w) || DEF_STOP.has(w)) break;
    if (!/^\p{Ll}+$/u.test(w)) continue;
    const classes = wordClasses(w);
    if (classes.some(isNounClass)) head = w;
    else if (classes.some((c) => c > TIME)) return null; // a verb or participle: a clause, not a description
  }
  return head;
}

/**
 * Where the description after a name ending at token `end` starts, or -1: after "is a(n)/the",
 * "is one of the", "is Perth's" or ", a(n)/the".
 */
function descriptionAfter(words: readonly string[], end: number): number {
  const next = words[end]?.toLowerCase();
  const article = (w: string | undefined): boolean => ARTICLES.has(w?.toLowerCase() ?? '');
  if (!(next && COPULAS.has(next)) && !(next === ',' && article(words[end + 1]))) return -1;
  let k = end + 1;
  if (words[k]?.toLowerCase() === 'one' && words[k + 1] === 'of') k += 2;
  if (nameWord(words[k] ?? '') && words[k + 1] === "'s") return k + 2;
  return article(words[k]) ? k + 1 : -1;
}

/**
 * Records the nouns a sentence defines names by, for every word of the name: "X is/was a(n)/the … N"
 * ("Deadsy is an American rock band"), "X, a(n) … N" ("Fairfax Media, an Australian media
 * company that …"), "the N X" ("the band Deadsy"), "an N called/named X" and "an N known as X".
 * A name is a run of capitalised words (or a number before one), joined by "of", "to", "&" …
 * ("30 Seconds to Mars").
 */
function definitions(words: readonly string[], defs: Map<string, Set<string>>): void {
  const add = (a: number, b: number, head: string | null): void => {
    if (!head) return;
    for (let j = a; j < b; j++) {
      if (!nameWord(words[j]!) || (j === a && ARTICLES.has(words[j]!.toLowerCase()))) continue;
      const key = words[j]!.toLowerCase();
      const set = defs.get(key) ?? new Set<string>();
      set.add(head);
      defs.set(key, set);
    }
  };
  const noun = (k: number): string | null => {
    const w = words[k];
    return w && /^\p{Ll}+$/u.test(w) && wordClasses(w).some(isNounClass) ? w : null;
  };
  let i = 0;
  while (i < words.length) {
    if (!nameWord(words[i]!) && !(/^\d+$/.test(words[i]!) && nameWord(words[i + 1] ?? ''))) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < words.length && nameWord(words[end]!)) end++;
      else if (RUN_JOINERS.has(words[end] ?? '') && nameWord(words[end + 1] ?? '')) end += 2;
      else break;
    }
    const k = descriptionAfter(words, end);
    if (k >= 0) add(i, end, headNoun(words, k));
    const before = words[i - 1];
    if (before === 'called' || before === 'named') add(i, end, noun(i - 2));
    else if (before === 'as' && words[i - 2] === 'known') add(i, end, noun(i - 3));
    else if (i >= 2 && ARTICLES.has(words[i - 2]!.toLowerCase()) && !DEF_STOP.has(before!) && !wordClasses(before!).includes(TIME))
      add(i, end, noun(i - 1));
    i = end;
  }
}

/**
 * What the rest of the document says about a word: whether it is written in lower case
 * elsewhere, capitalised inside a sentence elsewhere, which type the tagger gave it before and,
 * in a second pass, which types the first pass gave all its occurrences.
 */
export class DocumentView {
  private readonly history = new Map<string, Map<string, number>>();
  /** Capitalised word (lower case) → the types a first pass over the whole document gave it. */
  private prior = new Map<string, Map<string, number>>();

  constructor(
    sentences: readonly (readonly string[])[],
    /** The document's text as read (shared by the passes over one document). */
    readonly text: DocumentText = readText(sentences),
  ) {}

  /** Records the tag given to a word. */
  record(word: string, tag: string): void {
    if (!/^\p{Lu}/u.test(word)) return;
    const key = word.toLowerCase();
    const counts = this.history.get(key) ?? new Map<string, number>();
    const type = tag === 'O' ? 'O' : tag.slice(2);
    counts.set(type, (counts.get(type) ?? 0) + 1);
    this.history.set(key, counts);
  }

  /**
   * The view for a second pass over the document: the same text, and what this (first) pass
   * tagged every occurrence of a word as, before and after it, for a name tagged alike throughout.
   */
  secondPass(): DocumentView {
    const next = new DocumentView([], this.text);
    next.prior = this.history;
    return next;
  }

  /**
   * Whether a word (lower case) is a recurring name: capitalised more than once, once at least
   * inside a sentence ("The" only starts them). Only such words get a prior from the first pass:
   * a word seen once would learn nothing new from its own first tag.
   */
  private recurs(key: string): boolean {
    return (this.text.capCount.get(key) ?? 0) > 1 && this.text.capInside.has(key);
  }

  /** Whether a sentence has a recurring name (see `recurs`): only such sentences tell a second pass anything. */
  repeats(words: readonly string[]): boolean {
    return words.some((w) => /^\p{Lu}/u.test(w) && this.recurs(w.toLowerCase()));
  }

  /** Features of a word from the rest of the document. */
  features(word: string, i: number): string[] {
    return [...this.staticFeatures(word, i), ...this.priorFeatures(word), ...this.historyFeatures(word)];
  }

  /** Features from the document's text (the same in every pass: a tagger may cache their scores). */
  staticFeatures(word: string, i: number): string[] {
    const key = word.toLowerCase();
    const out: string[] = [];
    if (/^\p{Lu}/u.test(word)) {
      if (this.text.lower.has(key)) out.push('doc-lower');
      if (this.text.capInside.has(key)) out.push(i === 0 ? 'doc-cap-first' : 'doc-cap');
    }
    const defs = this.text.defs.get(key);
    if (defs && /^[\p{Lu}\d]/u.test(word))
      for (const d of defs) {
        out.push(`def=${d}`);
        for (const c of wordClasses(d)) if (isNounClass(c)) out.push(`defc=${c}`);
      }
    const around = this.text.around.get(key);
    if (around && around.size <= 24) for (const a of around) out.push(`agg${a}`);
    return out;
  }

  /** The first pass's type of a recurring name (a second pass's feature; none in a first pass). */
  priorFeatures(word: string): string[] {
    const key = word.toLowerCase();
    const prior = this.recurs(key) ? this.prior.get(key) : undefined;
    return prior ? [`all=${majority(prior)}${prior.size > 1 ? '+' : ''}`] : [];
  }

  /** Features from the tags already given in the document. */
  historyFeatures(word: string): string[] {
    const key = word.toLowerCase();
    const out: string[] = [];
    const h = this.history.get(key);
    if (h) out.push(`hist=${majority(h)}`);
    return out;
  }
}

/** The most frequent type of a count table (ties to the first in alphabetical order). */
function majority(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [t, c] of counts) if (c > n || (c === n && t < best)) [best, n] = [t, c];
  return best;
}

const norm = (w: string): string => w.toLowerCase().replace(/\d/g, '0').replace(/[’]/g, "'");

const clusterOf = (ctx: FeatureContext, word: string): string | undefined => {
  if (!ctx.clusters) return undefined;
  const key = word.replace(/\d/g, '0').replace(/[’]/g, "'");
  return ctx.clusters.get(key) ?? ctx.clusters.get(key.toLowerCase());
};

/** Lower-case words that join the capitalised words of one name ("Army of the Potomac", "30 Seconds to Mars"). */
const NAME_JOINERS = new Set([
  'of',
  'the',
  'and',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
  'von',
  'van',
  'der',
  'for',
  'to',
  'on',
  'in',
  "'s",
]);

/**
 * Runs of capitalised words (joined by NAME_JOINERS, never ending on one) as [start, end) per
 * token, null outside a run: the last word of a name says most about its type ("Appomattox
 * Campaign", "65th Air Division"), the first and the length about its boundaries.
 */
function nameRuns(words: readonly string[]): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = new Array(words.length).fill(null);
  const member = (w: string): boolean => /^[\p{Lu}\d]/u.test(w) && /\p{L}/u.test(w);
  let i = 0;
  while (i < words.length) {
    if (!member(words[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    let k = end;
    while (k < words.length) {
      if (member(words[k]!)) end = ++k;
      else if (NAME_JOINERS.has(words[k]!.toLowerCase())) k++;
      else break;
    }
    for (let j = i; j < end; j++) out[j] = [i, end];
    i = end;
  }
  return out;
}

/**
 * Per token, the gazetteer name it is part of as "TYPE|position" (B, I, E, or S for a one-word
 * name), or null: names are matched longest first, left to right, starting at a capitalised word.
 */
function nameMatches(
  words: readonly string[],
  lower: readonly string[],
  names: ReadonlyMap<string, string>,
): (string | null)[] {
  const out: (string | null)[] = new Array(words.length).fill(null);
  const longer = prefixesOf(names);
  let i = 0;
  while (i < words.length) {
    let found = 0;
    let type = '';
    if (/^[\p{Lu}\d]/u.test(words[i]!)) {
      let key = '';
      for (let n = 1; n <= MAX_NAME_WORDS && i + n <= words.length; n++) {
        key = n === 1 ? lower[i]! : `${key} ${lower[i + n - 1]!}`;
        const t = names.get(key);
        // A name does not end on a lower-case word ("Bosnia and Herzegovina" ends on a capital).
        if (t && /^[\p{Lu}\d]/u.test(words[i + n - 1]!)) [found, type] = [n, t];
        if (!longer.has(key)) break;
      }
    }
    if (found === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < found; k++)
      out[i + k] = `${type}|${found === 1 ? 'S' : k === 0 ? 'B' : k === found - 1 ? 'E' : 'I'}`;
    i += found;
  }
  return out;
}

const prefixCache = new WeakMap<ReadonlyMap<string, string>, Set<string>>();

/** The word prefixes of a gazetteer's longer names ("bowling" of "bowling green"): where a lookup may go on. */
function prefixesOf(names: ReadonlyMap<string, string>): Set<string> {
  let prefixes = prefixCache.get(names);
  if (!prefixes) {
    prefixes = new Set();
    for (const name of names.keys()) {
      const words = name.split(' ');
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
    prefixCache.set(names, prefixes);
  }
  return prefixes;
}

const matchCache = new WeakMap<ReadonlyMap<string, string>, WeakMap<readonly string[], (string | null)[]>>();

/** The gazetteer names of a sentence's words (see `nameMatches`), computed once per sentence and gazetteer. */
function namesOf(words: readonly string[], names: ReadonlyMap<string, string>): (string | null)[] {
  let byWords = matchCache.get(names);
  if (!byWords) {
    byWords = new WeakMap();
    matchCache.set(names, byWords);
  }
  let m = byWords.get(words);
  if (!m) {
    m = nameMatches(words, forms(words).lower, names);
    byWords.set(words, m);
  }
  return m;
}

interface Forms {
  lower: string[];
  shapes: string[];
  runs: ([number, number] | null)[];
}

const formCache = new WeakMap<readonly string[], Forms>();

/** The normalised forms, shapes and name runs of a sentence's words, computed once per sentence. */
function forms(words: readonly string[]): Forms {
  let f = formCache.get(words);
  if (!f) {
    f = { lower: words.map(norm), shapes: words.map(shapeOf), runs: nameRuns(words) };
    formCache.set(words, f);
  }
  return f;
}

/** Features of a word by itself (the tagger caches their scores per word). */
export function wordFeatures(w: string, ctx: FeatureContext): string[] {
  const lw = norm(w);
  const sh = shape(w);
  const title = /^\p{Lu}/u.test(w);
  const f = [
    'b',
    `w=${lw}`,
    `s=${sh}`,
    `p2=${lw.slice(0, 2)}`,
    `p3=${lw.slice(0, 3)}`,
    `p4=${lw.slice(0, 4)}`,
    `x2=${lw.slice(-2)}`,
    `x3=${lw.slice(-3)}`,
    `x4=${lw.slice(-4)}`,
  ];
  if (ctx.lowerVocab.has(lw)) f.push(`common=${sh}`);
  if (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) f.push('allcaps');
  if (ctx.places.has(lw)) f.push('gaz-place', `gaz-place-s=${sh}`);
  if (ctx.givenNames.has(lw)) f.push('gaz-given', `gaz-given-s=${sh}`);
  if (ctx.orgWords.has(lw)) f.push('gaz-org');
  if (ctx.lastNames?.has(lw)) f.push('gaz-last', `gaz-last-s=${sh}`);
  if (ctx.demonyms?.has(lw)) f.push('gaz-demonym', `gaz-demonym-s=${sh}`);
  const m = ctx.memory?.get(lw);
  if (m && title) f.push(`mem=${m}`);
  const c = clusterOf(ctx, w);
  if (c) for (const n of [4, 8, 12, 16]) if (c.length >= n) f.push(`c${n}=${c.slice(0, n)}`);
  const e = ctx.embeddings?.get(w.toLowerCase());
  if (e) {
    const [coarse, middle, fine] = e.split('.');
    f.push(`e1=${coarse}`, `e2=${middle}`, `e3=${fine}`);
  }
  return f;
}

/** The offsets of the neighbours whose words alone give some of a token's features (see `neighbourFeatures`). */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/**
 * Features of a token from its neighbour at offset `d` (one of NEIGHBOURS) alone: that word, or
 * undefined at the sentence's edge. The same for every token the word is beside, so a tagger may
 * cache their scores per word and offset.
 */
export function neighbourFeatures(word: string | undefined, d: (typeof NEIGHBOURS)[number], ctx: FeatureContext): string[] {
  const lw = word === undefined ? (d < 0 ? '<s>' : '</s>') : norm(word);
  const f = [`w${d < 0 ? d : `+${d}`}=${lw}`];
  if (d === 1 || d === -1) f.push(`s${d < 0 ? '-1' : '+1'}=${word === undefined ? lw : shape(word)}`);
  if (ctx.orgWords.has(lw) && d > 0) f.push(`gaz-org+${d}`);
  if (ctx.places.has(lw) && (d === 1 || d === -1)) f.push(d < 0 ? 'gaz-place-1' : 'gaz-place+1');
  if (d === -1 && ctx.givenNames.has(lw)) f.push('gaz-given-1');
  if (d === 1 && ctx.lastNames?.has(lw)) f.push('gaz-last+1');
  const m = d === 1 || d === -1 ? ctx.memory?.get(lw) : undefined;
  if (m) f.push(`mem${d < 0 ? '-1' : '+1'}=${m}`);
  const c = word !== undefined && (d === 1 || d === -1) ? clusterOf(ctx, word) : undefined;
  if (c) f.push(`c${d < 0 ? '-1' : '+1'}=${c.slice(0, 8)}`);
  return f;
}

/** Features of token `i` from its sentence and document, before any tag is known. */
export function contextFeatures(
  words: readonly string[],
  i: number,
  ctx: FeatureContext,
  view?: DocumentView,
): string[] {
  const { lower } = forms(words);
  const at = (k: number): string => (k < 0 ? '<s>' : k >= words.length ? '</s>' : lower[k]!);
  return [
    ...NEIGHBOURS.flatMap((d) => neighbourFeatures(words[i + d], d, ctx)),
    ...PAIRS.map(([prefix, a, b]) => `${prefix}${at(i + a)}|${at(i + b)}`),
    ...sentenceFeatures(words, i, ctx),
    ...(view ? view.features(words[i]!, i) : []),
  ];
}

/**
 * Features of a token from two words of its sentence, at offsets `a` and `b` from it: the
 * feature is `${prefix}${word at a}|${word at b}`, the words in lower case ('<s>' and '</s>'
 * past the sentence's edges). A tagger may look them up by the two words without joining them.
 */
export const PAIRS = [
  ['w-1w=', -1, 0],
  ['ww+1=', 0, 1],
  ['w-1w+1=', -1, 1],
] as const;

/** The words of a sentence in lower case, as PAIRS read them. */
export function lowerWords(words: readonly string[]): readonly string[] {
  return forms(words).lower;
}

/** Features of token `i` from its sentence, but those of its neighbours' words alone (`neighbourFeatures`) and of PAIRS. */
export function sentenceFeatures(words: readonly string[], i: number, ctx: FeatureContext): string[] {
  const w = words[i]!;
  const { lower, shapes, runs } = forms(words);
  const lw = lower[i]!;
  const sh = shapes[i]!;
  const shapeAt = (k: number): string => (k < 0 ? '<s>' : k >= words.length ? '</s>' : shapes[k]!);
  const f = [`s-1s+1=${shapeAt(i - 1)}|${sh}|${shapeAt(i + 1)}`];
  if (i === 0) f.push(`first=${sh}`);
  const common = ctx.lowerVocab.has(lw);
  if (common) f.push(`common-first=${i === 0}`);
  // Headlines in capitals: the casing says nothing, so say so.
  const capsLine = words.length > 2 && words.every((x) => x === x.toUpperCase());
  if (capsLine) f.push('capsline', `capsline-common=${common}`, `capsline-w=${lw}`);
  if (i > 0 && /^\p{Lu}/u.test(w)) f.push('title-inside');
  const run = runs[i];
  if (run && run[1] - run[0] > 1) {
    const [a, b] = run;
    const pos = i === a ? 'B' : i === b - 1 ? 'E' : 'I';
    f.push(
      `run-last=${lower[b - 1]}`,
      `run-last-pos=${lower[b - 1]}|${pos}`,
      `run-first=${lower[a]}|${pos}`,
      `run-len=${Math.min(b - a, 5)}|${pos}`,
    );
    const head = clusterOf(ctx, words[b - 1]!);
    if (head) f.push(`run-last-c=${head.slice(0, 8)}|${pos}`);
    if (words.slice(a, b).some((x) => NAME_JOINERS.has(x.toLowerCase()))) f.push(`run-joined|${pos}`);
  }
  if (ctx.names) {
    const matched = namesOf(words, ctx.names);
    const here = matched[i];
    if (here) f.push(`gzn=${here}`, `gzn-s=${here}|${sh}`);
    const after = matched[i + 1];
    const before = matched[i - 1];
    if (after && !here) f.push(`gzn+1=${after}`);
    if (before && !here) f.push(`gzn-1=${before}`);
  }
  return f;
}

/** Features of the two tags before a token, whatever the token (`prev`, `prev2`). */
export function transitionFeatures(prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`];
}

/** Stands for the tag before a token in `tagWordTemplates`. */
export const PREV = '\u0001';

/**
 * The kinds of tag-word template (see `tagWordTemplate`): with the tag before, the token's shape,
 * its word, the next word (lower case), and the type the memory gives a capitalised word.
 */
const TAG_WORD_KINDS = [
  (value: string): string => `t-1s=${PREV}|${value}`,
  (value: string): string => `t-1w=${PREV}|${value}`,
  (value: string): string => `t-1w+1=${PREV}|${value}`,
  (value: string): string => `mem-t=${value}|${PREV}`,
] as const;

/** How many kinds of tag-word template there are (a `kind` of `tagWordTemplate` is below it). */
export const TAG_WORD_KIND_COUNT = TAG_WORD_KINDS.length;

/** The tag-word template of a kind (index in the kinds of `tagWordValues`) for a token's value of it. */
export function tagWordTemplate(kind: number, value: string): string {
  return TAG_WORD_KINDS[kind]!(value);
}

/**
 * The values token `i` has of each kind of tag-word template, in order (the memory's last, when it
 * has one): a tagger may look a template's weights up by kind and value, without building it.
 */
export function tagWordValues(words: readonly string[], i: number, ctx: FeatureContext): string[] {
  const { lower, shapes } = forms(words);
  const lw = lower[i]!;
  const values = [shapes[i]!, lw, i + 1 < words.length ? lower[i + 1]! : '</s>'];
  const m = ctx.memory?.get(lw);
  if (m && /^\p{Lu}/u.test(words[i]!)) values.push(m);
  return values;
}

/**
 * Features of token `i` with the tag given to the token before, that tag left as PREV: a tagger
 * can look up a template's weights for every tag before at once.
 */
export function tagWordTemplates(words: readonly string[], i: number, ctx: FeatureContext): string[] {
  return tagWordValues(words, i, ctx).map((value, kind) => tagWordTemplate(kind, value));
}

/** Features of token `i` with the tag given to the token before (`prev`). */
export function tagWordFeatures(words: readonly string[], i: number, prev: string, ctx: FeatureContext): string[] {
  return tagWordTemplates(words, i, ctx).map((t) => t.replace(PREV, prev));
}

/** Features of token `i` that depend on the tags given to the two tokens before (`prev`, `prev2`). */
export function tagFeatures(
  words: readonly string[],
  i: number,
  prev: string,
  prev2: string,
  ctx: FeatureContext,
): string[] {
  return [...transitionFeatures(prev, prev2), ...tagWordFeatures(words, i, prev, ctx)];
}

/** All features of token `i`: of the word, of its context and of the tags before it. */
export function tokenFeatures(
  words: readonly string[],
  i: number,
  prev: string,
  prev2: string,
  ctx: FeatureContext,
  view?: DocumentView,
): string[] {
  return [
    ...wordFeatures(words[i]!, ctx),
    ...contextFeatures(words, i, ctx, view),
    ...tagFeatures(words, i, prev, prev2, ctx),
  ];
}
