// 32-bit hashing of the tagger's features without building strings: a word is hashed once from its character
// codes, and a feature is its template number mixed with the hashes it reads ("previous word is «président»"
// = mix(PW, hash("président"))). Two features colliding in 2^32 is rare enough to ignore.

/** FNV-1a offset basis: the start of every hash. */
const BASIS = 0x811c9dc5;

/** Final avalanche (murmur3 fmix32): spreads every input bit over the result. */
export function fin(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of `s[from, to)` from its character codes (no substring is made). */
export function hashRange(s: string, from: number, to: number): number {
  let h = BASIS;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fin(h);
}

/** Hash of a whole string. */
export function hashStr(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Feature of template `t` over one value. Never 0 (0 marks an empty slot in the model's table). */
export function f1(t: number, a: number): number {
  return fin(Math.imul(t + 1, 0x9e3779b1) ^ a) || 1;
}

/** Feature of template `t` over two values. */
export function f2(t: number, a: number, b: number): number {
  return fin(Math.imul(fin(Math.imul(t + 1, 0x9e3779b1) ^ a) ^ 0x5bd1e995, 0x01000193) ^ b) || 1;
}

/** Open-addressing table from feature hash to weight row: built once from the model's keys. */
export class FeatureTable {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  constructor(keys: ArrayLike<number>) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]!;
      let s = k & this.mask;
      while (this.keys[s] !== 0 && this.keys[s] !== k) s = (s + 1) & this.mask;
      this.keys[s] = k;
      this.rows[s] = r;
    }
  }
  /** The row of feature `k`, or -1. */
  get(k: number): number {
    let s = k & this.mask;
    for (;;) {
      const x = this.keys[s]!;
      if (x === k) return this.rows[s]!;
      if (x === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}
