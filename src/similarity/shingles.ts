/**
 * Character shingles of the comparison form, hashed to 32-bit integers, and winnowed
 * fingerprints (Schleimer, Wilkerson and Aiken 2003) for seeding passage alignment.
 */
import type { CompactText } from "./compact.js";

const BASE = 0x01000193;

/** Murmur3's 32-bit finaliser: spreads the bits of a rolling hash. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hash every window of `k` codes. `out[i]` is the hash of `codes[i, i+k)`; windows that
 * touch a position where `blocked[i] !== 0` get `valid[i] = 0`.
 * @returns hashes and validity flags, both of length `max(0, length - k + 1)`
 */
export function windowHashes(
  codes: Uint16Array,
  k: number,
  blocked: Uint8Array | null = null,
): { hashes: Uint32Array; valid: Uint8Array } {
  const n = codes.length - k + 1;
  if (n <= 0) return { hashes: new Uint32Array(0), valid: new Uint8Array(0) };
  const hashes = new Uint32Array(n);
  const valid = new Uint8Array(n);
  let pow = 1;
  for (let i = 1; i < k; i++) pow = Math.imul(pow, BASE);
  let h = 0;
  let lastBlocked = -1;
  for (let i = 0; i < codes.length; i++) {
    if (i >= k) h = (h - Math.imul(codes[i - k]!, pow)) | 0;
    h = (Math.imul(h, BASE) + codes[i]!) | 0;
    if (blocked !== null && blocked[i] !== 0) lastBlocked = i;
    const w = i - k + 1;
    if (w >= 0) {
      hashes[w] = mix32(h + k);
      valid[w] = lastBlocked < w ? 1 : 0;
    }
  }
  return { hashes, valid };
}

/**
 * The distinct hashed shingles of a compact text, sorted ascending (a set for exact Jaccard).
 * @param blocked positions (e.g. mandated text) that no shingle may touch
 */
export function shingleSet(ct: CompactText, k: number, blocked: Uint8Array | null = null): Uint32Array {
  const { hashes, valid } = windowHashes(ct.codes, k, blocked);
  const tmp = new Uint32Array(hashes.length);
  let m = 0;
  for (let i = 0; i < hashes.length; i++) if (valid[i] === 1) tmp[m++] = hashes[i]!;
  return uniqueSorted(tmp.subarray(0, m));
}

/** Sort a copy of `a` and drop repeats. */
export function uniqueSorted(a: Uint32Array): Uint32Array {
  const s = Uint32Array.from(a).sort();
  let m = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[m - 1]) s[m++] = s[i]!;
  return s.slice(0, m);
}

/**
 * Winnowing: in every window of `w` consecutive valid shingles keep the smallest hash
 * (rightmost on ties). Any shared run of `w + k - 1` codes shares at least one fingerprint.
 * @returns positions (indices into `hashes`) of the fingerprints, ascending
 */
export function winnow(hashes: Uint32Array, valid: Uint8Array, w: number): Int32Array {
  const out: number[] = [];
  const n = hashes.length;
  let runStart = 0;
  while (runStart < n) {
    while (runStart < n && valid[runStart] === 0) runStart++;
    let runEnd = runStart;
    while (runEnd < n && valid[runEnd] === 1) runEnd++;
    winnowRun(hashes, runStart, runEnd, w, out);
    runStart = runEnd;
  }
  return Int32Array.from(out);
}

/** Winnow one run of valid shingles `[from, to)` with a monotone deque. */
function winnowRun(hashes: Uint32Array, from: number, to: number, w: number, out: number[]): void {
  if (to - from <= 0) return;
  if (to - from <= w) {
    let best = from;
    for (let i = from; i < to; i++) if (hashes[i]! <= hashes[best]!) best = i;
    out.push(best);
    return;
  }
  const dq = new Int32Array(to - from);
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let i = from; i < to; i++) {
    while (tail > head && hashes[dq[tail - 1] as number]! >= hashes[i]!) tail--;
    dq[tail++] = i;
    if (dq[head]! <= i - w) head++;
    if (i - from >= w - 1) {
      const pick = dq[head]!;
      if (pick !== last) {
        out.push(pick);
        last = pick;
      }
    }
  }
}
