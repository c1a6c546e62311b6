/**
 * Features of a token for the NER model: the word, its shape and affixes, casing in context,
 * neighbouring words, sentence position, gazetteer membership and the previous tags.
 */

/** Word shape with runs collapsed: "Kherson" → "Xx", "05:00" → "d:d", "U.S." → "X.X.". */
export function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
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
}

const norm = (w: string): string => w.toLowerCase().replace(/\d/g, '0').replace(/[’]/g, "'");

/**
 * Features of token `i`; `prev` and `prev2` are the tags already given to the two tokens before.
 * Feature strings are short and prefixed by their template.
 */
export function tokenFeatures(words: readonly string[], i: number, prev: string, prev2: string, ctx: FeatureContext): string[] {
  const w = words[i]!;
  const lw = norm(w);
  const sh = shape(w);
  const at = (k: number): string => (k < 0 ? '<s>' : k >= words.length ? '</s>' : norm(words[k]!));
  const shapeAt = (k: number): string => (k < 0 ? '<s>' : k >= words.length ? '</s>' : shape(words[k]!));
  const title = /^\p{Lu}/u.test(w);
  const f = [
    'b',
    `w=${lw}`,
    `s=${sh}`,
    `p3=${lw.slice(0, 3)}`,
    `x3=${lw.slice(-3)}`,
    `x2=${lw.slice(-2)}`,
    `x4=${lw.slice(-4)}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `s-1=${shapeAt(i - 1)}`,
    `s+1=${shapeAt(i + 1)}`,
    `s-1s+1=${shapeAt(i - 1)}|${sh}|${shapeAt(i + 1)}`,
    `w-1w=${at(i - 1)}|${lw}`,
    `ww+1=${lw}|${at(i + 1)}`,
    `t-1=${prev}`,
    `t-2t-1=${prev2}|${prev}`,
    `t-1s=${prev}|${sh}`,
    `t-1w=${prev}|${lw}`,
  ];
  if (i === 0) f.push(`first=${sh}`);
  const common = ctx.lowerVocab.has(lw);
  if (common) f.push(`common=${sh}`, `common-first=${i === 0}`);
  // Headlines in capitals: the casing says nothing, so say so.
  const capsLine = words.length > 2 && words.every((x) => x === x.toUpperCase());
  if (capsLine) f.push('capsline', `capsline-common=${common}`, `capsline-w=${lw}`);
  if (title && i > 0) f.push('title-inside');
  if (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) f.push('allcaps');
  if (ctx.places.has(lw)) f.push('gaz-place', `gaz-place-s=${sh}`);
  if (ctx.givenNames.has(lw)) f.push('gaz-given', `gaz-given-s=${sh}`);
  if (ctx.orgWords.has(lw)) f.push('gaz-org');
  if (ctx.orgWords.has(at(i + 1))) f.push('gaz-org+1');
  if (ctx.orgWords.has(at(i + 2))) f.push('gaz-org+2');
  if (ctx.places.has(at(i + 1))) f.push('gaz-place+1');
  if (ctx.places.has(at(i - 1))) f.push('gaz-place-1');
  if (ctx.givenNames.has(at(i - 1))) f.push('gaz-given-1');
  return f;
}
