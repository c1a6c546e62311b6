/**
 * An averaged ranking perceptron: picks one of several candidates (span boundaries), each
 * described by feature strings. Trained deterministically; weights rounded to one decimal.
 */

/** Weights: feature → score. */
export class Ranker {
  constructor(readonly weights: Map<string, number>) {}

  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  /** Index of the best candidate (the first on ties). */
  best(candidates: readonly (readonly string[])[]): number {
    let best = -1;
    let top = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const s = this.score(candidates[i]!);
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }
}

/** A ranker being trained (averaging by timestamps: cost per update, not per example). */
export class RankerTrainer {
  private readonly w = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly stamp = new Map<string, number>();
  private clock = 0;
  readonly live = new Ranker(this.w);

  private update(f: string, delta: number): void {
    const wf = this.w.get(f) ?? 0;
    this.total.set(f, (this.total.get(f) ?? 0) + (this.clock - (this.stamp.get(f) ?? 0)) * wf);
    this.stamp.set(f, this.clock);
    this.w.set(f, wf + delta);
  }

  /** One decision: predicts, and on a mistake moves towards the gold candidate. Returns the prediction. */
  learn(candidates: readonly (readonly string[])[], gold: number): number {
    this.clock++;
    const guess = this.live.best(candidates);
    if (guess !== gold) {
      for (const f of candidates[gold]!) this.update(f, 1);
      for (const f of candidates[guess]!) this.update(f, -1);
    }
    return guess;
  }

  /** The averaged, rounded and pruned ranker. */
  averaged(prune: number): Ranker {
    const out = new Map<string, number>();
    for (const f of [...this.w.keys()].sort()) {
      const t = this.total.get(f)! + (this.clock - this.stamp.get(f)!) * this.w.get(f)!;
      const v = Math.round((t / Math.max(1, this.clock)) * 10) / 10;
      if (Math.abs(v) >= prune) out.set(f, v);
    }
    return new Ranker(out);
  }
}
