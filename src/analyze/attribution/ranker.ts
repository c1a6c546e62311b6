/**
 * An averaged ranking perceptron: picks one of several candidates (span boundaries), each
 * described by numeric feature keys. Trained deterministically; weights rounded to one decimal.
 */
import { FeatureTable } from './hash.js';

/** Weights: feature → score, packed (`keys` ascending, `weights` in key order). */
export class Ranker {
  private readonly index: FeatureTable;

  constructor(
    readonly keys: Int32Array,
    readonly weights: Float32Array,
  ) {
    this.index = new FeatureTable(keys);
  }

  /** A ranker from a map of feature → weight. */
  static fromMap(map: ReadonlyMap<number, number>): Ranker {
    const keys = Int32Array.from([...map.keys()].sort((a, b) => a - b));
    return new Ranker(keys, Float32Array.from(keys, (k) => map.get(k)!));
  }

  score(features: readonly number[]): number {
    let s = 0;
    for (const f of features) {
      const slot = this.index.get(f);
      if (slot >= 0) s += this.weights[slot]!;
    }
    return s;
  }
}

/** A ranker being trained (averaging by timestamps: cost per update, not per example). */
export class RankerTrainer {
  private readonly w = new Map<number, number>();
  private readonly total = new Map<number, number>();
  private readonly stamp = new Map<number, number>();
  private clock = 0;

  private score(features: readonly number[]): number {
    let s = 0;
    for (const f of features) s += this.w.get(f) ?? 0;
    return s;
  }

  private update(f: number, delta: number): void {
    const wf = this.w.get(f) ?? 0;
    this.total.set(f, (this.total.get(f) ?? 0) + (this.clock - (this.stamp.get(f) ?? 0)) * wf);
    this.stamp.set(f, this.clock);
    this.w.set(f, wf + delta);
  }

  /** One decision: predicts, and on a mistake moves towards the gold candidate. Returns the prediction. */
  learn(candidates: readonly (readonly number[])[], gold: number): number {
    this.clock++;
    let guess = 0;
    let top = -Infinity;
    candidates.forEach((c, i) => {
      const s = this.score(c);
      if (s > top) {
        top = s;
        guess = i;
      }
    });
    if (guess !== gold) {
      for (const f of candidates[gold]!) this.update(f, 1);
      for (const f of candidates[guess]!) this.update(f, -1);
    }
    return guess;
  }

  /** The averaged, rounded and pruned ranker. */
  averaged(prune: number): Ranker {
    const out = new Map<number, number>();
    for (const f of [...this.w.keys()].sort((a, b) => a - b)) {
      const t = this.total.get(f)! + (this.clock - this.stamp.get(f)!) * this.w.get(f)!;
      const v = Math.round((t / Math.max(1, this.clock)) * 10) / 10;
      if (Math.abs(v) >= prune) out.set(f, v);
    }
    return Ranker.fromMap(out);
  }
}
