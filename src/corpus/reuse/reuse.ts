/**
 * Corpus-level reuse: passages between reports, clusters of reused text, the class of every
 * reused span (mandated / self / shared), boilerplate shares per report and section, and the
 * "same problems every year" share per agency and year. The computation is `runCorpus`'s
 * (run.ts); `findReuse` runs it over documents in memory.
 */
import { checkDocs, type SimilarityDoc } from "../../similarity/index.js";
import { blockOptions, reusePlan } from "./plan.js";
import { runCorpus } from "./run.js";
import { sourceOf } from "./source.js";
import type { ReuseOptions, ReuseResult } from "./types.js";

/**
 * Find reused text across a corpus of reports.
 * Candidate pairs come from shared winnowed fingerprints (a fingerprint carried by more than
 * `maxDf` reports pairs each carrier with the earliest one only) plus every pair of reports of
 * one agency; each candidate pair is aligned (see `alignPassages`); passages are linked into
 * template clusters; every reused span is classified as `mandated` (national format text),
 * `self` (found in the same agency's report of another year) or `shared` (another agency's),
 * in that order of precedence. All passages and spans are materialised; for a corpus that does
 * not fit in memory use `corpusSimilarity` (same values, documents loaded on demand).
 * @param docs reports as plain data (`agency_id` and `year` drive self-reuse; `sections` the per-section shares)
 * @returns passages, clusters, classified spans, shares per report, self-reuse per agency-year, counts
 * @throws InvalidInputError for malformed documents; InvalidOptionError for bad options
 */
export function findReuse(docs: readonly SimilarityDoc[], options: ReuseOptions = {}): ReuseResult {
  const fn = "findReuse";
  checkDocs(docs, fn);
  const run = runCorpus(sourceOf(docs), {
    fn,
    prep: { maskMandated: options.maskMandated ?? true, mandated: options.mandated ?? {} },
    near: null,
    reuse: reusePlan(options, fn),
    ...blockOptions({}, fn),
  }).reuse!;
  const { clusters, shares, selfReuse, stats, diagnostics } = run;
  return { passages: [...run.passages()], clusters, spans: [...run.spans()], shares, selfReuse, stats, diagnostics };
}
