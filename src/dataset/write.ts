/**
 * Writing the dataset: one pass over the spilled records feeds every CSV, DuckDB and Parquet table
 * (columnar first: the long tables cells and rules are CSV only with `csvLong`, reports.jsonl only
 * with `jsonl`), then the reuse passages and spans into DuckDB/Parquet (their JSON Lines with both
 * texts only with `jsonl`), the reuse CSVs, codebook, index.html and `xxgk-run.json` last.
 */

import { createHash } from "node:crypto";
import { readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { type CorpusSteps, finishRecord } from "../corpus/index.js";
import {
  csvHeader,
  csvRow,
  factRows,
  itemRows,
  iterateCellRows,
  MANIFEST_COLUMNS,
  panelRows,
  type ReportRecord,
  type Row,
  reportRows,
  ruleRows,
  toCSV,
} from "../frames/index.js";
import { AtomicSink, tempPath, writeFileAtomic } from "./atomic.js";
import { renderCodebook } from "./codebook.js";
import { DatabaseWriter, VIEWS } from "./database.js";
import { FILES, REUSE_TABLES, TABLES } from "./files.js";
import { reuseFiles } from "./reuse-files.js";
import type { SpillFile } from "./spill.js";
import { DoubtedCells } from "./doubted.js";
import { htmlSummary } from "./summary.js";

/** The rows of every tidy table for one finished record. */
function tableRows(r: ReportRecord): Record<string, Iterable<Row>> {
  const one = [r];
  return {
    reports: reportRows(one),
    cells: iterateCellRows(one),
    rules: ruleRows(one),
    items: itemRows(one),
    facts: factRows(one),
    panel: panelRows(one),
  };
}

/** Which opt-in outputs to write besides the columnar dataset. */
export interface WriteOptions {
  /** reports.jsonl, reuse/passages.jsonl (with both texts) and reuse/spans.jsonl (default false). */
  readonly jsonl?: boolean;
  /** cells.csv and rules.csv, the long tables, besides their Parquet files (default false). */
  readonly csvLong?: boolean;
}

/** Tables written as CSV whatever the options (one row per report or small). */
const SHORT_CSV = new Set(["reports", "items", "facts"]);

/** What the read phase left for writing: the full records and the manifest rows, by input number. */
export interface SpilledRun {
  readonly records: Pick<SpillFile<ReportRecord>, "length" | "get">;
  readonly manifest: Pick<SpillFile<Row>, "length" | "get">;
}

/**
 * Write every output in one pass over the spilled records: each record is finished with the corpus
 * results and its rows go to the CSV files and the DuckDB appenders side by side.
 */
export async function writeOutputs(
  outDir: string,
  run: SpilledRun,
  steps: CorpusSteps,
  marked: { records: ReportRecord[]; groups: string[][] },
  version: string,
  { jsonl = false, csvLong = false }: WriteOptions = {},
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
  const dbTables = steps.similarity === null ? TABLES : [...TABLES, ...REUSE_TABLES];
  const parquetTmp = new Map(dbTables.map((t) => [t.name, tempPath(join(outDir, `${t.name}.parquet`))]));
  let db: DatabaseWriter | null = null;
  try {
    const reports = jsonl ? sink("reports.jsonl") : null;
    const csvTables = TABLES.filter((t) => csvLong || SHORT_CSV.has(t.name));
    const csv = new Map(csvTables.map((t) => [t.name, { sink: sink(`${t.name}.csv`), columns: t.columns }]));
    for (const { sink: s, columns } of csv.values()) s.write(csvHeader(columns));
    db = await DatabaseWriter.open(dbTmp, dbTables);
    const emit = (table: string, rows: Iterable<Row>): void => {
      const out = csv.get(table);
      for (const row of rows) {
        out?.sink.write(csvRow(row, out.columns));
        db!.append(table, row);
      }
    };
    const doubted = new DoubtedCells();
    for (let i = 0; i < run.records.length; i++) {
      const r = finishRecord(run.records.get(i), steps, marked.records[i]!.duplicate_of);
      doubted.add(r);
      reports?.write(`${JSON.stringify(r.report)}\n`);
      for (const [table, rows] of Object.entries(tableRows(r))) emit(table, rows);
    }
    emit("rules", steps.crossYearRows);
    if (steps.similarity !== null) {
      const sim = steps.similarity;
      emit(
        "reuse_passages",
        (function* () {
          for (const p of sim.passages()) {
            const {
              a,
              aStart: a_start,
              aEnd: a_end,
              b,
              bStart: b_start,
              bEnd: b_end,
              length,
              identity,
              kind,
              cluster,
            } = p;
            yield { a, a_start, a_end, b, b_start, b_end, length, identity, kind, cluster };
          }
        })(),
      );
      emit(
        "reuse_spans",
        (function* () {
          for (const s of sim.spans()) yield { id: s.id, start: s.start, end: s.end, kind: s.kind };
        })(),
      );
    }
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
      for (const [name, pieces] of reuseFiles(steps.similarity, { jsonl })) await stream(`reuse/${name}`, pieces);
    }
    await put("codebook.md", renderCodebook(FILES, VIEWS, version));
    const summary = marked.records.map((r) => ({ ...r, reuse: steps.reuse.get(r.id) ?? null }));
    await put("index.html", await htmlSummary(summary, steps.similarity?.reuse ?? null, version, doubted.rows));
  } finally {
    for (const s of sinks.values()) s.abort();
    db?.close();
    await rm(dbTmp, { force: true });
    await rm(`${dbTmp}.wal`, { force: true });
    for (const tmp of parquetTmp.values()) await rm(tmp, { force: true });
  }
  const counts = { inputs: run.records.length, ok: 0, partial: 0, error: 0, duplicates: 0 };
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
