/**
 * A greedy averaged-perceptron sequence tagger (IOB2, left to right, invalid transitions masked).
 * Trained deterministically: a seeded shuffle, fixed epochs, weights rounded when saved.
 */
import { AveragedWeights, bestAllowed, iobAllowed, reachableGold, seeded, shuffle } from '../learn/averaged.js';
import {
  DocumentView,
  type FeatureContext,
  contextFeatures,
  tagFeatures,
  tokenFeatures,
  wordFeatures,
} from './features.js';

/** The tag set, CoNLL types in IOB2. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
const L = LABELS.length;


/** The trained weights: feature → one weight per label. */
export class Tagger {
  constructor(
    readonly weights: Map<string, Float64Array>,
    readonly context: FeatureContext,
  ) {}

  /** Score contributions of word-only features, per word (words repeat: most lookups are saved). */
  private readonly wordCache = new Map<string, Float64Array>();

  private add(s: Float64Array, features: readonly string[]): Float64Array {
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < L; k++) s[k]! += w[k]!;
    }
    return s;
  }

  /** Score contributions of a document's text features per word, for the document being tagged. */
  private docCache = new WeakMap<DocumentView, Map<string, Float64Array>>();

  private docScores(view: DocumentView, word: string, i: number): Float64Array {
    let cache = this.docCache.get(view);
    if (!cache) {
      cache = new Map();
      this.docCache.set(view, cache);
    }
    const key = i === 0 ? `^${word}` : word;
    let s = cache.get(key);
    if (!s) {
      s = this.add(new Float64Array(L), view.staticFeatures(word, i));
      cache.set(key, s);
    }
    return s;
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
    const view = new DocumentView(sentences);
    return sentences.map((words) => this.tag(words, view));
  }

  /** Tags one sentence (of a document, when its view is given); IOB2 tags and a 0..1 margin-based confidence per token. */
  tag(
    words: readonly string[],
    view: DocumentView = new DocumentView([words]),
  ): { tags: string[]; confidence: number[] } {
    const tags: string[] = [];
    const confidence: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const prev = tags[i - 1] ?? '<s>';
      const s = Float64Array.from(this.wordScores(words[i]!));
      // The document view's features come from the caches below, not from contextFeatures.
      this.add(s, contextFeatures(words, i, this.context));
      const docScores = this.docScores(view, words[i]!, i);
      for (let k = 0; k < L; k++) s[k]! += docScores[k]!;
      this.add(s, view.historyFeatures(words[i]!));
      this.add(s, tagFeatures(words, i, prev, tags[i - 2] ?? '<s>', this.context));
      let best = -1;
      let second = -Infinity;
      for (let k = 0; k < L; k++) {
        if (!iobAllowed(prev, LABELS[k]!)) continue;
        if (best < 0 || s[k]! > s[best]!) {
          if (best >= 0) second = Math.max(second, s[best]!);
          best = k;
        } else second = Math.max(second, s[k]!);
      }
      tags.push(LABELS[best]!);
      confidence.push(1 / (1 + Math.exp(-(s[best]! - second))));
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
  readonly log?: (line: string) => void;
}

/** Trains a tagger on IOB2-tagged sentences. */
export function train(
  sentences: readonly { tokens: readonly string[]; tags: readonly string[]; doc?: number }[],
  context: FeatureContext,
  options: TrainOptions,
  /** The context a training document sees (its own entities left out of the memory, say); default `context`. */
  contextOf: (doc: number) => FeatureContext = () => context,
): Tagger {
  const weights = new AveragedWeights<string>(L);
  // Documents in a seeded order, sentences in their own order: the document view sees what it will see when tagging.
  const docs = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const d = s.doc ?? i;
    const list = docs.get(d) ?? [];
    list.push(i);
    docs.set(d, list);
  });
  const order = [...docs.values()];
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let count = 0;
    for (const docSentences of order) {
      const view = new DocumentView(docSentences.map((k) => sentences[k]!.tokens));
      const docContext = contextOf(sentences[docSentences[0]!]!.doc ?? docSentences[0]!);
      for (const idx of docSentences) {
        const { tokens, tags: gold } = sentences[idx]!;
        const guessed: string[] = [];
        for (let i = 0; i < tokens.length; i++) {
          weights.tick();
          const prev = guessed[i - 1] ?? '<s>';
          const feats = tokenFeatures(tokens, i, prev, guessed[i - 2] ?? '<s>', docContext, view);
          const s = weights.scores(feats);
          const best = bestAllowed(s, LABELS, prev);
          const truth = LABELS.indexOf(reachableGold(prev, gold[i]!) as (typeof LABELS)[number]);
          if (truth >= 0 && best !== truth) {
            errors++;
            weights.learn(feats, truth, best);
          }
          count++;
          guessed.push(LABELS[best]!);
        }
        tokens.forEach((t, i) => {
          view.record(t, guessed[i]!);
        });
      }
    }
    options.log?.(`epoch ${epoch + 1}: ${((1 - errors / count) * 100).toFixed(2)}% tokens right`);
  }
  const averaged = weights.averaged({
    prune: options.prune,
    decimals: 3,
    order: (x, y) => (x < y ? -1 : x > y ? 1 : 0),
  });
  return new Tagger(averaged, context);
}
