/**
 * Stage `corpus`: the steps that need many reports — near-duplicates and text reuse (`reuse/`:
 * passages, template clusters, classified spans, shares), duplicate marking, the cross-year checks
 * of an agency's consecutive reports, and specificity scored against the whole corpus — and the
 * completion of every report's record with their results (`finishRecord`).
 */

export { crossYearRows, tablesOf } from "./cross-year.js";
export { chainLink, legacyChainRows } from "./legacy-chain.js";
export { hasText, similarityDocs } from "./documents.js";
export { markDuplicates } from "./duplicates.js";
export * from "./reuse/index.js";
export type { CorpusOptions, CorpusSteps } from "./steps.js";
export { corpusSteps, finishRecord } from "./steps.js";
