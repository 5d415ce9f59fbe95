/**
 * Candidate pairs for passage reuse: documents that share a winnowed fingerprint of their
 * seed shingles. A fingerprint carried by more than `maxDf` documents (corpus boilerplate) is
 * not expanded into all its pairs: each carrier is paired with the earliest carrier only.
 */
import { InvalidOptionError } from "../../errors.js";
import { SENTINEL_A, windowHashes, winnow } from "../../similarity/index.js";

/** Document numbers are packed below fingerprint hashes: `hash * POS + doc`. */
const POS = 2097152;

/** Most documents a corpus may have (document numbers must fit below `POS`). */
export const MAX_DOCS = POS - 1;

export interface CandidateOptions {
  /** Winnowing window, in seed shingles (default 8): exact shared runs of `seedSize + window - 1` codes always seed a pair. */
  readonly window?: number;
  /** Fingerprints carried by more documents than this are paired star-wise to their earliest carrier (default 32). */
  readonly maxDf?: number;
}

/** Resolved candidate options. */
export interface CandidateParams {
  readonly window: number;
  readonly maxDf: number;
}

/** Resolve and check the candidate options (`fn` names the public function in messages). */
export function candidateParams(options: CandidateOptions, fn: string): CandidateParams {
  const { window = 8, maxDf = 32 } = options;
  if (!Number.isInteger(window) || window < 1) {
    throw new InvalidOptionError(`similarity.${fn}: window must be an integer ≥ 1; found ${window}`);
  }
  if (!Number.isInteger(maxDf) || maxDf < 2) {
    throw new InvalidOptionError(`similarity.${fn}: maxDf must be an integer ≥ 2; found ${maxDf}`);
  }
  return { window, maxDf };
}

/**
 * Winnowed fingerprint hashes of one document, in text order (barriers break the windows).
 * @param cmp barrier-coded comparison codes (`barrierCodes`)
 */
export function fingerprints(cmp: Uint16Array, seedSize: number, window: number): Float64Array {
  const blocked = new Uint8Array(cmp.length);
  for (let i = 0; i < cmp.length; i++) if (cmp[i] === SENTINEL_A) blocked[i] = 1;
  const { hashes, valid } = windowHashes(cmp, seedSize, blocked);
  const picks = winnow(hashes, valid, window);
  const out = new Float64Array(picks.length);
  for (let i = 0; i < picks.length; i++) out[i] = hashes[picks[i] as number]!;
  return out;
}

const CHUNK = 1 << 20;

/**
 * The fingerprints of a corpus as entries `hash * 2^21 + doc`, added document by document:
 * 8 bytes per fingerprint, in chunks, so that nothing is copied while it grows.
 */
export class FingerprintTable {
  private readonly chunks: Float64Array[] = [];
  private current = new Float64Array(CHUNK);
  private at = 0;

  /** Add the fingerprints of document `doc`. */
  add(doc: number, hashes: Float64Array): void {
    for (let i = 0; i < hashes.length; i++) {
      if (this.at === CHUNK) {
        this.chunks.push(this.current);
        this.current = new Float64Array(CHUNK);
        this.at = 0;
      }
      this.current[this.at++] = hashes[i]! * POS + doc;
    }
  }

  /** All entries, sorted; the table is emptied (each chunk is let go as soon as it is copied). */
  sorted(): Float64Array {
    const all = new Float64Array(this.chunks.length * CHUNK + this.at);
    let to = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      all.set(this.chunks[c]!, to);
      to += CHUNK;
      this.chunks[c] = new Float64Array(0);
    }
    all.set(this.current.subarray(0, this.at), to);
    this.chunks.length = 0;
    this.current = new Float64Array(0);
    this.at = 0;
    return all.sort();
  }
}

/**
 * Candidate pairs for alignment.
 * @param entries sorted fingerprint entries of the corpus (`FingerprintTable.sorted`)
 * @param rank order of first appearance (lower = earlier) used to pick the star centre, one per document
 * @param sameGroup extra pairs always compared (e.g. all reports of one agency)
 * @returns flat pairs `[a0, b0, a1, b1, …]` with `a < b`, no repeats
 */
export function reuseCandidates(
  entries: Float64Array,
  rank: Int32Array,
  sameGroup: readonly (readonly number[])[],
  maxDf: number,
): Int32Array {
  const n = rank.length;
  const seen = new Set<number>();
  const out: number[] = [];
  const add = (a: number, b: number): void => {
    if (a === b) return;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(Math.min(a, b), Math.max(a, b));
  };
  emitGroups(entries, rank, maxDf, add);
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
