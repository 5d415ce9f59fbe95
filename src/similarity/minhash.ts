/**
 * MinHash signatures by one-permutation hashing with densification (Shrivastava 2017):
 * one pass over a document's hashed shingles fills all `numHashes` slots, instead of one
 * pass per hash function. Slots compare like classic MinHash: the share of equal slots
 * estimates the Jaccard similarity of the shingle sets.
 */
import { InvalidOptionError } from "../errors.js";
import { mix32 } from "./shingles.js";

/** Marks a slot that no shingle fell into (before densification). */
const EMPTY = 0xffffffff;

/** Signatures of many documents, `numHashes` slots each, in one flat array. */
export interface Signatures {
  readonly numHashes: number;
  /** `values[d * numHashes + s]`: slot `s` of document `d`. */
  readonly values: Uint32Array;
  /** Number of documents. */
  readonly count: number;
}

/** Seed of the hash family used by default. */
export const MINHASH_SEED = 0x5eed;

/** Fill one signature (`k` slots at `out[at…]`) from a set of 32-bit shingle hashes. */
export function fillSignature(set: Uint32Array, seed: number, out: Uint32Array, at: number, k: number): void {
  out.fill(EMPTY, at, at + k);
  for (let i = 0; i < set.length; i++) {
    const h = mix32((set[i]! ^ seed) >>> 0);
    const slot = at + (h % k);
    const v = mix32((h + 0x9e3779b9) | 0);
    if (v < out[slot]!) out[slot] = v;
  }
  if (set.length === 0) return;
  densify(out, at, k);
}

/** Fill empty slots from the nearest originally filled slot to the right (circularly), shifted by the distance. */
function densify(out: Uint32Array, at: number, k: number): void {
  const orig = out.slice(at, at + k);
  for (let s = 0; s < k; s++) {
    if (orig[s] !== EMPTY) continue;
    for (let d = 1; d < k; d++) {
      const v = orig[(s + d) % k]!;
      if (v === EMPTY) continue;
      const x = mix32((v + Math.imul(d, 0x27d4eb2d)) | 0);
      out[at + s] = x === EMPTY ? EMPTY - 1 : x;
      break;
    }
  }
}

/**
 * MinHash signatures of shingle sets (one-permutation hashing, densified).
 * @param sets hashed shingle sets (e.g. from `shingleSet`), one per document
 * @param options `numHashes` slots per signature (default 126), `seed` for the hash family
 * @returns all signatures in one typed array; an empty set gets all slots `0xffffffff`
 * @throws InvalidOptionError for a non-positive `numHashes`
 */
export function minhashSignatures(
  sets: readonly Uint32Array[],
  { numHashes = 126, seed = MINHASH_SEED }: { numHashes?: number; seed?: number } = {},
): Signatures {
  if (!Number.isInteger(numHashes) || numHashes <= 0) {
    throw new InvalidOptionError(
      `similarity.minhashSignatures: numHashes must be a positive integer; found ${numHashes}`,
    );
  }
  const values = new Uint32Array(sets.length * numHashes);
  sets.forEach((set, d) => {
    fillSignature(set, seed, values, d * numHashes, numHashes);
  });
  return { numHashes, values, count: sets.length };
}

/**
 * Estimated Jaccard similarity of documents `a` and `b`: the share of equal slots.
 * Two empty documents estimate 0.
 */
export function estimateJaccard(sig: Signatures, a: number, b: number): number {
  const k = sig.numHashes;
  const v = sig.values;
  let eq = 0;
  let empty = 0;
  for (let s = 0; s < k; s++) {
    const x = v[a * k + s]!;
    if (x === EMPTY) empty++;
    else if (x === v[b * k + s]) eq++;
  }
  return empty === k ? 0 : eq / k;
}
