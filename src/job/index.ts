/**
 * The `xxgk analyze` job: inputs → the per-report line on worker threads (with a per-file time and
 * memory limit, and a cache of per-report results) → the corpus steps → the dataset, written
 * atomically with `xxgk-run.json` last. `loadCorpus` runs the same read and corpus steps in memory.
 */

export type { AnalyzeOptions, AnalyzeResult } from "./analyze.js";
export { analyzeCorpus } from "./analyze.js";
export type { CorpusAnalysis, CorpusResult } from "./load.js";
export { loadCorpus, loadSimilarityDocs } from "./load.js";
export type { PoolOptions, PoolResult } from "./pool.js";
export { AnalysisPool } from "./pool.js";
export type { LoadOptions, Progress } from "./read.js";
export type { InputResult, RunInputsOptions } from "./run-inputs.js";
export { analyzeInputs, sha256File } from "./run-inputs.js";
