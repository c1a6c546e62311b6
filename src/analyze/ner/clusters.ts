/**
 * Word clusters for the NER model, computed at training time from unlabeled text: each frequent
 * word gets a bit-string path in a binary tree (like Brown clusters), so that prefixes of several
 * lengths give classes from coarse to fine. Words are described by their neighbours (positive PMI
 * of the words one and two to the left and right), projected to a few dimensions with a seeded
 * random matrix, and split recursively in two by spherical 2-means. Deterministic: same text, same paths.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { seeded } from '../learn/averaged.js';

/** Clustering settings. */
export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  readonly minCount: number;
  /** The most frequent words (lower case) that serve as context dimensions. */
  readonly contextWords: number;
  /** Dimensions of the projection. */
  readonly dims: number;
  /** Depth of the tree (bit-string length). */
  readonly depth: number;
  /** Clusters smaller than this are not split further. */
  readonly minSize: number;
  readonly seed: number;
}

export const CLUSTERING: ClusterOptions = {
  minCount: 3,
  contextWords: 1200,
  dims: 96,
  depth: 14,
  minSize: 4,
  seed: 20240611,
};

/** How a word is looked up in the cluster table: digits folded to 0. */
export const clusterKey = (w: string): string => w.replace(/\d/g, '0').replace(/[’]/g, "'");

/** Splits running text into CoNLL-like tokens ("Putin's" → "Putin", "'s"; "U.S." kept). */
export function tokenize(text: string): string[] {
  return (
    text.match(
      /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-&.'’](?!s\b)[\p{L}\p{M}]+)*|['’]s\b|\p{N}+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{N}]/gu,
    ) ?? []
  );
}

/** Token sequences of the unlabeled texts a folder tree holds (`.txt` raw text, `.conll` first or second column, `.xml` tokens). */
export function readUnlabeled(paths: readonly string[]): string[][] {
  const out: string[][] = [];
  const visit = (p: string): void => {
    let entries: string[] | null = null;
    try {
      entries = readdirSync(p).sort();
    } catch {
      entries = null;
    }
    if (entries) {
      for (const e of entries) visit(path.join(p, e));
      return;
    }
    const text = readFileSync(p, 'utf8');
    if (p.endsWith('.xml')) {
      const toks = [...text.matchAll(/<token[^>]*>([^<]*)<\/token>/g)].map((m) => unescapeXml(m[1]!));
      if (toks.length) out.push(toks);
      // Running text in sentence elements (WikiWeasel's <Sentence>), tags inside them dropped.
      else
        for (const m of text.matchAll(/<Sentence[^>]*>([\s\S]*?)<\/Sentence>/g)) {
          const sentence = tokenize(unescapeXml(m[1]!.replace(/<[^>]+>/g, '')));
          if (sentence.length) out.push(sentence);
        }
    } else if (p.endsWith('.conll') || /eng\.train$/.test(p)) {
      let sent: string[] = [];
      for (const line of text.split('\n')) {
        const cols = line.trim().split(/\s+/);
        if (cols[0] === '' || cols[0] === '-DOCSTART-') {
          if (sent.length) out.push(sent);
          sent = [];
        } else sent.push(p.endsWith('.conll') ? (cols[1] ?? cols[0]!) : cols[0]!);
      }
      if (sent.length) out.push(sent);
    } else if (p.endsWith('.txt')) {
      for (const para of text.split(/\n+/)) {
        const toks = tokenize(para);
        if (toks.length) out.push(toks);
      }
    }
  };
  for (const p of paths) visit(p);
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Computes cluster paths ("0110…") for the frequent words of the given token sequences. */
export function buildClusters(
  texts: readonly (readonly string[])[],
  options: ClusterOptions = CLUSTERING,
): Map<string, string> {
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  for (const t of texts)
    for (const raw of t) {
      const w = clusterKey(raw);
      counts.set(w, (counts.get(w) ?? 0) + 1);
      const l = w.toLowerCase();
      lowerCounts.set(l, (lowerCounts.get(l) ?? 0) + 1);
    }
  const byFreq = (m: Map<string, number>): string[] =>
    [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const vocab = byFreq(counts).filter((w) => counts.get(w)! >= options.minCount);
  const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
  const ctxWords = byFreq(lowerCounts).slice(0, options.contextWords);
  const ctxIndex = new Map(ctxWords.map((w, i) => [w, i]));
  const C = ctxWords.length + 1; // the last is "any other word"
  const OFFSETS = [-2, -1, 1, 2];
  // Sparse co-occurrence counts: per vocabulary word, (slot·C + context) → count.
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  for (const t of texts) {
    const ids = t.map((w) => vocabIndex.get(clusterKey(w)) ?? -1);
    const cids = t.map((w) => ctxIndex.get(clusterKey(w).toLowerCase()) ?? C - 1);
    for (let i = 0; i < t.length; i++) {
      const v = ids[i]!;
      if (v < 0) continue;
      const row = cooc[v]!;
      OFFSETS.forEach((o, slot) => {
        const j = i + o;
        const c = j < 0 || j >= t.length ? C - 1 : cids[j]!;
        const key = slot * C + c;
        row.set(key, (row.get(key) ?? 0) + 1);
      });
    }
  }
  // Positive PMI (context counts smoothed by ^0.75), as a sparse matrix.
  const K = OFFSETS.length * C;
  const colTotals = new Float64Array(K);
  for (const row of cooc) for (const [k, n] of row) colTotals[k]! += n;
  let smoothed = 0;
  for (let k = 0; k < K; k++) {
    colTotals[k] = colTotals[k]! ** 0.75;
    smoothed += colTotals[k]!;
  }
  const N = vocab.length;
  const rowStart = new Int32Array(N + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let v = 0; v < N; v++) {
    const row = cooc[v]!;
    let rowTotal = 0;
    for (const n of row.values()) rowTotal += n;
    for (const k of [...row.keys()].sort((a, b) => a - b)) {
      const pmi = Math.log((row.get(k)! * smoothed) / (rowTotal * colTotals[k]!));
      if (pmi > 0) {
        cols.push(k);
        vals.push(pmi);
      }
    }
    rowStart[v + 1] = cols.length;
  }
  // Word vectors: the rows projected on the top right-singular subspace (randomised range finder).
  const D = options.dims;
  const random = seeded(options.seed);
  let Z: Float64Array = new Float64Array(K * D);
  for (let i = 0; i < Z.length; i++) Z[i] = random() - 0.5;
  const times = (Zm: Float64Array): Float64Array => {
    const Y = new Float64Array(N * D);
    for (let v = 0; v < N; v++)
      for (let j = rowStart[v]!; j < rowStart[v + 1]!; j++) {
        const k = cols[j]!;
        const x = vals[j]!;
        for (let d = 0; d < D; d++) Y[v * D + d]! += x * Zm[k * D + d]!;
      }
    return Y;
  };
  const timesT = (Y: Float64Array): Float64Array => {
    const Zm = new Float64Array(K * D);
    for (let v = 0; v < N; v++)
      for (let j = rowStart[v]!; j < rowStart[v + 1]!; j++) {
        const k = cols[j]!;
        const x = vals[j]!;
        for (let d = 0; d < D; d++) Zm[k * D + d]! += x * Y[v * D + d]!;
      }
    return Zm;
  };
  orthonormalise(Z, K, D);
  for (let it = 0; it < 3; it++) {
    const Y = times(Z);
    orthonormalise(Y, N, D);
    Z = timesT(Y);
    orthonormalise(Z, K, D);
  }
  const X = times(Z);
  for (let v = 0; v < N; v++) normalise(X, v * D, D);
  // Recursive spherical 2-means.
  const paths = new Array<string>(N).fill('');
  const split = (members: number[], prefix: string, depth: number): void => {
    for (const m of members) paths[m] = prefix;
    if (depth >= options.depth || members.length < options.minSize) return;
    const [left, right] = twoMeans(X, D, members);
    if (left.length === 0 || right.length === 0) return;
    split(left, `${prefix}0`, depth + 1);
    split(right, `${prefix}1`, depth + 1);
  };
  split(
    vocab.map((_, i) => i),
    '',
    0,
  );
  const out = new Map<string, string>();
  vocab.forEach((w, i) => {
    if (paths[i]) out.set(w, paths[i]!);
  });
  return out;
}

/** Modified Gram-Schmidt on the D columns of a row-major rows×D matrix. */
function orthonormalise(A: Float64Array, rows: number, D: number): void {
  for (let c = 0; c < D; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += A[r * D + c]! * A[r * D + p]!;
      for (let r = 0; r < rows; r++) A[r * D + c]! -= dot * A[r * D + p]!;
    }
    let n = 0;
    for (let r = 0; r < rows; r++) n += A[r * D + c]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let r = 0; r < rows; r++) A[r * D + c]! /= n;
  }
}

function normalise(X: Float64Array, at: number, D: number): void {
  let n = 0;
  for (let d = 0; d < D; d++) n += X[at + d]! * X[at + d]!;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < D; d++) X[at + d]! /= n;
}

/** Splits members in two: the principal direction's sign to start, then spherical 2-means. */
function twoMeans(X: Float64Array, D: number, members: readonly number[]): [number[], number[]] {
  const mean = new Float64Array(D);
  for (const m of members) for (let d = 0; d < D; d++) mean[d]! += X[m * D + d]!;
  for (let d = 0; d < D; d++) mean[d]! /= members.length;
  // Power iteration for the principal direction of the centred points.
  let dir = new Float64Array(D);
  for (let d = 0; d < D; d++) dir[d] = 1 / Math.sqrt(D) + (d % 2 ? 0.01 : -0.01);
  for (let it = 0; it < 8; it++) {
    const next = new Float64Array(D);
    for (const m of members) {
      let p = 0;
      for (let d = 0; d < D; d++) p += (X[m * D + d]! - mean[d]!) * dir[d]!;
      for (let d = 0; d < D; d++) next[d]! += p * (X[m * D + d]! - mean[d]!);
    }
    normalise(next, 0, D);
    dir = next;
  }
  let side = members.map((m) => {
    let p = 0;
    for (let d = 0; d < D; d++) p += (X[m * D + d]! - mean[d]!) * dir[d]!;
    return p >= 0;
  });
  for (let it = 0; it < 6; it++) {
    const c0 = new Float64Array(D);
    const c1 = new Float64Array(D);
    members.forEach((m, i) => {
      const c = side[i] ? c1 : c0;
      for (let d = 0; d < D; d++) c[d]! += X[m * D + d]!;
    });
    normalise(c0, 0, D);
    normalise(c1, 0, D);
    let changed = 0;
    const next = members.map((m, i) => {
      let a = 0;
      let b = 0;
      for (let d = 0; d < D; d++) {
        a += X[m * D + d]! * c0[d]!;
        b += X[m * D + d]! * c1[d]!;
      }
      const s = b > a;
      if (s !== side[i]) changed++;
      return s;
    });
    side = next;
    if (changed === 0) break;
  }
  const left: number[] = [];
  const right: number[] = [];
  members.forEach((m, i) => {
    (side[i] ? right : left).push(m);
  });
  return [left, right];
}
