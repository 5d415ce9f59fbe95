/**
 * The main job: a folder of reports → a research dataset. Streams inputs through the worker pool
 * (bounded memory per report, both cores), caches per-report results, then runs the corpus-level
 * steps (duplicates, reuse, cross-year rules) and writes every output atomically, `xxgk-run.json` last.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  CELL_COLUMNS,
  type Column,
  FACT_COLUMNS,
  ITEM_COLUMNS,
  MANIFEST_COLUMNS,
  REPORT_COLUMNS,
  RULE_COLUMNS,
  type ReportRecord,
  type Row,
  csvHeader,
  csvRow,
  factRows,
  iterateCellRows,
  itemRows,
  reportRows,
  ruleRows,
  toCSV,
} from "../frames/index.js";
import { SpecificityCorpus } from "../narrative/index.js";
import { OUT_DIR, PROJECT_ROOT } from "../paths.js";
import type { DocInfo, DocSource, ReuseResult, SimilarityDoc } from "../similarity/index.js";
import type { Diagnostic, ReportStatus, Sections } from "../types.js";
import { AtomicSink, tempPath, writeFileAtomic } from "./atomic.js";
import { ReportCache, optionsKey } from "./cache.js";
import { type FileDoc, renderCodebook } from "./codebook.js";
import { type CorpusSteps, corpusSteps, finishRecord, hasText, similarityDocs } from "./corpus.js";
import { DatabaseWriter, VIEWS } from "./database.js";
import { markDuplicates, reportId, slimRecord, toRecord } from "./records.js";
import { reuseFiles } from "./reuse-files.js";
import { type RunInputsOptions, analyzeInputs } from "./run-inputs.js";
import type { SlimAnalysis } from "./slim.js";
import { SpillFile } from "./spill.js";
import { htmlSummary } from "./summary.js";

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

/** The corpus-level results of a corpus held in memory. */
export interface CorpusResult {
  /** Pairs of report ids whose texts are near-identical (containment ≥ 0.9), for duplicate marking. */
  readonly nearDuplicates: readonly (readonly [string, string])[];
  /** Rule rows of the corpus-level checks (carried_forward(y) = carried_over(y+1), stock-flow). */
  readonly crossYearRows: readonly Row[];
  /** The reuse analysis; null when no report had text. */
  readonly reuse: ReuseResult | null;
  readonly diagnostics: readonly Diagnostic[];
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

/** What the read phase keeps: slim records and manifest rows in memory, the rest in spill files. */
interface ReadResult {
  /** Slim record (`slimRecord`) of every input, in input order. */
  readonly slim: ReportRecord[];
  /** Manifest row of every input (duplicate_of still null), by input number. */
  readonly manifest: SpillFile<Row>;
  /** The full record of every input, by input number, before the corpus results. */
  readonly records: SpillFile<ReportRecord>;
  /** Text and sections of every report with text, by document number (`infos`). */
  readonly texts: SpillFile<{ readonly text: string; readonly sections: Sections }>;
  readonly infos: DocInfo[];
  /** Every problem and improvement item, for specificity. */
  readonly items: SpecificityCorpus;
  /** Per-report analyses by report id (only with `keepAnalyses`). */
  readonly analyses: Map<string, SlimAnalysis>;
  readonly status: Record<ReportStatus, number>;
  readonly cached: number;
  readonly interrupted: boolean;
}

/** The similarity documents of a read corpus, loaded one at a time from its spill file. */
function docSource(run: ReadResult): DocSource {
  return {
    infos: run.infos,
    load: (i): SimilarityDoc => ({ ...run.infos[i]!, ...run.texts.get(i) }),
  };
}

/**
 * Read every input through the worker pool (or the cache) in input order. Memory keeps a slim
 * record and a manifest row per input; the full record and the text go to spill files in `work`.
 */
async function readCorpus(
  inputs: readonly string[],
  options: LoadOptions,
  work: string,
  version: string,
): Promise<ReadResult> {
  const { cacheDir = join(OUT_DIR, ".cache"), onProgress, keepAnalyses = true, ...runOptions } = options;
  const cache =
    cacheDir === null ? null : new ReportCache(cacheDir, optionsKey({ ocr: runOptions.ocr !== false }, version));
  const roots = inputs.map((p) => resolve(p));
  const run: Omit<ReadResult, "cached" | "interrupted"> = {
    slim: [],
    manifest: new SpillFile(join(work, "manifest.jsonl")),
    records: new SpillFile(join(work, "records.jsonl")),
    texts: new SpillFile(join(work, "texts.jsonl")),
    infos: [],
    items: new SpecificityCorpus(),
    analyses: new Map(),
    status: { ok: 0, partial: 0, error: 0 },
  };
  let cached = 0;
  const cachedPaths = new Set<string>();
  try {
    for await (const r of analyzeInputs(inputs, {
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
      const wasCached = cachedPaths.delete(r.path);
      if (wasCached) cached++;
      else if (cache !== null && r.analysis !== null) await cache.put(r.analysis);
      const a = r.analysis;
      if (a !== null && keepAnalyses) run.analyses.set(id, a);
      const record = toRecord(id, r.report, a);
      run.records.append(record);
      run.slim.push(slimRecord(record));
      for (const item of record.items) run.items.add(item.text);
      if (a !== null && hasText(a)) {
        run.infos.push({ id, agency_id: r.report.meta.agency_id, year: r.report.meta.year });
        run.texts.append({ text: a.doc.text, sections: a.sections });
      }
      run.status[r.report.status]++;
      run.manifest.append({
        input: r.path,
        report_id: id,
        sha256: r.report.sha256,
        bytes: a?.doc.bytes ?? null,
        format: r.report.format,
        status: r.report.status,
        reason: r.report.status === "ok" ? null : reasonOf(r.report.diagnostics),
        duplicate_of: null,
        cached: wasCached,
      });
      onProgress?.({
        done: run.slim.length,
        total: null,
        cached,
        status: { ...run.status },
        current: r.path,
      });
    }
  } catch (err) {
    closeRun(run);
    throw err;
  }
  return { ...run, cached, interrupted: options.signal?.aborted === true };
}

/** Close and delete the spill files of a run. */
function closeRun(run: Pick<ReadResult, "manifest" | "records" | "texts">): void {
  run.manifest.close();
  run.records.close();
  run.texts.close();
}

/** The corpus steps of an interrupted run: nothing computed. */
function noSteps(): CorpusSteps {
  return {
    nearDuplicates: [],
    crossYearRows: [],
    similarity: null,
    reuse: new Map(),
    specificity: () => 0,
    diagnostics: [],
  };
}

/**
 * Read and analyse every report under `inputs` (files or directories) and run the corpus-level
 * steps, holding every record in memory. The library entry point for notebooks:
 * `await loadCorpus(paths.corpusDir())`. (`analyzeCorpus` writes a corpus of any size to disk.)
 */
export async function loadCorpus(
  inputs: string | readonly string[],
  options: LoadOptions = {},
): Promise<CorpusAnalysis> {
  const list = typeof inputs === "string" ? [inputs] : inputs;
  const work = await mkdtemp(join(tmpdir(), "xxgk-corpus-"));
  try {
    const t0 = performance.now();
    const run = await readCorpus(list, options, work, await packageVersion());
    try {
      const t1 = performance.now();
      const steps = run.interrupted ? noSteps() : corpusSteps(run.slim, docSource(run), run.items);
      const { records: marked, groups } = markDuplicates(run.slim, steps.nearDuplicates);
      const records = marked.map((m, i) => finishRecord(run.records.get(i), steps, m.duplicate_of));
      const sim = steps.similarity;
      return {
        records,
        analyses: run.analyses,
        corpus: {
          nearDuplicates: steps.nearDuplicates,
          crossYearRows: steps.crossYearRows,
          reuse: sim === null ? null : { ...sim.reuse, passages: [...sim.passages()], spans: [...sim.spans()] },
          diagnostics: steps.diagnostics,
        },
        duplicateGroups: groups,
        manifest: marked.map((m, i) => ({ ...run.manifest.get(i), duplicate_of: m.duplicate_of })),
        status: run.status,
        cached: run.cached,
        interrupted: run.interrupted,
        timings: { read: t1 - t0, corpus: performance.now() - t1 },
      };
    } finally {
      closeRun(run);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Remove the spill folders of runs that were killed (their process is gone). */
async function removeStaleWork(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    const pid = /^\.work-(\d+)$/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0); // still running (another job on the same folder): leave it
    } catch {
      await rm(join(outDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * Run the whole job. Resolves when every output is in place (or, when interrupted, without touching
 * them). Memory holds a slim record per report (`slimRecord`) and the corpus-level results; the full
 * records and texts wait in spill files under `<out>/.work-<pid>`, removed at the end.
 */
export async function analyzeCorpus(inputs: readonly string[], options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { out, cache = true, ...loadOptions } = options;
  const outDir = resolve(out);
  await mkdir(outDir, { recursive: true });
  await removeStaleWork(outDir);
  const work = join(outDir, `.work-${process.pid}`);
  await mkdir(work, { recursive: true });
  const version = await packageVersion();
  try {
    const t0 = performance.now();
    const run = await readCorpus(
      inputs,
      { ...loadOptions, cacheDir: cache ? join(outDir, ".cache") : null, keepAnalyses: false },
      work,
      version,
    );
    try {
      const t1 = performance.now();
      const base = { inputs: run.slim.length, status: run.status, cached: run.cached };
      if (run.interrupted)
        return {
          ...base,
          duplicates: 0,
          files: [],
          interrupted: true,
          timings: { read: t1 - t0, corpus: 0, write: 0 },
        };
      const steps = corpusSteps(run.slim, docSource(run), run.items);
      const marked = markDuplicates(run.slim, steps.nearDuplicates);
      const t2 = performance.now();
      const files = await writeOutputs(outDir, run, steps, marked, version);
      return {
        ...base,
        duplicates: marked.records.filter((r) => r.duplicate_of !== null).length,
        files,
        interrupted: false,
        timings: { read: t1 - t0, corpus: t2 - t1, write: performance.now() - t2 },
      };
    } finally {
      closeRun(run);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
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

/** The tidy tables, each written as CSV and into DuckDB/Parquet. */
const TABLES: readonly { readonly name: string; readonly columns: readonly Column[] }[] = [
  { name: "reports", columns: REPORT_COLUMNS },
  { name: "cells", columns: CELL_COLUMNS },
  { name: "rules", columns: RULE_COLUMNS },
  { name: "items", columns: ITEM_COLUMNS },
  { name: "facts", columns: FACT_COLUMNS },
];

/** The rows of every tidy table for one finished record. */
function tableRows(r: ReportRecord): Record<string, Iterable<Row>> {
  const one = [r];
  return {
    reports: reportRows(one),
    cells: iterateCellRows(one),
    rules: ruleRows(one),
    items: itemRows(one),
    facts: factRows(one),
  };
}

/**
 * Write every output in one pass over the spilled records: each record is finished with the corpus
 * results and its rows go to the CSV files and the DuckDB appenders side by side.
 */
async function writeOutputs(
  outDir: string,
  run: ReadResult,
  steps: CorpusSteps,
  marked: { records: ReportRecord[]; groups: string[][] },
  version: string,
): Promise<string[]> {
  const runFile = join(outDir, "xxgk-run.json");
  await rm(runFile, { force: true }); // outputs are incomplete until it is written again
  const written = new Map<string, string>();
  const put = async (name: string, data: string | Uint8Array): Promise<void> => {
    await writeFileAtomic(join(outDir, name), data);
    written.set(name, createHash("sha256").update(data).digest("hex"));
  };
  const sinks = new Map<string, AtomicSink>();
  const sink = (name: string): AtomicSink => {
    const s = new AtomicSink(join(outDir, name));
    sinks.set(name, s);
    return s;
  };
  const dbTmp = tempPath(join(outDir, "xxgk.duckdb"));
  const parquetTmp = new Map(TABLES.map((t) => [t.name, tempPath(join(outDir, `${t.name}.parquet`))]));
  let db: DatabaseWriter | null = null;
  try {
    const jsonl = sink("reports.jsonl");
    const csv = new Map(TABLES.map((t) => [t.name, { sink: sink(`${t.name}.csv`), columns: t.columns }]));
    for (const { sink: s, columns } of csv.values()) s.write(csvHeader(columns));
    db = await DatabaseWriter.open(dbTmp, TABLES);
    const emit = (table: string, rows: Iterable<Row>): void => {
      const out = csv.get(table)!;
      for (const row of rows) {
        out.sink.write(csvRow(row, out.columns));
        db!.append(table, row);
      }
    };
    for (let i = 0; i < run.records.length; i++) {
      const r = finishRecord(run.records.get(i), steps, marked.records[i]!.duplicate_of);
      jsonl.write(`${JSON.stringify(r.report)}\n`);
      for (const [table, rows] of Object.entries(tableRows(r))) emit(table, rows);
    }
    emit("rules", steps.crossYearRows);
    for (const [name, s] of sinks) written.set(name, await s.commit());
    sinks.clear();
    const finishing = db;
    db = null;
    await finishing.finish(VIEWS, (name) => parquetTmp.get(name)!);
    for (const [name, tmp] of parquetTmp) {
      const data = await readFile(tmp);
      await rename(tmp, join(outDir, `${name}.parquet`));
      written.set(`${name}.parquet`, createHash("sha256").update(data).digest("hex"));
    }
    await rename(dbTmp, join(outDir, "xxgk.duckdb"));
    written.set("xxgk.duckdb", "not byte-stable (query results are)");
    const stream = async (name: string, pieces: Iterable<string>): Promise<void> => {
      const s = sink(name);
      for (const piece of pieces) s.write(piece);
      written.set(name, await s.commit());
      sinks.delete(name);
    };
    await stream(
      "manifest.csv",
      (function* () {
        yield csvHeader(MANIFEST_COLUMNS);
        for (let i = 0; i < run.manifest.length; i++)
          yield csvRow({ ...run.manifest.get(i), duplicate_of: marked.records[i]!.duplicate_of }, MANIFEST_COLUMNS);
      })(),
    );
    await put(
      "duplicates.csv",
      toCSV(
        marked.groups.flatMap((g, i) => g.map((id, j) => ({ group: i + 1, report_id: id, counted: j === 0 }))),
        [
          { name: "group", type: "integer", en: "", zh: "" },
          { name: "report_id", type: "string", en: "", zh: "" },
          { name: "counted", type: "boolean", en: "", zh: "" },
        ],
      ),
    );
    if (steps.similarity !== null) {
      for (const [name, pieces] of reuseFiles(steps.similarity)) await stream(`reuse/${name}`, pieces);
    }
    await put("codebook.md", renderCodebook(FILES, VIEWS, version));
    const summary = marked.records.map((r) => ({ ...r, reuse: steps.reuse.get(r.id) ?? null }));
    await put("index.html", await htmlSummary(summary, steps.similarity?.reuse ?? null, version));
  } finally {
    for (const s of sinks.values()) s.abort();
    db?.close();
    await rm(dbTmp, { force: true });
    await rm(`${dbTmp}.wal`, { force: true });
    for (const tmp of parquetTmp.values()) await rm(tmp, { force: true });
  }
  const counts = { inputs: run.slim.length, ok: 0, partial: 0, error: 0, duplicates: 0 };
  for (const r of marked.records) {
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
