/**
 * Numeric feature keys for the learned attribution components: strings hashed once per token,
 * templates and values mixed into small integers (faster map keys than feature strings).
 */

/** A 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A feature: its template number and up to four values mixed into a 30-bit key (small integers
 * are fast map keys; collisions among a few hundred thousand features are negligible).
 */
export function feature(template: number, a = 0, b = 0, c = 0, d = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x01000193);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h ^ d, 0x01000193);
  h ^= h >>> 16;
  return h & 0x3fffffff;
}

/** An open-addressing table from numeric feature keys to their slot (position in `keys`). */
export class FeatureTable {
  private readonly slots: Int32Array;
  private readonly stored: Int32Array;
  private readonly mask: number;

  constructor(readonly keys: Int32Array) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.stored = new Int32Array(size);
    keys.forEach((key, i) => {
      let h = Math.imul(key, 0x9e3779b1) & this.mask;
      while (this.slots[h] !== -1) h = (h + 1) & this.mask;
      this.slots[h] = i;
      this.stored[h] = key;
    });
  }

  /** The slot of `key`, or -1. */
  get(key: number): number {
    let h = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const i = this.slots[h]!;
      if (i === -1 || this.stored[h] === key) return i;
      h = (h + 1) & this.mask;
    }
  }
}
