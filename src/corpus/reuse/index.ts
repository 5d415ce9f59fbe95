/**
 * Near-duplicates and text reuse over a whole corpus, built on the measures of `similarity`:
 * `findNearDuplicates` and `findReuse` for documents in memory, `corpusSimilarity(source)` for
 * documents read on demand (the same values). The core runs numbered passes (`passes/`, see
 * `run.ts`); the types are in `types.ts`; the outputs as rows and CSV/JSON Lines in `rows.ts`.
 */

export type { CandidateOptions } from "./candidates.js";
export { findNearDuplicates } from "./near-duplicates.js";
export { findReuse } from "./reuse.js";
export {
  REUSE_COLUMNS,
  reuseClusterRows,
  reusePassageRows,
  reuseRowsToCsv,
  reuseRowsToJsonLines,
  reuseSelfRows,
  reuseShareRows,
  reuseSpanRows,
} from "./rows.js";
export { corpusSimilarity } from "./run.js";
export { memorySource } from "./source.js";
export type {
  CorpusReuse,
  CorpusSimilarity,
  CorpusSimilarityOptions,
  DocInfo,
  DocSource,
  NearDuplicateCluster,
  NearDuplicateOptions,
  NearDuplicatePair,
  NearDuplicateResult,
  ReportShare,
  ReuseCluster,
  ReuseOptions,
  ReusePassage,
  ReuseResult,
  ReuseRow,
  ReuseSpan,
  SelfReuseRow,
  ShareCounts,
  SpanClass,
} from "./types.js";
