/** Near-duplicate documents: MinHash + LSH candidates, verified by exact Jaccard. */
import { InvalidOptionError } from "../errors.js";
import type { Diagnostic } from "../types.js";
import { UnionFind } from "./clusters.js";
import { setOverlap } from "./jaccard.js";
import { type LshOptions, lshCandidates } from "./lsh.js";
import { estimateJaccard, minhashSignatures } from "./minhash.js";
import { type PrepareOptions, type PreparedDoc, checkDocs, checkSection, prepareDoc } from "./prepare.js";
import type { SimilarityDoc } from "./types.js";

export interface NearDuplicateOptions extends PrepareOptions, LshOptions {
  /** Smallest exact Jaccard similarity reported (default 0.5). */
  readonly threshold?: number;
  /** MinHash slots per document (default 126). */
  readonly numHashes?: number;
  /** Candidates whose MinHash estimate is below `threshold - slack` are dropped unverified (default 0.15). */
  readonly slack?: number;
}

/** A verified near-duplicate pair. */
export interface NearDuplicatePair {
  readonly a: string;
  readonly b: string;
  /** Exact Jaccard similarity of the masked shingle sets. */
  readonly jaccard: number;
  /** Share of A's shingles found in B. */
  readonly containmentAB: number;
  /** Share of B's shingles found in A. */
  readonly containmentBA: number;
}

/** A connected group of near-duplicates (pairs inside it are not all listed when it is large). */
export interface NearDuplicateCluster {
  readonly members: readonly string[];
}

export interface NearDuplicateResult {
  readonly pairs: readonly NearDuplicatePair[];
  readonly clusters: readonly NearDuplicateCluster[];
  /** How many candidate pairs LSH produced and how many were verified exactly. */
  readonly stats: { readonly candidates: number; readonly verified: number; readonly largeBuckets: number };
  readonly diagnostics: readonly Diagnostic[];
}

/** Prepare all documents; those without the requested section become diagnostics. */
export function prepareAll(
  docs: readonly SimilarityDoc[],
  options: PrepareOptions,
): { prepared: Array<PreparedDoc | null>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const prepared = docs.map((d) => {
    const p = prepareDoc(d, options);
    if (p === null) {
      diagnostics.push({
        code: "similarity.section_missing",
        severity: "info",
        message: `document "${d.id}" has no section "${options.section}"; it is left out of the comparison`,
      });
    } else if (p.set.length === 0 && options.shingles !== false) {
      diagnostics.push({
        code: "similarity.empty",
        severity: "info",
        message: `document "${d.id}" has no text outside mandated text to compare; it matches nothing`,
      });
    }
    return p;
  });
  return { prepared, diagnostics };
}

/**
 * Find near-duplicate reports (or sections): documents whose shingle sets, after masking the
 * text mandated by the national format, have exact Jaccard similarity ≥ `threshold`.
 * @param docs documents as plain data
 * @returns verified pairs (sorted by similarity, then ids), connected clusters, counts and diagnostics
 * @throws InvalidInputError for malformed documents or repeated ids; InvalidOptionError for bad options
 */
export function findNearDuplicates(
  docs: readonly SimilarityDoc[],
  options: NearDuplicateOptions = {},
): NearDuplicateResult {
  checkDocs(docs, "findNearDuplicates");
  checkSection(options.section, "findNearDuplicates");
  const { threshold = 0.5, numHashes = 126, slack = 0.15 } = options;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new InvalidOptionError(`similarity.findNearDuplicates: threshold must be in (0, 1]; found ${threshold}`);
  }
  const { prepared, diagnostics } = prepareAll(docs, options);
  const empty = new Uint32Array(0);
  const sets = prepared.map((p) => p?.set ?? empty);
  const sig = minhashSignatures(sets, { numHashes });
  const cand = lshCandidates(sig, options);
  const uf = new UnionFind(docs.length);
  const pairs: NearDuplicatePair[] = [];
  let verified = 0;
  for (let i = 0; i < cand.pairs.length; i += 2) {
    const a = cand.pairs[i]!;
    const b = cand.pairs[i + 1]!;
    if (estimateJaccard(sig, a, b) < threshold - slack) continue;
    verified++;
    const o = setOverlap(sets[a]!, sets[b]!);
    if (o.jaccard === null || o.jaccard < threshold) continue;
    uf.union(a, b);
    pairs.push({
      a: docs[a]!.id,
      b: docs[b]!.id,
      jaccard: o.jaccard,
      containmentAB: o.containmentAB!,
      containmentBA: o.containmentBA!,
    });
  }
  pairs.sort((x, y) => y.jaccard - x.jaccard || cmp(x.a, y.a) || cmp(x.b, y.b));
  const stats = { candidates: cand.pairs.length / 2, verified, largeBuckets: cand.groups.length };
  return { pairs, clusters: clustersOf(docs, (x) => uf.find(x)), stats, diagnostics };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Connected components of size ≥ 2, members in input order, clusters by first member. */
function clustersOf(docs: readonly SimilarityDoc[], find: (x: number) => number): NearDuplicateCluster[] {
  const byRoot = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const r = find(i);
    const list = byRoot.get(r) ?? [];
    list.push(d.id);
    byRoot.set(r, list);
  });
  return [...byRoot.values()].filter((m) => m.length >= 2).map((members) => ({ members }));
}
