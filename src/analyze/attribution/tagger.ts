/**
 * A small greedy averaged-perceptron sequence tagger with its own label set, for the learned
 * attribution components (cues; sources and contents around a cue). Each token has static
 * features; the tags already given to the two tokens before (and the number of spans begun before
 * them) are added as features at tagging time.
 * Trained deterministically: a seeded shuffle, fixed epochs, weights rounded to one decimal.
 */
import { AveragedWeights, bestAllowed, reachableGold, seeded, shuffle } from '../learn/averaged.js';
import { FeatureTable, feature } from './hash.js';

/** One tagging instance: static features (numeric keys) per token (and gold tags when training). */
export interface Instance {
  readonly features: readonly (readonly number[])[];
  readonly tags?: readonly string[];
}

/**
 * Tag features: the previous tag, the two previous tags together, and the previous tag with how
 * many spans (at most 2) began before it in the instance (a sentence without a cue yet is more
 * likely to have one ahead).
 */
function tagFeatures(labels: readonly string[], prev: string, prev2: string, begun: number): number[] {
  const p = labels.indexOf(prev) + 1;
  const p2 = labels.indexOf(prev2) + 1;
  return [feature(901, p), feature(902, p2, p), feature(903, Math.min(begun, 2), p)];
}

/** Spans begun in `tags` before its last tag. */
const begunBefore = (tags: readonly string[], begun: number): number => begun - (tags[tags.length - 1]?.startsWith('B-') ? 1 : 0);

/** Weights: feature → one weight per label, packed in one table (compact, fast to score). */
export class SeqTagger {
  private readonly index: FeatureTable;

  /** `keys` ascending; `table` holds each key's weights, one per label, in key order. */
  constructor(
    readonly labels: readonly string[],
    readonly keys: Int32Array,
    readonly table: Float32Array,
  ) {
    this.index = new FeatureTable(keys);
  }

  /** A tagger from a map of feature → weights. */
  static fromMap(labels: readonly string[], weights: ReadonlyMap<number, ArrayLike<number>>): SeqTagger {
    const L = labels.length;
    const keys = Int32Array.from([...weights.keys()].sort((a, b) => a - b));
    const table = new Float32Array(keys.length * L);
    keys.forEach((f, i) => {
      const w = weights.get(f)!;
      for (let k = 0; k < L; k++) table[i * L + k] = w[k]!;
    });
    return new SeqTagger(labels, keys, table);
  }

  /** Number of features with weights. */
  get size(): number {
    return this.keys.length;
  }

  private add(s: Float64Array, features: readonly number[]): void {
    const L = this.labels.length;
    const table = this.table;
    for (const f of features) {
      const slot = this.index.get(f);
      if (slot >= 0) for (let k = 0; k < L; k++) s[k]! += table[slot * L + k]!;
    }
  }

  /** Tags one instance left to right; `margins`, when given, receives each tag's score over the first label's ('O'). */
  tag(instance: Instance, margins?: number[]): string[] {
    const L = this.labels.length;
    const tags: string[] = [];
    const n = instance.features.length;
    const s = new Float64Array(L);
    let begun = 0;
    for (let i = 0; i < n; i++) {
      const prev = tags[i - 1] ?? '<s>';
      s.fill(0);
      this.add(s, instance.features[i]!);
      this.add(s, tagFeatures(this.labels, prev, tags[i - 2] ?? '<s>', begunBefore(tags, begun)));
      const best = bestAllowed(s, this.labels, prev);
      margins?.push(s[best]! - s[0]!);
      tags.push(this.labels[best]!);
      if (this.labels[best]!.startsWith('B-')) begun++;
    }
    return tags;
  }
}

/** Training options. */
export interface SeqTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Averaged weights below this magnitude are dropped (keeps the model small). */
  readonly prune: number;
  readonly log?: (line: string) => void;
}

/** Trains a tagger on instances with gold tags. */
export function trainSeq(
  labels: readonly string[],
  instances: readonly Instance[],
  options: SeqTrainOptions,
): SeqTagger {
  const L = labels.length;
  const index = new Map(labels.map((l, k) => [l, k]));
  const weights = new AveragedWeights<number>(L);
  const order = instances.map((_, i) => i);
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let count = 0;
    for (const idx of order) {
      const { features, tags: gold } = instances[idx]!;
      const guessed: string[] = [];
      let begun = 0;
      for (let i = 0; i < features.length; i++) {
        weights.tick();
        const prev = guessed[i - 1] ?? '<s>';
        const feats = [...features[i]!, ...tagFeatures(labels, prev, guessed[i - 2] ?? '<s>', begunBefore(guessed, begun))];
        const s = weights.scores(feats);
        const best = bestAllowed(s, labels, prev);
        const truth = index.get(reachableGold(prev, gold![i]!)) ?? 0;
        if (best !== truth) {
          errors++;
          weights.learn(feats, truth, best);
        }
        count++;
        // Teacher forcing would hide the tagger's own mistakes; it continues from what it guessed.
        guessed.push(labels[best]!);
        if (labels[best]!.startsWith('B-')) begun++;
      }
    }
    options.log?.(`epoch ${epoch + 1}: ${((1 - errors / Math.max(1, count)) * 100).toFixed(2)}% tokens right`);
  }
  const averaged = weights.averaged({ prune: options.prune, decimals: 1, order: (x, y) => x - y });
  return SeqTagger.fromMap(labels, averaged);
}
