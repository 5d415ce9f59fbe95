/**
 * Candidate pairs for passage reuse: documents that share a winnowed fingerprint of their
 * seed shingles. A fingerprint carried by more than `maxDf` documents (corpus boilerplate) is
 * not expanded into all its pairs: each carrier is paired with the earliest carrier only.
 */
import { InvalidOptionError } from "../errors.js";
import type { AlignData, AlignParams } from "./align.js";
import { SENTINEL_A } from "./compact.js";
import { windowHashes, winnow } from "./shingles.js";

const POS = 2097152;

export interface CandidateOptions {
  /** Winnowing window, in seed shingles (default 8): exact shared runs of `seedSize + window - 1` codes always seed a pair. */
  readonly window?: number;
  /** Fingerprints carried by more documents than this are paired star-wise to their earliest carrier (default 32). */
  readonly maxDf?: number;
}

/** Winnowed fingerprint hashes of one document, in text order (barriers break the windows). */
function fingerprints(data: AlignData, params: AlignParams, window: number): Float64Array {
  const cmp = data.cmp;
  const blocked = new Uint8Array(cmp.length);
  for (let i = 0; i < cmp.length; i++) if (cmp[i] === SENTINEL_A) blocked[i] = 1;
  const { hashes, valid } = windowHashes(cmp, params.seedSize, blocked);
  const picks = winnow(hashes, valid, window);
  const out = new Float64Array(picks.length);
  for (let i = 0; i < picks.length; i++) out[i] = hashes[picks[i] as number]!;
  return out;
}

/**
 * Candidate pairs for alignment.
 * @param data alignment data of the documents (null ones are skipped)
 * @param rank order of first appearance (lower = earlier) used to pick the star centre
 * @param sameGroup extra pairs always compared (e.g. all reports of one agency)
 * @returns flat pairs `[a0, b0, a1, b1, …]` with `a < b`, no repeats
 */
export function reuseCandidates(
  data: ReadonlyArray<AlignData | null>,
  rank: Int32Array,
  params: AlignParams,
  sameGroup: readonly (readonly number[])[],
  options: CandidateOptions = {},
): Int32Array {
  const { window = 8, maxDf = 32 } = options;
  if (!Number.isInteger(window) || window < 1) {
    throw new InvalidOptionError(`similarity.findReuse: window must be an integer ≥ 1; found ${window}`);
  }
  if (!Number.isInteger(maxDf) || maxDf < 2) {
    throw new InvalidOptionError(`similarity.findReuse: maxDf must be an integer ≥ 2; found ${maxDf}`);
  }
  const n = data.length;
  const lists: Float64Array[] = [];
  let total = 0;
  data.forEach((p, d) => {
    if (p === null) return;
    const fp = fingerprints(p, params, window);
    const entries = new Float64Array(fp.length);
    for (let i = 0; i < fp.length; i++) entries[i] = fp[i]! * POS + d;
    lists.push(entries);
    total += entries.length;
  });
  const all = new Float64Array(total);
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  const seen = new Set<number>();
  const out: number[] = [];
  const add = (a: number, b: number): void => {
    if (a === b) return;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(Math.min(a, b), Math.max(a, b));
  };
  emitGroups(all, rank, maxDf, add);
  for (const g of sameGroup)
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) add(g[i]!, g[j]!);
  return Int32Array.from(out);
}

/** Walk fingerprint groups: small ones give all pairs, large ones a star around the earliest carrier. */
function emitGroups(all: Float64Array, rank: Int32Array, maxDf: number, add: (a: number, b: number) => void): void {
  let i = 0;
  const docs: number[] = [];
  while (i < all.length) {
    const h = Math.floor(all[i]! / POS);
    docs.length = 0;
    let j = i;
    while (j < all.length && Math.floor(all[j]! / POS) === h) {
      const d = all[j]! % POS;
      if (docs.length === 0 || docs[docs.length - 1] !== d) docs.push(d);
      j++;
    }
    if (docs.length <= maxDf) {
      for (let x = 0; x < docs.length; x++) for (let y = x + 1; y < docs.length; y++) add(docs[x]!, docs[y]!);
    } else {
      let centre = docs[0]!;
      for (const d of docs) if (rank[d]! < rank[centre]!) centre = d;
      for (const d of docs) add(centre, d);
    }
    i = j;
  }
}
