// MinHash signatures with LSH bands: near-duplicate candidates in sub-linear time (Broder 1997; Leskovec et
// al., Mining of Massive Datasets ch. 3). Hashes are 32-bit; band keys are integers below 2^53 (safe in JS,
// SQLite and PostgreSQL BIGINT).

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser): one hash function per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS: number[] = Array.from({ length: 128 }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The MinHash signature (k minima) of a set of 32-bit hashes; all 0xffffffff for an empty set. */
export function minhash(hashes: Iterable<number>, k: number): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (const x of hashes) {
    for (let i = 0; i < k; i++) {
      const v = mix(x, SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures of equal length. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** LSH band keys: `bands` keys of `rows` values each, tagged with `space` (0–255) so key spaces never collide. */
export function bandKeys(sig: Uint32Array, bands: number, rows: number, space: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = Math.imul(h ^ sig[b * rows + r]!, 0x01000193);
    // 8 bits of space, 8 bits of band, 32 bits of hash: below 2^48
    keys.push((space * 256 + b) * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

/** A signature as hex (8 characters a value). */
export function toHex(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

/** A signature from its hex form. */
export function fromHex(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length >> 3);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}
