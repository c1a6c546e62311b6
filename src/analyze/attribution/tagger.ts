/**
 * A small greedy averaged-perceptron sequence tagger with its own label set, for the learned
 * attribution components (cues; sources and contents around a cue). Each token has static
 * features; the tags already given to the two tokens before are added as features at tagging time.
 * Trained deterministically: a seeded shuffle, fixed epochs, weights rounded to one decimal.
 */
import { seeded } from '../ner/perceptron.js';

/** One tagging instance: static features per token (and gold tags when training). */
export interface Instance {
  readonly features: readonly (readonly string[])[];
  readonly tags?: readonly string[];
}

/** IOB2 validity: `I-X` only after `B-X` or `I-X`. */
export function iobAllowed(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/** Tag features: the previous tag, and the two previous tags together. */
function tagFeatures(prev: string, prev2: string): string[] {
  return [`t-1=${prev}`, `t-2t-1=${prev2}|${prev}`];
}

/** Weights: feature → one weight per label, packed in one table (compact, fast to score). */
export class SeqTagger {
  /** Feature → offset of its weights in `table`. */
  private readonly index = new Map<string, number>();
  private readonly table: Float32Array;

  constructor(
    readonly labels: readonly string[],
    weights: ReadonlyMap<string, ArrayLike<number>>,
  ) {
    const L = labels.length;
    this.table = new Float32Array(weights.size * L);
    let at = 0;
    for (const [f, w] of weights) {
      this.index.set(f, at);
      for (let k = 0; k < L; k++) this.table[at + k] = w[k]!;
      at += L;
    }
  }

  /** Number of features with weights. */
  get size(): number {
    return this.index.size;
  }

  /** The weights of each feature, in feature order. */
  *entries(): Generator<[string, Float32Array]> {
    const L = this.labels.length;
    for (const f of [...this.index.keys()].sort()) {
      const at = this.index.get(f)!;
      yield [f, this.table.subarray(at, at + L)];
    }
  }

  private add(s: Float64Array, features: readonly string[]): void {
    const L = this.labels.length;
    const table = this.table;
    for (const f of features) {
      const at = this.index.get(f);
      if (at !== undefined) for (let k = 0; k < L; k++) s[k]! += table[at + k]!;
    }
  }

  /** Tags one instance left to right. */
  tag(instance: Instance): string[] {
    const L = this.labels.length;
    const tags: string[] = [];
    const n = instance.features.length;
    for (let i = 0; i < n; i++) {
      const prev = tags[i - 1] ?? '<s>';
      const s = new Float64Array(L);
      this.add(s, instance.features[i]!);
      this.add(s, tagFeatures(prev, tags[i - 2] ?? '<s>'));
      let best = -1;
      for (let k = 0; k < L; k++) if (iobAllowed(prev, this.labels[k]!) && (best < 0 || s[k]! > s[best]!)) best = k;
      tags.push(this.labels[best]!);
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
export function trainSeq(labels: readonly string[], instances: readonly Instance[], options: SeqTrainOptions): SeqTagger {
  const L = labels.length;
  const index = new Map(labels.map((l, k) => [l, k]));
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let clock = 0;
  const update = (f: string, k: number, delta: number): void => {
    let wf = w.get(f);
    if (!wf) {
      wf = new Float64Array(L);
      w.set(f, wf);
      total.set(f, new Float64Array(L));
      stamp.set(f, new Float64Array(L));
    }
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    tf[k]! += (clock - sf[k]!) * wf[k]!;
    sf[k] = clock;
    wf[k]! += delta;
  };
  const order = instances.map((_, i) => i);
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let count = 0;
    for (const idx of order) {
      const { features, tags: gold } = instances[idx]!;
      const guessed: string[] = [];
      for (let i = 0; i < features.length; i++) {
        clock++;
        const prev = guessed[i - 1] ?? '<s>';
        const feats = [...features[i]!, ...tagFeatures(prev, guessed[i - 2] ?? '<s>')];
        const s = new Float64Array(L);
        for (const f of feats) {
          const wf = w.get(f);
          if (wf) for (let k = 0; k < L; k++) s[k]! += wf[k]!;
        }
        let best = -1;
        for (let k = 0; k < L; k++) if (iobAllowed(prev, labels[k]!) && (best < 0 || s[k]! > s[best]!)) best = k;
        // After a wrong guess an I- tag may be out of reach: its B- tag is then the one to learn.
        const goldTag = iobAllowed(prev, gold![i]!) ? gold![i]! : `B-${gold![i]!.slice(2)}`;
        const truth = index.get(goldTag) ?? 0;
        if (best !== truth) {
          errors++;
          for (const f of feats) {
            update(f, truth, 1);
            update(f, best, -1);
          }
        }
        count++;
        // Teacher forcing would hide the tagger's own mistakes; it continues from what it guessed.
        guessed.push(labels[best]!);
      }
    }
    options.log?.(`epoch ${epoch + 1}: ${((1 - errors / Math.max(1, count)) * 100).toFixed(2)}% tokens right`);
  }
  const averaged = new Map<string, Float64Array>();
  for (const f of [...w.keys()].sort()) {
    const wf = w.get(f)!;
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    const avg = new Float64Array(L);
    let keep = false;
    for (let k = 0; k < L; k++) {
      const t = tf[k]! + (clock - sf[k]!) * wf[k]!;
      const v = Math.round((t / clock) * 10) / 10;
      if (Math.abs(v) >= options.prune) {
        avg[k] = v;
        keep = true;
      }
    }
    if (keep) averaged.set(f, avg);
  }
  return new SeqTagger(labels, averaged);
}

/** A tagger as plain JSON: feature → [labelIndex, weight, …] (non-zero weights only, sorted features). */
export function taggerToJson(tagger: SeqTagger): { labels: string[]; weights: Record<string, number[]> } {
  const weights: Record<string, number[]> = {};
  for (const [f, w] of tagger.entries()) {
    const sparse: number[] = [];
    w.forEach((v, k) => {
      if (v !== 0) sparse.push(k, Math.round(v * 10) / 10);
    });
    weights[f] = sparse;
  }
  return { labels: [...tagger.labels], weights };
}

/** The tagger a `taggerToJson` object describes. */
export function taggerFromJson(json: { labels: readonly string[]; weights: Readonly<Record<string, readonly number[]>> }): SeqTagger {
  const weights = new Map<string, Float64Array>();
  for (const [f, sparse] of Object.entries(json.weights)) {
    const w = new Float64Array(json.labels.length);
    for (let i = 0; i < sparse.length; i += 2) w[sparse[i]!] = sparse[i + 1]!;
    weights.set(f, w);
  }
  return new SeqTagger(json.labels, weights);
}
