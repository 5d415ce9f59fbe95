/**
 * The main job: a folder of reports → a research dataset. Streams inputs through the worker pool
 * (bounded memory per report, both cores), caches per-report results, then runs the corpus-level
 * steps (duplicates, reuse, cross-year rules) and writes every output atomically, `xxgk-run.json` last.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  CELL_COLUMNS,
  FACT_COLUMNS,
  ITEM_COLUMNS,
  MANIFEST_COLUMNS,
  REPORT_COLUMNS,
  RULE_COLUMNS,
  type ReportRecord,
  type Row,
  type Column,
  csvHeader,
  csvRow,
  factRows,
  iterateCellRows,
  itemRows,
  reportRows,
  ruleRows,
  toCSV,
} from "../frames/index.js";
import { OUT_DIR, PROJECT_ROOT } from "../paths.js";
import type { ReportStatus } from "../types.js";
import { tempPath, writeChunksAtomic, writeFileAtomic } from "./atomic.js";
import { ReportCache, optionsKey } from "./cache.js";
import { type FileDoc, renderCodebook } from "./codebook.js";
import { type CorpusResult, corpusSteps, similarityDocs } from "./corpus.js";
import type { SimilarityDoc } from "../similarity/index.js";
import { type TableData, VIEWS, writeDatabase } from "./database.js";
import { htmlSummary } from "./summary.js";
import { markDuplicates, reportId, toRecord } from "./records.js";
import { type RunInputsOptions, analyzeInputs } from "./run-inputs.js";
import type { SlimAnalysis } from "./slim.js";

export interface LoadOptions extends Omit<RunInputsOptions, "lookup"> {
  /** Directory of the per-report cache; null for none (default `out/.cache` of the project). */
  readonly cacheDir?: string | null;
  /** Called after every input with the running counts. */
  readonly onProgress?: (p: Progress) => void;
  /**
   * Keep the per-report analyses (normalised text, sections, narrative) in the result (default true,
   * for notebooks). The analyze job drops them after the corpus steps to free memory.
   */
  readonly keepAnalyses?: boolean;
}

export interface AnalyzeOptions extends Omit<LoadOptions, "cacheDir"> {
  /** Output directory. */
  readonly out: string;
  /** Use and fill the per-report cache in `<out>/.cache` (default true). */
  readonly cache?: boolean;
}

export interface Progress {
  readonly done: number;
  readonly total: number | null;
  readonly cached: number;
  readonly status: Readonly<Record<ReportStatus, number>>;
  readonly current: string;
}

/** A corpus read and analysed: the records (duplicates marked), the analyses and the corpus-level results. */
export interface CorpusAnalysis {
  readonly records: readonly ReportRecord[];
  /** Per-report analyses (normalised text, sections, narrative) by report id. */
  readonly analyses: ReadonlyMap<string, SlimAnalysis>;
  readonly corpus: CorpusResult;
  /** Groups of report ids that are one report; the first is counted. */
  readonly duplicateGroups: readonly string[][];
  /** One row per input (see MANIFEST_COLUMNS). */
  readonly manifest: readonly Row[];
  readonly status: Readonly<Record<ReportStatus, number>>;
  readonly cached: number;
  /** True when the signal stopped the run before every input was read. */
  readonly interrupted: boolean;
  /** Wall-clock milliseconds: reading every report (all per-report stages), then the corpus-level steps. */
  readonly timings: { readonly read: number; readonly corpus: number };
}

export interface AnalyzeResult {
  readonly inputs: number;
  readonly status: Readonly<Record<ReportStatus, number>>;
  readonly cached: number;
  readonly duplicates: number;
  readonly files: readonly string[];
  /** True when the signal stopped the run before all inputs were read; no output was replaced then. */
  readonly interrupted: boolean;
  /** Wall-clock milliseconds per phase: read (per-report stages), corpus (reuse, duplicates, cross-year), write. */
  readonly timings: { readonly read: number; readonly corpus: number; readonly write: number };
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}

/**
 * Read and analyse every report under `inputs` (files or directories) and run the corpus-level
 * steps. The library entry point for notebooks: `await loadCorpus(paths.corpusDir())`.
 */
export async function loadCorpus(
  inputs: string | readonly string[],
  options: LoadOptions = {},
): Promise<CorpusAnalysis> {
  const list = typeof inputs === "string" ? [inputs] : inputs;
  const { cacheDir = join(OUT_DIR, ".cache"), onProgress, keepAnalyses = true, ...runOptions } = options;
  const version = await packageVersion();
  const cache =
    cacheDir === null ? null : new ReportCache(cacheDir, optionsKey({ ocr: runOptions.ocr !== false }, version));
  const roots = list.map((p) => resolve(p));
  const status: Record<ReportStatus, number> = { ok: 0, partial: 0, error: 0 };
  const records: ReportRecord[] = [];
  const analyses = new Map<string, SlimAnalysis>();
  const manifest: Row[] = [];
  let cached = 0;
  let done = 0;
  const cachedPaths = new Set<string>();
  const t0 = performance.now();
  for await (const r of analyzeInputs(list, {
    ...runOptions,
    lookup:
      cache === null
        ? undefined
        : async (path, sha) => {
            const hit = await cache.get(path, sha);
            if (hit !== null) cachedPaths.add(path);
            return hit;
          },
  })) {
    const id = reportId(resolve(r.path), roots);
    const wasCached = cachedPaths.has(r.path);
    if (wasCached) cached++;
    else if (cache !== null && r.analysis !== null) await cache.put(r.analysis);
    if (r.analysis !== null) analyses.set(id, r.analysis);
    records.push(toRecord(id, r.report, r.analysis));
    status[r.report.status]++;
    manifest.push({
      input: r.path,
      report_id: id,
      sha256: r.report.sha256,
      bytes: r.analysis?.doc.bytes ?? null,
      format: r.report.format,
      status: r.report.status,
      reason: r.report.status === "ok" ? null : reasonOf(r.report.diagnostics),
      duplicate_of: null,
      cached: wasCached,
    });
    done++;
    onProgress?.({ done, total: null, cached, status: { ...status }, current: r.path });
  }
  const interrupted = options.signal?.aborted === true;
  const t1 = performance.now();
  const corpus = interrupted ? corpusSteps([], analyses) : corpusSteps(records, analyses);
  const { records: marked, groups } = markDuplicates(interrupted ? records : corpus.records, corpus.nearDuplicates);
  const dup = new Map(marked.map((r) => [r.id, r.duplicate_of]));
  if (!keepAnalyses) analyses.clear();
  return {
    records: marked,
    analyses,
    corpus,
    duplicateGroups: groups,
    manifest: manifest.map((m) => ({ ...m, duplicate_of: dup.get(String(m.report_id)) ?? null })),
    status,
    cached,
    interrupted,
    timings: { read: t1 - t0, corpus: performance.now() - t1 },
  };
}

/** Run the whole job. Resolves when every output is in place (or, when interrupted, without touching them). */
export async function analyzeCorpus(inputs: readonly string[], options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { out, cache = true, ...loadOptions } = options;
  const outDir = resolve(out);
  await mkdir(outDir, { recursive: true });
  const c = await loadCorpus(inputs, {
    ...loadOptions,
    cacheDir: cache ? join(outDir, ".cache") : null,
    keepAnalyses: false,
  });
  const base = { inputs: c.records.length, status: c.status, cached: c.cached };
  if (c.interrupted)
    return { ...base, duplicates: 0, files: [], interrupted: true, timings: { ...c.timings, write: 0 } };
  const t = performance.now();
  const files = await writeOutputs(outDir, c, await packageVersion());
  const timings = { ...c.timings, write: performance.now() - t };
  return {
    ...base,
    duplicates: c.records.filter((r) => r.duplicate_of !== null).length,
    files,
    interrupted: false,
    timings,
  };
}

function reasonOf(diagnostics: readonly { severity: string; code: string; message: string }[]): string | null {
  const worst = diagnostics.filter((d) => d.severity === "error");
  const list = (worst.length > 0 ? worst : diagnostics.filter((d) => d.severity === "warning")).slice(0, 3);
  return list.length === 0 ? null : list.map((d) => `${d.code}: ${d.message}`).join("; ");
}

const FILES: readonly FileDoc[] = [
  {
    file: "manifest.csv",
    en: "Every input file, one row each (inputs in = rows out), with its status and, when not ok, the reason.",
    zh: "每个输入文件一行（输入数 = 行数），含状态及非 ok 的原因。",
    columns: MANIFEST_COLUMNS,
  },
  {
    file: "reports.jsonl",
    en: "The `xxgk parse` object of every input (schema/parsed-report.schema.json).",
    zh: "每个输入的 `xxgk parse` 结果（JSON Lines）。",
  },
  {
    file: "reports.csv / reports.parquet",
    en: "One row per report: metadata, status, counts and reuse shares.",
    zh: "每份报告一行：元数据、状态、计数与复用比例。",
    columns: REPORT_COLUMNS,
  },
  {
    file: "cells.csv / cells.parquet",
    en: "One row per table cell (tables 2, 3, 4).",
    zh: "每个表格单元格一行（表二、表三、表四）。",
    columns: CELL_COLUMNS,
  },
  {
    file: "rules.csv / rules.parquet",
    en: "One row per accounting-identity check (勾稽关系) and cross-year check.",
    zh: "每项勾稽关系检查（含跨年度检查）一行。",
    columns: RULE_COLUMNS,
  },
  {
    file: "items.csv / items.parquet",
    en: "Problems and improvements of section 五, one row per item.",
    zh: "第五部分的问题与改进措施，每条一行。",
    columns: ITEM_COLUMNS,
  },
  {
    file: "facts.csv / facts.parquet",
    en: "Figures stated in prose (mostly section 一), one row per figure.",
    zh: "正文（主要是第一部分）所述数字，每项一行。",
    columns: FACT_COLUMNS,
  },
  {
    file: "duplicates.csv",
    en: "Groups of inputs that are the same report (same bytes, or same agency and year with near-identical text); the first is counted.",
    zh: "同一报告的多个副本分组，第一个计入统计。",
  },
  {
    file: "reuse/",
    en: "Text reuse: passages.jsonl (aligned passages, start/end in both reports, identity, self or shared, cluster), clusters.csv (template passages: prototype, reports, agencies, years, first appearance), spans.jsonl (every reused span classed mandated, self or shared), shares.csv (per report and section), self-reuse.csv (the 'same problems every year' share).",
    zh: "文本复用：passages.jsonl（对齐段落）、clusters.csv（模板聚类）、spans.jsonl（复用片段及类别）、shares.csv（各报告及各部分复用比例）、self-reuse.csv（“年年同样问题”比例）。",
  },
  {
    file: "xxgk.duckdb",
    en: "The same tables in a DuckDB database, with the views below.",
    zh: "DuckDB 数据库，含下列视图。",
  },
  { file: "index.html", en: "Self-contained summary (opens offline).", zh: "离线可打开的汇总页面。" },
  {
    file: "xxgk-run.json",
    en: "Written last: the files of this complete run with their SHA-256 and the counts.",
    zh: "最后写入：本次完整运行的文件清单、SHA-256 与计数。",
  },
];

/** CSV in chunks of about a thousand lines. */
function* csvChunks(rows: Iterable<Row>, columns: readonly Column[]): Generator<string, void, undefined> {
  yield csvHeader(columns);
  let chunk = "";
  let n = 0;
  for (const row of rows) {
    chunk += csvRow(row, columns);
    if (++n % 1000 === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

async function writeOutputs(outDir: string, c: CorpusAnalysis, version: string): Promise<string[]> {
  const { records, manifest, duplicateGroups: groups, corpus } = c;
  const runFile = join(outDir, "xxgk-run.json");
  await rm(runFile, { force: true }); // outputs are incomplete until it is written again
  const written = new Map<string, string>();
  const put = async (name: string, data: string | Uint8Array): Promise<void> => {
    await writeFileAtomic(join(outDir, name), data);
    written.set(name, createHash("sha256").update(data).digest("hex"));
  };
  const cells: Iterable<Row> = { [Symbol.iterator]: () => iterateCellRows(records) };
  const tables: TableData[] = [
    { name: "reports", columns: REPORT_COLUMNS, rows: reportRows(records) },
    { name: "cells", columns: CELL_COLUMNS, rows: cells },
    { name: "rules", columns: RULE_COLUMNS, rows: [...ruleRows(records), ...corpus.crossYearRows] },
    { name: "items", columns: ITEM_COLUMNS, rows: itemRows(records) },
    { name: "facts", columns: FACT_COLUMNS, rows: factRows(records) },
  ];
  await put("manifest.csv", toCSV(manifest, MANIFEST_COLUMNS));
  const stream = async (name: string, chunks: Iterable<string>): Promise<void> => {
    written.set(name, await writeChunksAtomic(join(outDir, name), chunks));
  };
  await stream(
    "reports.jsonl",
    (function* () {
      for (const r of records) yield `${JSON.stringify(r.report)}\n`;
    })(),
  );
  for (const t of tables) await stream(`${t.name}.csv`, csvChunks(t.rows, t.columns));
  await put(
    "duplicates.csv",
    toCSV(
      groups.flatMap((g, i) => g.map((id, j) => ({ group: i + 1, report_id: id, counted: j === 0 }))),
      [
        { name: "group", type: "integer", en: "", zh: "" },
        { name: "report_id", type: "string", en: "", zh: "" },
        { name: "counted", type: "boolean", en: "", zh: "" },
      ],
    ),
  );
  for (const [name, text] of corpus.reuseFiles) await put(`reuse/${name}`, text);
  // DuckDB and Parquet: built under temporary names, then moved into place
  const { rename } = await import("node:fs/promises");
  const dbTmp = tempPath(join(outDir, "xxgk.duckdb"));
  const parquetTmp = new Map(tables.map((t) => [t.name, tempPath(join(outDir, `${t.name}.parquet`))]));
  try {
    await writeDatabase(dbTmp, tables, VIEWS, (name) => parquetTmp.get(name) ?? join(outDir, `${name}.parquet`));
    for (const [name, tmp] of parquetTmp) {
      const data = await readFile(tmp);
      await rename(tmp, join(outDir, `${name}.parquet`));
      written.set(`${name}.parquet`, createHash("sha256").update(data).digest("hex"));
    }
    await rename(dbTmp, join(outDir, "xxgk.duckdb"));
    written.set("xxgk.duckdb", "not byte-stable (query results are)");
  } finally {
    await rm(dbTmp, { force: true });
    await rm(`${dbTmp}.wal`, { force: true });
    for (const tmp of parquetTmp.values()) await rm(tmp, { force: true });
  }
  await put("codebook.md", renderCodebook(FILES, VIEWS, version));
  await put("index.html", await htmlSummary(records, corpus, version));
  const counts = { inputs: records.length, ok: 0, partial: 0, error: 0, duplicates: 0 };
  for (const r of records) {
    counts[r.report.status]++;
    if (r.duplicate_of !== null) counts.duplicates++;
  }
  const files = [...written.keys()].sort();
  await writeFileAtomic(
    runFile,
    `${JSON.stringify({ version, complete: true, counts, files: Object.fromEntries(files.map((f) => [f, written.get(f)])) }, null, 2)}\n`,
  );
  return [...files, "xxgk-run.json"];
}

/**
 * The reports under `path` as documents for the similarity stage, read through the whole pipeline
 * (normalised text, sections, agency and year), with the project cache.
 */
export async function loadSimilarityDocs(path: string, options: LoadOptions = {}): Promise<SimilarityDoc[]> {
  const c = await loadCorpus(path, options);
  return similarityDocs(c.records, c.analyses);
}
