// `xxgk analyze` end to end on the bundled corpus: every output, counts across JSONL, CSV, Parquet and
// DuckDB, determinism, the cache, escaping of hostile text, and kills at random moments.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import type { ParsedReport } from "../../src/types.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(ROOT, "dist", "cli", "main.js");
const RAW = join(ROOT, "data", "raw");

function analyze(input: string, out: string, ...extra: string[]) {
  return spawnSync(process.execPath, [CLI, "analyze", input, "--out", out, ...extra], { cwd: ROOT, encoding: "utf8" });
}

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const inputCount = (function count(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : 1),
    0,
  );
})(RAW);

let out1 = "";
before(() => {
  out1 = mkdtempSync(join(tmpdir(), "xxgk-analyze-"));
  const r = analyze(RAW, out1, "--jsonl", "--csv-long");
  assert.equal(r.status, 0, r.stderr);
});

async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

test("analyze writes every output, and xxgk-run.json last with their hashes", () => {
  for (const f of [
    "manifest.csv",
    "reports.jsonl",
    "reports.csv",
    "cells.csv",
    "rules.csv",
    "items.csv",
    "facts.csv",
    "reports.parquet",
    "cells.parquet",
    "rules.parquet",
    "xxgk.duckdb",
    "codebook.md",
    "index.html",
    "xxgk-run.json",
  ]) {
    assert.ok(existsSync(join(out1, f)), f);
  }
  const run = JSON.parse(readFileSync(join(out1, "xxgk-run.json"), "utf8")) as { files: Record<string, string> };
  for (const [f, h] of Object.entries(run.files)) if (/^[0-9a-f]{64}$/.test(h)) assert.equal(sha(join(out1, f)), h, f);
});

test("analyze: inputs in = manifest rows = reports.jsonl lines; CSV has a BOM", () => {
  const manifest = readFileSync(join(out1, "manifest.csv"), "utf8");
  assert.ok(manifest.startsWith("\uFEFF"));
  assert.equal(manifest.trim().split("\r\n").length - 1, inputCount);
  const reports = readFileSync(join(out1, "reports.jsonl"), "utf8").trim().split("\n");
  assert.equal(reports.length, inputCount);
});

test("analyze: DuckDB tables and Parquet files agree with reports.jsonl", async () => {
  const reports = readFileSync(join(out1, "reports.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as ParsedReport);
  const cells = reports.reduce(
    (n, r) => n + Object.values(r.tables).reduce((m, t) => m + Object.keys(t.cells).length, 0),
    0,
  );
  const checks = reports.reduce((n, r) => n + r.checks.length, 0);
  const db = join(out1, "xxgk.duckdb");
  const [c] = await query(
    db,
    "SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM cells) AS cells, (SELECT count(*) FROM rules WHERE rule NOT LIKE 'cross_year.%' AND rule NOT LIKE 'legacy.chain%') AS rules, (SELECT count(*) FROM panel) AS panel",
  );
  assert.equal(Number(c?.reports), reports.length);
  assert.equal(Number(c?.cells), cells);
  assert.equal(Number(c?.rules), checks);
  const measures = reports.reduce((n, r) => n + Object.keys(r.panel.measures).length, 0);
  assert.ok(measures > 0);
  assert.equal(Number(c?.panel), measures, "one panel row per report and measure");
  const [p] = await query(
    db,
    `SELECT (SELECT count(*) FROM '${join(out1, "cells.parquet")}') AS cells, (SELECT count(*) FROM '${join(out1, "reports.parquet")}') AS reports`,
  );
  assert.equal(Number(p?.cells), cells);
  assert.equal(Number(p?.reports), reports.length);
  const nonNullCells = reports.reduce(
    (n, r) =>
      n + Object.values(r.tables).reduce((m, t) => m + Object.values(t.cells).filter((v) => v !== null).length, 0),
    0,
  );
  const [q] = await query(db, "SELECT count(value) AS n FROM cells");
  assert.equal(Number(q?.n), nonNullCells, "null stays null in DuckDB");
  const views = await query(db, "SELECT * FROM request_outcomes_by_level_year");
  assert.ok(Array.isArray(views));
});

test("analyze is deterministic and incremental: a re-run reads nothing again and writes the same bytes", () => {
  const out2 = mkdtempSync(join(tmpdir(), "xxgk-analyze-"));
  cpSync(join(out1, ".cache"), join(out2, ".cache"), { recursive: true });
  const r = analyze(RAW, out2, "--jsonl", "--csv-long");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`缓存 cached ${inputCount - 0}|cached ${inputCount}`));
  const fresh = mkdtempSync(join(tmpdir(), "xxgk-analyze-"));
  assert.equal(analyze(RAW, fresh, "--no-cache", "--jsonl", "--csv-long").status, 0);
  for (const f of [
    "manifest.csv",
    "reports.jsonl",
    "reports.csv",
    "cells.csv",
    "rules.csv",
    "items.csv",
    "facts.csv",
    "cells.parquet",
    "reports.parquet",
    "codebook.md",
  ]) {
    if (f === "manifest.csv") continue; // the cached column differs by design
    assert.equal(sha(join(out2, f)), sha(join(out1, f)), `${f} differs between a cached and a first run`);
    assert.equal(sha(join(fresh, f)), sha(join(out1, f)), `${f} differs between two uncached runs`);
  }
});

test("analyze by default writes the columnar dataset: long CSVs and JSON Lines only on request, reuse passages and spans in DuckDB", async () => {
  const out = mkdtempSync(join(tmpdir(), "xxgk-analyze-default-"));
  const r = analyze(RAW, out, "--no-cache");
  assert.equal(r.status, 0, r.stderr);
  for (const f of ["reports.jsonl", "cells.csv", "rules.csv", "reuse/passages.jsonl", "reuse/spans.jsonl"])
    assert.equal(existsSync(join(out, f)), false, `${f} is opt-in`);
  for (const f of ["reports.csv", "cells.parquet", "rules.parquet", "reuse_passages.parquet", "reuse_spans.parquet"])
    assert.ok(existsSync(join(out, f)), f);
  // the same passages and spans as the opt-in JSON Lines of the first run, with their offsets
  const lines = (f: string) =>
    readFileSync(join(out1, "reuse", f), "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const passages = lines("passages.jsonl");
  const db = join(out, "xxgk.duckdb");
  const rows = await query(db, "SELECT a, a_start, a_end, b, b_start, b_end, cluster FROM reuse_passages");
  const key = (p: Record<string, unknown>) => [p.a, p.a_start, p.a_end, p.b, p.b_start, p.b_end, p.cluster].join("|");
  assert.ok(passages.length > 0, "the bundled corpus has reuse");
  assert.deepEqual(rows.map(key).sort(), passages.map(key).sort());
  const spans = await query(db, "SELECT count(*)::INTEGER AS n FROM reuse_spans");
  assert.equal(spans[0]!.n, lines("spans.jsonl").length);
});

test("analyze: text from reports is inert in index.html", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-hostile-"));
  const seed = readFileSync(join(RAW, "seeds", "000_ddf1fad75dcf317a.txt"), "utf8");
  writeFileSync(
    join(dir, "x.txt"),
    seed.replace("贺兰县立岗镇2022年", `贺兰县<script>alert(1)</script><img src=x onerror=alert(2)>立岗镇2022年`),
  );
  const out = mkdtempSync(join(tmpdir(), "xxgk-hostile-out-"));
  assert.equal(analyze(dir, out).status, 0);
  const html = readFileSync(join(out, "index.html"), "utf8");
  assert.equal(html.includes("<script>alert"), false);
  assert.equal(/<img[^>]*onerror/i.test(html), false);
});

test("killing analyze at random moments never leaves an output that reads as complete but is not", async () => {
  const out = mkdtempSync(join(tmpdir(), "xxgk-kill-"));
  for (const delay of [150, 600, 1500, 2500, 4000]) {
    const child = spawn(process.execPath, [CLI, "analyze", RAW, "--out", out, "--no-cache"], {
      cwd: ROOT,
      stdio: "ignore",
    });
    await new Promise((r) => setTimeout(r, delay));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    const runFile = join(out, "xxgk-run.json");
    if (existsSync(runFile)) {
      const run = JSON.parse(readFileSync(runFile, "utf8")) as { complete: boolean; files: Record<string, string> };
      assert.equal(run.complete, true);
      for (const [f, h] of Object.entries(run.files))
        if (/^[0-9a-f]{64}$/.test(h)) assert.equal(sha(join(out, f)), h, `${f} after a kill at ${delay} ms`);
    }
    for (const f of readdirSync(out)) assert.ok(!f.endsWith(".tmp") || f.startsWith("."), f);
  }
  // the next run clears the spill folders the killed runs left behind, and removes its own
  assert.equal(analyze(RAW, out).status, 0);
  assert.deepEqual(
    readdirSync(out).filter((f) => f.startsWith(".work-")),
    [],
  );
});

test("analyze counts one report once when it arrives as TXT, HTML, DOCX and PDF, and lists the copies", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-dups-"));
  const fx = join(ROOT, "test", "fixtures", "ingest");
  copyFileSync(join(RAW, "seeds", "002_12f78b61d8e1d558.txt"), join(dir, "a.txt"));
  copyFileSync(join(RAW, "seeds", "002_12f78b61d8e1d558.txt"), join(dir, "a-again.txt"));
  for (const f of ["seed002.gbk.htm", "seed002.docx", "seed002.pdf"]) copyFileSync(join(fx, f), join(dir, f));
  copyFileSync(join(RAW, "seeds", "000_ddf1fad75dcf317a.txt"), join(dir, "other.txt"));
  const out = mkdtempSync(join(tmpdir(), "xxgk-dups-out-"));
  const r = analyze(dir, out);
  assert.equal(r.status, 0, r.stderr);
  const rows = readFileSync(join(out, "reports.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const header = rows[0]!.split(",");
  const col = (name: string) => header.indexOf(name);
  const byId = new Map(
    rows
      .slice(1)
      .map((l) => l.split(","))
      .map((c) => [c[col("report_id")]!, c[col("duplicate_of")]!]),
  );
  const copies = ["a.txt", "a-again.txt", "seed002.gbk.htm", "seed002.docx", "seed002.pdf"];
  const counted = copies.filter((id) => byId.get(id) === "");
  assert.equal(counted.length, 1, `exactly one copy is counted: ${JSON.stringify([...byId])}`);
  for (const id of copies) if (id !== counted[0]) assert.equal(byId.get(id), counted[0], id);
  assert.equal(byId.get("other.txt"), "");
  const groups = readFileSync(join(out, "duplicates.csv"), "utf8").trim().split("\r\n").slice(1);
  assert.equal(groups.length, copies.length);
});

test("Ctrl-C (SIGINT) stops analyze with exit 130 and replaces no output; a re-run resumes from the cache", async () => {
  const out = mkdtempSync(join(tmpdir(), "xxgk-sigint-"));
  const child = spawn(process.execPath, [CLI, "analyze", RAW, "--out", out], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  // wait until a few reports are done, then interrupt
  while (!/ok \d+ · partial \d+/.test(stderr) && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  child.kill("SIGINT");
  const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  if (code === 0) return; // the run finished before the signal arrived: nothing to check
  assert.equal(code, 130, stderr);
  assert.match(stderr, /interrupted/);
  assert.equal(existsSync(join(out, "xxgk-run.json")), false, "an interrupted run writes no run file");
  assert.equal(existsSync(join(out, "reports.parquet")), false, "nor any output");
  const again = analyze(RAW, out);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /cached [1-9]/);
});
