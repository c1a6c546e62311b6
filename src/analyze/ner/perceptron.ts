/**
 * A greedy averaged-perceptron sequence tagger (IOB2, left to right, invalid transitions masked).
 * Trained deterministically: a seeded shuffle, fixed epochs, weights rounded when saved.
 */
import { AveragedWeights, bestAllowed, iobAllowed, reachableGold, seeded, shuffle } from '../learn/averaged.js';
import {
  DocumentView,
  type FeatureContext,
  contextFeatures,
  NEIGHBOURS,
  PAIRS,
  lowerWords,
  neighbourFeatures,
  sentenceFeatures,
  tagFeatures,
  PREV,
  TAG_WORD_KIND_COUNT,
  tagWordTemplate,
  tagWordValues,
  tokenFeatures,
  transitionFeatures,
  wordFeatures,
} from './features.js';

/** Saved weights are rounded to thousandths; the tagger scores in thousandths. */
const UNIT = 1000;

/**
 * The PAIRS features by number (see `addPairs`): an id for each word of one, and per template of
 * PAIRS, `first id * ids.size + second id` → the feature's offset. Only features whose two words
 * hold no '|' are indexed: a lookup by two such words can find no other.
 */
interface PairIndex {
  readonly ids: Map<string, number>;
  readonly byTemplate: Map<number, number>[];
}

function pairIndex(offsets: ReadonlyMap<string, number>): PairIndex {
  const ids = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  };
  const found: { template: number; first: number; second: number; at: number }[] = [];
  for (const [f, at] of offsets)
    PAIRS.forEach(([prefix], template) => {
      if (!f.startsWith(prefix)) return;
      const bar = f.indexOf('|', prefix.length);
      if (bar < 0 || f.includes('|', bar + 1)) return;
      found.push({ template, first: idOf(f.slice(prefix.length, bar)), second: idOf(f.slice(bar + 1)), at });
    });
  const byTemplate = PAIRS.map(() => new Map<number, number>());
  for (const { template, first, second, at } of found) byTemplate[template]!.set(first * ids.size + second, at);
  return { ids, byTemplate };
}

/** A word's id for PAIRS lookups when no PAIRS feature has it. */
const NO_PAIR = -1;
/** A word's id for PAIRS lookups when it holds '|': its features are looked up by name. */
const BAR = -2;

/** The tag set, CoNLL types in IOB2. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
const L = LABELS.length;
/** The tag index before a sentence's first token. */
const START = L;
const TAG_NAMES: readonly string[] = [...LABELS, '<s>'];
/** ALLOWED[prev][k]: whether LABELS[k] may follow tag index `prev` in IOB2. */
const ALLOWED = TAG_NAMES.map((prev) => LABELS.map((tag) => iobAllowed(prev, tag)));

/**
 * Per token of a sentence: the scores of its word's features and of its context's (but the
 * document view's), and the weights of its tag-word templates (see `templateScores`).
 */
interface SentenceScores {
  /** L scores per token, token `i`'s from `i * L` (one array per sentence: small typed arrays are costly to make). */
  readonly context: Float64Array;
  readonly tags: (TemplateWeights[] | undefined)[];
}

/**
 * The scores of a document's text features (see `DocumentView.staticFeatures`), L per word in
 * one array (a typed array per word would cost an ArrayBuffer each); `rows`: where a word's
 * start ('^' before a word at a sentence's start).
 */
interface DocScores {
  readonly rows: Map<string, number>;
  scores: Float64Array;
}

/**
 * A tag-word template's weights (see `tagWordTemplate`) for each tag before: row `prev` of L in
 * `rows`; `prevs`: a bit per tag before that has any (most words have weights after two or three).
 */
interface TemplateWeights {
  readonly rows: Float64Array;
  readonly prevs: number;
}

/** What `tag` works in: a token's scores, a hypothesis's, and every extension's score and margin. */
interface TagWork {
  readonly s: Float64Array;
  readonly local: Float64Array;
  /** Every extension of the beam by the token: its score and margin, L per hypothesis. */
  readonly scores: Float64Array;
  readonly extensionMargins: Float64Array;
  /** Per tag before (row of L): the token's scores with its tag-word templates' weights for that tag. */
  readonly withPrev: Float64Array;
  /** Per tag before: the token (a number `tag` counts up) whose scores `withPrev` holds. */
  readonly filled: Float64Array;
  /** The extensions kept, best first. */
  readonly top: Int32Array;
  /** The beam's scores before the token, and after it. */
  readonly beamScores: Float64Array;
  readonly nextScores: Float64Array;
  /**
   * The beam after each token `i` of the sentence, hypothesis `j` at `i * width + j`, best first:
   * its tag (index in LABELS), the hypothesis before it (its `j` at `i - 1`) and the margin of its
   * tag over the best other tag after the same history. As long as the longest sentence yet.
   */
  readonly tags: Int32Array;
  readonly before: Int32Array;
  readonly margins: Float64Array;
}

/** The trained weights: feature → one weight per label. */
export class Tagger {
  constructor(
    readonly weights: Map<string, Float64Array>,
    readonly context: FeatureContext,
    /** Hypotheses kept while tagging a sentence (1: greedy). */
    public beam = 1,
  ) {
    this.packed = new Float64Array(weights.size * L);
    let at = 0;
    for (const [f, w] of weights) {
      this.offsets.set(f, at);
      for (let k = 0; k < L; k++) this.packed[at + k] = Math.round(w[k]! * UNIT);
      at += L;
    }
    this.pairs = pairIndex(this.offsets);
    this.pairEdges = [this.pairId('<s>'), this.pairId('</s>')];
  }

  /** The PAIRS features by the ids of their words. */
  private readonly pairs: PairIndex;
  /** The PAIRS ids of '<s>' and '</s>', the words past a sentence's edges. */
  private readonly pairEdges: readonly [number, number];

  private pairId(word: string): number {
    return word.includes('|') ? BAR : (this.pairs.ids.get(word) ?? NO_PAIR);
  }

  /**
   * The weights in one array, L per feature, in thousandths (the saved weights' precision): whole
   * numbers, so a token's score is exact whatever order its features are added in, and the parts
   * of it cached apart add up to the same score. Each feature's offset in the array.
   */
  private readonly packed: Float64Array;
  private readonly offsets = new Map<string, number>();

  /** Score contributions of word-only features, per word (words repeat: most lookups are saved). */
  private readonly wordCache = new Map<string, Float64Array>();

  /** Adds the weights of `features` to the L scores of `s` from `from`. */
  private add(s: Float64Array, features: readonly string[], from = 0): Float64Array {
    const packed = this.packed;
    for (const f of features) {
      const at = this.offsets.get(f);
      if (at !== undefined) for (let k = 0; k < L; k++) s[from + k]! += packed[at + k]!;
    }
    return s;
  }

  /** Score contributions of a document's text features per word, for the document being tagged. */
  private docCache = new WeakMap<DocumentView['text'], DocScores>();

  private docScoresOf(view: DocumentView): DocScores {
    let doc = this.docCache.get(view.text);
    if (!doc) {
      doc = { rows: new Map(), scores: new Float64Array(256 * L) };
      this.docCache.set(view.text, doc);
    }
    return doc;
  }

  /** Where the scores of a word's document text features start in `doc.scores` (which may grow meanwhile). */
  private docRow(doc: DocScores, view: DocumentView, word: string, i: number): number {
    const key = i === 0 ? `^${word}` : word;
    let at = doc.rows.get(key);
    if (at === undefined) {
      at = doc.rows.size * L;
      if (at + L > doc.scores.length) {
        const grown = new Float64Array(doc.scores.length * 2);
        grown.set(doc.scores);
        doc.scores = grown;
      }
      this.add(doc.scores, view.staticFeatures(word, i), at);
      doc.rows.set(key, at);
    }
    return at;
  }

  /**
   * Score contributions per token of its word's features and the sentence-context features, and
   * the weights of its tag-word templates: the same in both passes over a document, so looked up once.
   */
  private readonly sentenceCache = new WeakMap<readonly string[], SentenceScores>();

  private sentenceScores(words: readonly string[]): SentenceScores {
    let scores = this.sentenceCache.get(words);
    if (!scores) {
      const lower = lowerWords(words);
      const ids = lower.map((w) => this.pairId(w));
      const context = new Float64Array(words.length * L);
      const beside = words.map((w) => this.neighbourScores(w));
      const edge = this.neighbourScores(undefined);
      for (let i = 0; i < words.length; i++) {
        const from = i * L;
        context.set(this.wordScores(words[i]!), from);
        this.add(context, sentenceFeatures(words, i, this.context), from);
        this.addPairs(context, from, lower, ids, i);
        for (let d = 0; d < NEIGHBOURS.length; d++) {
          const n = beside[i + NEIGHBOURS[d]!] ?? edge;
          for (let k = 0, at = d * L; k < L; k++) context[from + k]! += n[at + k]!;
        }
      }
      scores = { context, tags: new Array(words.length) };
      this.sentenceCache.set(words, scores);
    }
    return scores;
  }

  /**
   * Adds the weights of token `i`'s PAIRS features to the L scores of `s` from `from`, looked up by
   * the ids of their two words (`ids`: of the sentence's words in lower case): one lookup by a
   * number, none where a word is in no such feature; by name where a word holds '|'.
   */
  private addPairs(s: Float64Array, from: number, lower: readonly string[], ids: readonly number[], i: number): void {
    const packed = this.packed;
    const stride = this.pairs.ids.size;
    for (let p = 0; p < PAIRS.length; p++) {
      const [prefix, a, b] = PAIRS[p]!;
      const first = this.pairIdAt(ids, i + a);
      const second = this.pairIdAt(ids, i + b);
      let offset: number | undefined;
      if (first === BAR || second === BAR) {
        const at = (k: number): string => (k < 0 ? '<s>' : k >= lower.length ? '</s>' : lower[k]!);
        offset = this.offsets.get(`${prefix}${at(i + a)}|${at(i + b)}`);
      } else if (first !== NO_PAIR && second !== NO_PAIR) offset = this.pairs.byTemplate[p]!.get(first * stride + second);
      if (offset !== undefined) for (let k = 0; k < L; k++) s[from + k]! += packed[offset + k]!;
    }
  }

  /** The PAIRS id of the word at `k` in a sentence of these ids, or of the edge past it. */
  private pairIdAt(ids: readonly number[], k: number): number {
    return k < 0 ? this.pairEdges[0] : k >= ids.length ? this.pairEdges[1] : ids[k]!;
  }

  /**
   * Word → scores of its `neighbourFeatures` at each offset of NEIGHBOURS, L per offset in that
   * order (one lookup per word of a sentence); the sentence's edge under ''.
   */
  private readonly neighbourCache = new Map<string, Float64Array>();

  private neighbourScores(word: string | undefined): Float64Array {
    let s = this.neighbourCache.get(word ?? '');
    if (!s) {
      if (this.neighbourCache.size > 200_000) this.neighbourCache.clear();
      s = new Float64Array(NEIGHBOURS.length * L);
      for (let d = 0; d < NEIGHBOURS.length; d++) this.add(s, neighbourFeatures(word, NEIGHBOURS[d]!, this.context), d * L);
      this.neighbourCache.set(word ?? '', s);
    }
    return s;
  }

  /**
   * Scores of the transition features by the two tags before (indices in TAG_NAMES); −Infinity
   * for a tag that may not follow `prev`.
   */
  private readonly transitions: Float64Array[] = [];

  private transition(prev: number, prev2: number): Float64Array {
    const key = prev * (L + 1) + prev2;
    let t = this.transitions[key];
    if (!t) {
      t = this.add(new Float64Array(L), transitionFeatures(TAG_NAMES[prev]!, TAG_NAMES[prev2]!));
      for (let k = 0; k < L; k++) if (!ALLOWED[prev]![k]) t[k] = -Infinity;
      this.transitions[key] = t;
    }
    return t;
  }

  /** Weights of the tag-word templates for each tag before, per kind by value (see `tagWordValues`). */
  private readonly templateCache = Array.from({ length: TAG_WORD_KIND_COUNT }, () => new Map<string, TemplateWeights>());

  private templateScores(kind: number, value: string): TemplateWeights {
    const cache = this.templateCache[kind]!;
    let t = cache.get(value);
    if (!t) {
      if (cache.size > 200_000) cache.clear();
      const template = tagWordTemplate(kind, value);
      const rows = new Float64Array((L + 1) * L);
      let prevs = 0;
      TAG_NAMES.forEach((name, prev) => {
        const at = this.offsets.get(template.replace(PREV, name));
        if (at === undefined) return;
        rows.set(this.packed.subarray(at, at + L), prev * L);
        prevs |= 1 << prev;
      });
      t = { rows, prevs };
      cache.set(value, t);
    }
    return t;
  }

  private wordScores(word: string): Float64Array {
    let s = this.wordCache.get(word);
    if (!s) {
      if (this.wordCache.size > 200_000) this.wordCache.clear();
      s = this.add(new Float64Array(L), wordFeatures(word, this.context));
      this.wordCache.set(word, s);
    }
    return s;
  }

  /** Tags the sentences of one document in order: what the document says about a word informs each sentence. */
  tagDocument(sentences: readonly (readonly string[])[]): { tags: string[]; confidence: number[] }[] {
    const view = this.viewOf(sentences);
    return sentences.map((words) => this.tag(words, view));
  }

  /**
   * The view a document's sentences are tagged with: after a first pass over the sentences that
   * hold a recurring name, so that the second sees how every occurrence of it was tagged, later
   * ones included.
   */
  viewOf(sentences: readonly (readonly string[])[]): DocumentView {
    return this.firstPass(sentences).secondPass();
  }

  /** The view of a first pass over a document: its sentences that hold a recurring name, tagged. */
  firstPass(sentences: readonly (readonly string[])[]): DocumentView {
    const first = new DocumentView(sentences);
    for (const words of sentences) if (first.repeats(words)) this.tag(words, first);
    return first;
  }

  /** Tokens `tag` has scored: numbers each token for the work arrays' `filled`. */
  private tokensSeen = 0;

  /**
   * The work arrays of `tag`, made again only for a wider beam or a longer sentence: typed arrays
   * are costly to make, and `tag` is never re-entered.
   */
  private work: TagWork | undefined;

  private workArrays(width: number, length: number): TagWork {
    const w = this.work;
    if (w?.top.length === width && w.tags.length >= length * width) return w;
    const room = Math.max(length, 64, w ? w.tags.length / width : 0) * width;
    this.work = {
      s: new Float64Array(L),
      local: new Float64Array(L),
      scores: new Float64Array(width * L),
      extensionMargins: new Float64Array(width * L),
      withPrev: new Float64Array((L + 1) * L),
      filled: w?.filled ?? new Float64Array(L + 1).fill(-1),
      top: new Int32Array(width),
      beamScores: new Float64Array(width),
      nextScores: new Float64Array(width),
      tags: new Int32Array(room),
      before: new Int32Array(room),
      margins: new Float64Array(room),
    };
    return this.work;
  }

  /**
   * Tags one sentence (of a document, when its view is given) with a beam search; IOB2 tags and,
   * per token, a 0..1 confidence from the margin of its tag over the best other tag after the same
   * tags before (below 0.5 where the beam overruled the token's own best tag).
   */
  tag(
    words: readonly string[],
    view: DocumentView = new DocumentView([words]),
  ): { tags: string[]; confidence: number[] } {
    const { context: contextScores, tags: tagScores } = this.sentenceScores(words);
    const doc = this.docScoresOf(view);
    const width = this.beam;
    const work = this.workArrays(width, words.length);
    const { s, local, scores, extensionMargins, withPrev, filled, top, tags: beamTags, before, margins } = work;
    let { beamScores, nextScores } = work;
    // Hypotheses in the beam before the token (the start, before the first).
    let size = 1;
    beamScores[0] = 0;
    for (let i = 0; i < words.length; i++) {
      const token = this.tokensSeen++;
      // The document view's features come from the caches below, not from contextFeatures.
      const docAt = this.docRow(doc, view, words[i]!, i);
      for (let k = 0; k < L; k++) s[k] = contextScores[i * L + k]! + doc.scores[docAt + k]!;
      this.add(s, view.priorFeatures(words[i]!));
      this.add(s, view.historyFeatures(words[i]!));
      // The weights of the token's tag-word templates, for every tag before (kept per token: the
      // same in both passes).
      let templates = tagScores[i];
      if (!templates) {
        templates = tagWordValues(words, i, this.context)
          .map((value, kind) => this.templateScores(kind, value))
          .filter((t) => t.prevs !== 0);
        tagScores[i] = templates;
      }
      // Every extension's score (−Infinity where the tag may not follow) and margin, hypothesis by hypothesis.
      for (let b = 0; b < size; b++) {
        const at = (i - 1) * width + b;
        const prev = i === 0 ? START : beamTags[at]!;
        const prev2 = i < 2 ? START : beamTags[at - width - b + before[at]!]!;
        // Most hypotheses share their tag before: the token's scores with its templates' are summed once per such tag.
        const row = prev * L;
        if (filled[prev] !== token) {
          filled[prev] = token;
          for (let k = 0; k < L; k++) withPrev[row + k] = s[k]!;
          for (const t of templates)
            if ((t.prevs >> prev) & 1) for (let k = 0; k < L; k++) withPrev[row + k]! += t.rows[row + k]!;
        }
        const g = this.transition(prev, prev2);
        let best = -Infinity;
        let second = -Infinity;
        for (let k = 0; k < L; k++) {
          const v = withPrev[row + k]! + g[k]!;
          local[k] = v;
          if (v > best) {
            second = best;
            best = v;
          } else if (v > second) second = v;
        }
        const score = beamScores[b]!;
        for (let k = 0; k < L; k++) {
          const v = local[k]!;
          scores[b * L + k] = score + v;
          extensionMargins[b * L + k] = v - (v === best ? second : best);
        }
      }
      // The best `width` extensions, best first; ties keep the earlier hypothesis and label (deterministic):
      // one pass, each extension inserted after those that score as much.
      let kept = 0;
      const n = size * L;
      for (let c = 0; c < n; c++) {
        const v = scores[c]!;
        if (v === -Infinity || (kept === width && !(v > scores[top[kept - 1]!]!))) continue;
        let j = kept < width ? kept++ : kept - 1;
        for (; j > 0 && v > scores[top[j - 1]!]!; j--) top[j] = top[j - 1]!;
        top[j] = c;
      }
      for (let j = 0; j < kept; j++) {
        const pick = top[j]!;
        beamTags[i * width + j] = pick % L;
        before[i * width + j] = Math.floor(pick / L);
        margins[i * width + j] = extensionMargins[pick]!;
        nextScores[j] = scores[pick]!;
      }
      [beamScores, nextScores] = [nextScores, beamScores];
      size = kept;
    }
    const tags: string[] = new Array(words.length);
    const confidence: number[] = new Array(words.length);
    for (let i = words.length - 1, j = 0; i >= 0; j = before[i * width + j]!, i--) {
      tags[i] = LABELS[beamTags[i * width + j]!]!;
      confidence[i] = 1 / (1 + Math.exp(-margins[i * width + j]! / UNIT));
    }
    words.forEach((w, i) => {
      view.record(w, tags[i]!);
    });
    return { tags, confidence };
  }
}

/** Training options. */
export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Averaged weights below this magnitude are dropped (keeps the model small). */
  readonly prune: number;
  /**
   * Epochs of the two half-data models whose tags of the other half are the first pass a
   * training document's second pass sees; 0 trains one pass only (no first-pass priors).
   */
  readonly firstPassEpochs?: number;
  /** Hypotheses kept while tagging (1: greedy, trained token by token; more: trained as a structured perceptron). */
  readonly beam?: number;
  readonly log?: (line: string) => void;
}

type Sentence = { tokens: readonly string[]; tags: readonly string[]; doc?: number };

/**
 * Trains a tagger on IOB2-tagged sentences. Each document is learned from twice per epoch: as
 * a first pass sees it, then as the second pass does, with the tags a model trained on the other
 * half of the documents gave it; so the model learns how far a first pass can be trusted (its own
 * tags of its training data would be right too often).
 */
export function train(
  sentences: readonly Sentence[],
  context: FeatureContext,
  options: TrainOptions,
  /** The context a training document sees (its own entities left out of the memory, say); default `context`. */
  contextOf: (doc: number) => FeatureContext = () => context,
): Tagger {
  // Documents in a seeded order, sentences in their own order: the document view sees what it will see when tagging.
  const docs = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const d = s.doc ?? i;
    const list = docs.get(d) ?? [];
    list.push(i);
    docs.set(d, list);
  });
  const order = [...docs.values()];
  const textsOf = (doc: readonly number[]): (readonly string[])[] => doc.map((k) => sentences[k]!.tokens);
  const docOf = (doc: readonly number[]): number => sentences[doc[0]!]!.doc ?? doc[0]!;
  const firstPass = new Map<readonly number[], DocumentView>();
  const passes = options.firstPassEpochs ?? 0;
  if (passes > 0) {
    const halves = [order.filter((_, k) => k % 2 === 0), order.filter((_, k) => k % 2 === 1)];
    halves.forEach((half, h) => {
      const other = halves[1 - h]!;
      const tagger = train(
        other.flatMap((d) => d.map((k) => sentences[k]!)),
        context,
        { epochs: passes, seed: options.seed, prune: options.prune, beam: options.beam ?? 1 },
        contextOf,
      );
      for (const doc of half) firstPass.set(doc, tagger.firstPass(textsOf(doc)));
      options.log?.(`first-pass model ${h + 1} of 2 trained on ${other.length} documents`);
    });
  }
  const weights = new AveragedWeights<string>(L);
  const beam = options.beam ?? 1;
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let count = 0;
    for (const doc of order) {
      const docContext = contextOf(docOf(doc));
      const texts = textsOf(doc);
      const first = firstPass.get(doc);
      for (const view of first ? [new DocumentView(texts), first.secondPass()] : [new DocumentView(texts)]) {
        for (const idx of doc) {
          const { tokens, tags: gold } = sentences[idx]!;
          const guessed =
            beam > 1
              ? learnBeam(weights, tokens, gold, docContext, view, beam)
              : learnGreedy(weights, tokens, gold, docContext, view);
          count += tokens.length;
          errors += guessed.filter((tag, i) => tag !== gold[i]).length;
          tokens.forEach((t, i) => {
            view.record(t, guessed[i]!);
          });
        }
      }
    }
    options.log?.(`epoch ${epoch + 1}: ${((1 - errors / count) * 100).toFixed(2)}% tokens right`);
  }
  const averaged = weights.averaged({
    prune: options.prune,
    decimals: 3,
    order: (x, y) => (x < y ? -1 : x > y ? 1 : 0),
  });
  return new Tagger(averaged, context, beam);
}

/** One greedy pass over a training sentence, learning from each wrong tag; the tags guessed. */
function learnGreedy(
  weights: AveragedWeights<string>,
  tokens: readonly string[],
  gold: readonly string[],
  context: FeatureContext,
  view: DocumentView,
): string[] {
  const guessed: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    weights.tick();
    const prev = guessed[i - 1] ?? '<s>';
    const feats = tokenFeatures(tokens, i, prev, guessed[i - 2] ?? '<s>', context, view);
    const s = weights.scores(feats);
    const best = bestAllowed(s, LABELS, prev);
    const truth = LABELS.indexOf(reachableGold(prev, gold[i]!) as (typeof LABELS)[number]);
    if (truth >= 0 && best !== truth) weights.learn(feats, truth, best);
    guessed.push(LABELS[best]!);
  }
  return guessed;
}

/** A hypothesis of beam training: its tag, score and the hypothesis before it. */
interface Path {
  readonly tag: string;
  readonly score: number;
  readonly before: Path | null;
  /** Whether every tag so far is the gold one. */
  readonly gold: boolean;
}

const tagsOf = (p: Path | null): string[] => {
  const out: string[] = [];
  for (let q = p; q?.before; q = q.before) out.push(q.tag);
  return out.reverse();
};

/**
 * One beam search over a training sentence, learning as a structured perceptron: when the gold
 * tags fall out of the beam, the gold path and the best path since the last such point are
 * updated against each other and the search goes on from the gold path (LaSO). The tags guessed
 * (the best path's, up to each point the search went back to gold): what the document's history
 * records, as it would when tagging.
 */
function learnBeam(
  weights: AveragedWeights<string>,
  tokens: readonly string[],
  gold: readonly string[],
  context: FeatureContext,
  view: DocumentView,
  width: number,
): string[] {
  const start: Path = { tag: '<s>', score: 0, before: null, gold: true };
  let beam: Path[] = [start];
  let from = 0;
  // The tags the model guessed: the best path's up to each point the search went back to gold.
  const guessed: string[] = [];
  const base: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    weights.tick();
    base.push([...wordFeatures(tokens[i]!, context), ...contextFeatures(tokens, i, context, view)]);
    const s = weights.scores(base[i]!);
    const next: Path[] = [];
    for (const h of beam) {
      const t = weights.scores(tagFeatures(tokens, i, h.tag, h.before?.tag ?? '<s>', context));
      for (let k = 0; k < L; k++) {
        if (!iobAllowed(h.tag, LABELS[k]!)) continue;
        next.push({
          tag: LABELS[k]!,
          score: h.score + s[k]! + t[k]!,
          before: h,
          gold: h.gold && LABELS[k] === gold[i],
        });
      }
    }
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, width);
    const last = i === tokens.length - 1;
    if (beam.some((h) => h.gold) && !(last && !beam[0]!.gold)) continue;
    // The gold path fell out (or lost at the end): learn from the tokens since the last reset.
    const guess = tagsOf(beam[0]!);
    guessed.push(...guess.slice(from));
    const truth = gold.slice(0, i + 1);
    for (let j = from; j <= i; j++) {
      const gp = truth[j - 1] ?? '<s>';
      const gp2 = truth[j - 2] ?? '<s>';
      const pp = guess[j - 1] ?? '<s>';
      const pp2 = guess[j - 2] ?? '<s>';
      if (truth[j] === guess[j] && gp === pp && gp2 === pp2) continue;
      const g = LABELS.indexOf(truth[j] as (typeof LABELS)[number]);
      const p = LABELS.indexOf(guess[j] as (typeof LABELS)[number]);
      if (truth[j] !== guess[j]) weights.learn(base[j]!, g, p);
      for (const f of tagFeatures(tokens, j, gp, gp2, context)) weights.update(f, g, 1);
      for (const f of tagFeatures(tokens, j, pp, pp2, context)) weights.update(f, p, -1);
    }
    // Go on from the gold path.
    let path: Path = start;
    for (let j = 0; j <= i; j++) path = { tag: gold[j]!, score: 0, before: path, gold: true };
    beam = [path];
    from = i + 1;
  }
  guessed.push(...tagsOf(beam[0]!).slice(from));
  return guessed;
}
