/**
 * Stage `dataset`: everything that writes the research dataset — records (full and slim), the
 * one-pass writer of the CSV, JSON Lines, DuckDB and Parquet tables, the reuse files, the codebook,
 * index.html and its summary figures, atomic files and sinks, and the spill files of a run.
 */

export { AtomicSink, tempPath, writeFileAtomic } from "./atomic.js";
export type { FileDoc } from "./codebook.js";
export { renderCodebook } from "./codebook.js";
export type { TableData, TableDef, ViewDef } from "./database.js";
export { DatabaseWriter, VIEWS, writeDatabase } from "./database.js";
export { FILES, TABLES } from "./files.js";
export type { FigureSpec, HtmlSection } from "./html-report.js";
export { escapeHtml, renderHtmlReport, scriptJson } from "./html-report.js";
export { isAggregate, itemRecords, reportId, slimRecord, toRecord } from "./records.js";
export type { ReuseOutput } from "./reuse-files.js";
export { reuseFiles } from "./reuse-files.js";
export { SpillFile } from "./spill.js";
export { htmlSummary, plotlyBundle } from "./summary.js";
export type { SpilledRun } from "./write.js";
export { type WriteOptions, writeOutputs } from "./write.js";
