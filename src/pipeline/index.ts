/** Stage `pipeline`: per-report analysis, the worker pool, and the corpus job (`xxgk analyze`). */
export { analyzeDoc, analyzeFile, errorReport, parseReport, reportStatus, tablesOut } from "./report.js";
export type { ParseOptions, ReportAnalysis } from "./report.js";
export { AnalysisPool } from "./pool.js";
export type { PoolOptions, PoolResult } from "./pool.js";
export { analyzeInputs, sha256File } from "./run-inputs.js";
export type { InputResult, RunInputsOptions } from "./run-inputs.js";
export type { SlimAnalysis } from "./slim.js";
export { analyzeCorpus, loadCorpus, loadSimilarityDocs } from "./analyze.js";
export type { AnalyzeOptions, AnalyzeResult, CorpusAnalysis, CorpusResult, LoadOptions, Progress } from "./analyze.js";
export { corpusSteps, finishRecord, similarityDocs, tablesOf } from "./corpus.js";
export type { CorpusOptions, CorpusSteps } from "./corpus.js";
export { escapeHtml, renderHtmlReport, scriptJson } from "./html-report.js";
export type { FigureSpec, HtmlSection } from "./html-report.js";
export { renderCodebook } from "./codebook.js";
export { VIEWS, writeDatabase } from "./database.js";
export { writeFileAtomic } from "./atomic.js";
export { isAggregate, markDuplicates, reportId, slimRecord } from "./records.js";
export { reuseFiles } from "./reuse-files.js";
