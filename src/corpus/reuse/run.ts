/**
 * The corpus reuse core: near-duplicates and passage reuse over documents read on demand from a
 * `DocSource`, holding only small per-document summaries for the whole corpus.
 *
 * The passes (`passes/`), each loading documents in corpus order:
 * 1. scan — every document prepared once (compact form, mandated mask); kept: its MinHash
 *    signature (near-duplicates) and its winnowed fingerprints (reuse candidates).
 * 2. candidates — LSH bands (near-duplicates, filtered by the MinHash estimate); shared
 *    fingerprints with the `maxDf` star rule and all pairs of an agency (reuse).
 * 3. sweep — candidate pairs in blocks of A-side documents (pairs have `a < b`) that end at
 *    `blockDocs` documents or `blockBytes` of held data: the block's documents are loaded and
 *    their probe data (about 3.7 bytes per compact code) or shingle sets held; then every B-side partner is loaded once per block, its seed index
 *    built, and all its pairs with the block verified (exact Jaccard) or aligned. Passages are
 *    kept as typed columns in compact coordinates, ordered as the candidate pairs.
 * 4. near — the verified near-duplicate pairs and their connected clusters.
 * 5. documents — per document, its classes (mandated / self / shared) from its own passages:
 *    its shares, its self-reuse row, the text offsets of its passage ends and the prototypes of
 *    the clusters it is the source of. `spans()` and `passageRows()` load documents again each
 *    time they are iterated.
 */
import { InvalidInputError } from "../../errors.js";
import { MAX_DOCS } from "./candidates.js";
import { ranks } from "./order.js";
import { candidates, nearResult, reuseRun, sweep } from "./passes/index.js";
import { blockOptions, nearPlan, reusePlan } from "./plan.js";
import { checkSource } from "./source.js";
import type {
  CorpusSimilarity,
  CorpusSimilarityOptions,
  DocSource,
  NearDuplicateResult,
  ReuseRun,
  RunPlan,
} from "./types.js";

/**
 * Near-duplicates and reuse of a corpus whose documents are read on demand: the same results
 * as `findNearDuplicates(docs, {threshold: nearThreshold})` and `findReuse(docs, options)`, with
 * memory bounded by small per-document summaries (signature, fingerprints, shares), the aligned
 * passages as typed columns (about 40 bytes each) and one block (at most `blockBytes`) of documents'
 * alignment data. Near-duplicates use the whole texts and reuse's `maskMandated`/`mandated`.
 * Each document is loaded three times plus once per block before it (one block while the
 * corpus's alignment data fits `blockBytes`); `spans()` and
 * `passageRows()` load again when iterated, so the source must stay readable.
 * @param source document infos and `load(i)`
 * @returns near-duplicates, reuse summary, and generators of passages, spans and passage rows
 * @throws InvalidInputError for a malformed source or a `load` returning another document;
 *   InvalidOptionError for bad options
 * @example
 * const sim = corpusSimilarity(memorySource(docs));
 * for (const row of sim.passageRows()) out.write(JSON.stringify(row) + "\n");
 */
export function corpusSimilarity(source: DocSource, options: CorpusSimilarityOptions = {}): CorpusSimilarity {
  const fn = "corpusSimilarity";
  checkSource(source, fn);
  const plan: RunPlan = {
    fn,
    prep: { maskMandated: options.maskMandated ?? true, mandated: options.mandated ?? {} },
    near: nearPlan({ threshold: options.nearThreshold }, fn, "nearThreshold"),
    reuse: reusePlan(options, fn),
    ...blockOptions(options, fn),
  };
  const run = runCorpus(source, plan);
  const reuse = run.reuse!;
  const { clusters, shares, selfReuse, stats, diagnostics } = reuse;
  return {
    near: run.near!,
    reuse: { clusters, shares, selfReuse, stats, diagnostics },
    passages: () => reuse.passages(),
    spans: () => reuse.spans(),
    passageRows: () => reuse.passageRows(),
  };
}

/** Run the passes a plan asks for. */
export function runCorpus(
  source: DocSource,
  plan: RunPlan,
): { near: NearDuplicateResult | null; reuse: ReuseRun | null } {
  const infos = source.infos;
  const n = infos.length;
  if (n > MAX_DOCS) {
    throw new InvalidInputError(`similarity.${plan.fn}: at most ${MAX_DOCS} documents; found ${n}`);
  }
  const rank = ranks(infos);
  const cand = candidates(source, plan, rank);
  const swept = sweep(source, plan, cand.pairs, cand.verify);
  const near = plan.near === null ? null : nearResult(infos, swept.nearHits, cand.nearStats, cand.nearDiagnostics);
  const reuse =
    plan.reuse === null
      ? null
      : reuseRun(source, plan, plan.reuse, swept.passages, rank, cand.pairs.length / 2, cand.reuseDiagnostics);
  return { near, reuse };
}
