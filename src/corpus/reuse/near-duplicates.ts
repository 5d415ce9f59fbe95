/**
 * Near-duplicate documents: MinHash + LSH candidates, verified by exact Jaccard. The computation
 * is `runCorpus`'s (run.ts); `findNearDuplicates` runs it over documents in memory.
 */
import { checkDocs, checkSection, type SimilarityDoc } from "../../similarity/index.js";
import { blockOptions, nearPlan } from "./plan.js";
import { runCorpus } from "./run.js";
import { sourceOf } from "./source.js";
import type { NearDuplicateOptions, NearDuplicateResult } from "./types.js";

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
    ...blockOptions({}, fn),
  }).near!;
}
