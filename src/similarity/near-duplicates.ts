/**
 * Near-duplicate documents: MinHash + LSH candidates, verified by exact Jaccard. The computation
 * is `runCorpus`'s (corpus.ts); `findNearDuplicates` runs it over documents in memory.
 */
import type { Diagnostic } from "../types.js";
import { blockDocsOption, nearPlan, runCorpus } from "./corpus.js";
import type { LshOptions } from "./lsh.js";
import {
  type PrepareOptions,
  type PreparedDoc,
  checkDocs,
  checkSection,
  prepareDiagnostic,
  prepareDoc,
} from "./prepare.js";
import { sourceOf } from "./source.js";
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
    const diagnostic = prepareDiagnostic(d.id, p, options);
    if (diagnostic !== null) diagnostics.push(diagnostic);
    return p;
  });
  return { prepared, diagnostics };
}

/**
 * Find near-duplicate reports (or sections): documents whose shingle sets, after masking the
 * text mandated by the national format, have exact Jaccard similarity ≥ `threshold`.
 * `corpusSimilarity` gives the same pairs for documents loaded on demand.
 * @param docs documents as plain data
 * @returns verified pairs (sorted by similarity, then ids), connected clusters, counts and diagnostics
 * @throws InvalidInputError for malformed documents or repeated ids; InvalidOptionError for bad options
 */
export function findNearDuplicates(
  docs: readonly SimilarityDoc[],
  options: NearDuplicateOptions = {},
): NearDuplicateResult {
  const fn = "findNearDuplicates";
  checkDocs(docs, fn);
  checkSection(options.section, fn);
  const { shingleSize, maskMandated, mandated, section } = options;
  return runCorpus(sourceOf(docs), {
    fn,
    prep: { shingleSize, maskMandated, mandated, section },
    near: nearPlan(options, fn),
    reuse: null,
    blockDocs: blockDocsOption(undefined, fn),
  }).near!;
}
