/**
 * Near-duplicate detection: word 5-gram shingles, MinHash signatures (seeded, deterministic) and
 * locality-sensitive hashing into bands, so that wire copies are found without comparing every
 * pair of articles.
 */

const PRIME = 4294967311; // > 2^32
const PERMUTATIONS = 64;
const BANDS = 16;
const ROWS = PERMUTATIONS / BANDS;

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const COEFFS = Array.from({ length: PERMUTATIONS }, (_, i) => [fnv1a(`a${i}`) | 1, fnv1a(`b${i}`)] as const);

/** Hashed word 5-grams of a text (lower case, punctuation dropped). */
export function shingles(text: string, n = 5): Set<number> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<number>();
  if (words.length < n) {
    if (words.length) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(fnv1a(words.slice(i, i + n).join(' ')));
  return out;
}

/** The MinHash signature of a shingle set. */
export function minhash(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const [a, b] = COEFFS[i]!;
      // (a*x + b) mod p, computed in two halves to stay within double precision.
      const v = ((((a * (x >>> 16)) % PRIME) * 65536 + a * (x & 0xffff) + b) % PRIME) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Band keys of a signature: articles sharing any band are candidate duplicates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join('.')}`);
  return keys;
}
