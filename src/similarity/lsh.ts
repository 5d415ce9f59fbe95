/**
 * Locality-sensitive hashing over MinHash signatures (banding): documents whose signatures
 * agree on all rows of at least one band become candidate pairs. A bucket with more than
 * `maxBucket` documents (a large copy cluster) is not expanded into all its pairs: each member
 * is paired with the bucket's first document only, and the bucket is returned as a group.
 */
import { InvalidOptionError } from "../errors.js";
import type { Signatures } from "./minhash.js";
import { mix32 } from "./shingles.js";

export interface LshOptions {
  /** Number of bands (default 42). `bands * rows` must not exceed the signature length. */
  readonly bands?: number;
  /** Rows per band (default 3): with 42 × 3, a pair at Jaccard 0.5 is a candidate with probability 0.996. */
  readonly rows?: number;
  /** Buckets larger than this are paired to their first member only (default 64). */
  readonly maxBucket?: number;
}

export interface LshResult {
  /** Candidate pairs, flat: `pairs[2i] < pairs[2i+1]`, document indices, no repeats. */
  readonly pairs: Int32Array;
  /** Buckets larger than `maxBucket`, as ascending document indices (not expanded into pairs). */
  readonly groups: readonly Int32Array[];
}

/** Key of one band of one signature; empty signatures never collide (returns -1). */
function bandKey(sig: Signatures, d: number, band: number, rows: number): number {
  const at = d * sig.numHashes + band * rows;
  if (sig.values[at] === 0xffffffff) return -1;
  let h = band + 1;
  for (let r = 0; r < rows; r++) h = mix32((Math.imul(h, 31) + sig.values[at + r]!) | 0);
  return h;
}

/** Document indices sorted by their band key (empty signatures left out). */
function sortedByKey(sig: Signatures, band: number, rows: number): { keys: Float64Array; m: number } {
  const n = sig.count;
  const keys = new Float64Array(n);
  let m = 0;
  for (let d = 0; d < n; d++) {
    const k = bandKey(sig, d, band, rows);
    if (k >= 0) keys[m++] = k * 2097152 + d;
  }
  const sorted = keys.subarray(0, m).sort();
  return { keys: sorted, m };
}

/**
 * Candidate pairs by LSH banding.
 * @param sig signatures from `minhashSignatures`
 * @returns pairs (flat, ascending within a pair) and the large buckets
 * @throws InvalidOptionError when `bands * rows` exceeds the signature length
 */
export function lshCandidates(sig: Signatures, options: LshOptions = {}): LshResult {
  const { bands = 42, rows = 3, maxBucket = 64 } = options;
  if (bands * rows > sig.numHashes || bands < 1 || rows < 1) {
    throw new InvalidOptionError(
      `similarity.lshCandidates: bands × rows must be between 1 and the signature length ${sig.numHashes}; found ${bands} × ${rows}`,
    );
  }
  if (sig.count >= 2097152) {
    throw new InvalidOptionError(`similarity.lshCandidates: at most 2097151 documents; found ${sig.count}`);
  }
  const seen = new Set<number>();
  const out: number[] = [];
  const groups = new Map<string, Int32Array>();
  const add = (a: number, b: number): void => {
    const key = a < b ? a * sig.count + b : b * sig.count + a;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(Math.min(a, b), Math.max(a, b));
  };
  for (let band = 0; band < bands; band++) {
    const { keys, m } = sortedByKey(sig, band, rows);
    let i = 0;
    while (i < m) {
      const key = Math.floor(keys[i]! / 2097152);
      let j = i + 1;
      while (j < m && Math.floor(keys[j]! / 2097152) === key) j++;
      emitBucket(keys, i, j, maxBucket, add, groups);
      i = j;
    }
  }
  return { pairs: Int32Array.from(out), groups: [...groups.values()] };
}

function emitBucket(
  keys: Float64Array,
  from: number,
  to: number,
  maxBucket: number,
  add: (a: number, b: number) => void,
  groups: Map<string, Int32Array>,
): void {
  const size = to - from;
  if (size < 2) return;
  const doc = (i: number): number => keys[i]! % 2097152;
  if (size <= maxBucket) {
    for (let x = from; x < to; x++) for (let y = x + 1; y < to; y++) add(doc(x), doc(y));
    return;
  }
  const members = new Int32Array(size);
  for (let x = from; x < to; x++) members[x - from] = doc(x);
  members.sort();
  const first = members[0]!;
  for (let x = 1; x < size; x++) add(first, members[x]!);
  const id = `${first}:${size}:${members[size - 1]}`;
  if (!groups.has(id)) groups.set(id, members);
}
