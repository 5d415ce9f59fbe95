/**
 * Stage `similarity`: text similarity and boilerplate reuse between reports — near-duplicates
 * (MinHash + LSH, verified by exact Jaccard), TF-IDF neighbours, passage alignment, corpus
 * templates, the class of every reused span and boilerplate shares.
 */
export { compactText, NUMBER_CODE } from "./compact.js";
export type { CompactText } from "./compact.js";
export { maskMandated, mandatedPhrases, MANDATED_LEXICON_PATHS } from "./mandated.js";
export type { MandatedOptions, MandatedResult } from "./mandated.js";
export { shingleSet } from "./shingles.js";
export { minhashSignatures, estimateJaccard } from "./minhash.js";
export type { Signatures } from "./minhash.js";
export { lshCandidates } from "./lsh.js";
export type { LshOptions, LshResult } from "./lsh.js";
export { setOverlap, jaccardOfSets } from "./jaccard.js";
export type { SetOverlap } from "./jaccard.js";
export { findNearDuplicates } from "./near-duplicates.js";
export type {
  NearDuplicateCluster,
  NearDuplicateOptions,
  NearDuplicatePair,
  NearDuplicateResult,
} from "./near-duplicates.js";
export { tfidfIndex, tfidfCosine, topSimilar, similarityMatrix } from "./tfidf.js";
export type { MatrixOptions, SimilarDoc, SimilarityMatrix, TfidfIndex, TfidfOptions } from "./tfidf.js";
export { alignPassages } from "./passages.js";
export type { Passage, PassageOptions, ReuseKind } from "./passages.js";
export type { AlignOptions } from "./align.js";
export { findReuse } from "./reuse.js";
export type {
  ReportShare,
  ReuseCluster,
  ReuseOptions,
  ReusePassage,
  ReuseResult,
  ReuseSpan,
  SelfReuseRow,
  ShareCounts,
  SpanClass,
} from "./reuse.js";
export type { CandidateOptions } from "./candidates.js";
export type { SimilarityDoc } from "./types.js";
export {
  reuseClusterRows,
  reusePassageRows,
  reuseShareRows,
  reuseSpanRows,
  reuseSelfRows,
  reuseRowsToCsv,
  reuseRowsToJsonLines,
} from "./rows.js";
export type { ReuseRow } from "./rows.js";
export { generateSyntheticCorpus, scoreReuse, sentencePool } from "./synth.js";
export type { ReuseScore, SynthDoc, SynthOptions, SynthOrigin, SynthSentence } from "./synth.js";
