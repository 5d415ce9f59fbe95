/**
 * Stage `pipeline`: one report through every per-report stage, in the order the data needs it —
 * ingest (file → text) → sections and metadata → narrative (items, stated facts) → tables with
 * their identity checks — one call per stage, data in and data out (`analyzeDoc`). Produces the
 * `xxgk parse` contract object and the slim analysis that crosses threads and fills the cache.
 */

export type { ParseOptions, ReportAnalysis } from "./report.js";
export { analyzeDoc, analyzeFile, errorReport, legacyOut, parseReport, reportStatus, tablesOut } from "./report.js";
export type { SlimAnalysis } from "./slim.js";
export { slimAnalysis } from "./slim.js";
