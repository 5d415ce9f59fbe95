// End-to-end benchmark of `xxgk analyze`: generated corpora of 1,000 and 10,000 reports (~8 KB each,
// from the real templates and sentences), reports/s, peak memory, and the split per phase and per
// per-report stage — beside the floor (reading and decoding the same files) measured in the same run.
// `--quick`: 200 reports. `--sizes 10000,100000` chooses the sizes; with two or more, the growth of
// the whole run and of the corpus step from the smallest to the largest (≤ 12 for 10× is linear
// enough). Disk: bytes per report of every output file the run leaves behind, by top-level entry.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeCorpus } from "../src/index.js";
import { ingestText } from "../src/ingest/index.js";
import { extractNarrative } from "../src/narrative/index.js";
import { checkTables } from "../src/rules/index.js";
import { detectMeta, segmentReport } from "../src/sections/index.js";
import { parseTables } from "../src/tables/index.js";
import { bundledReportTexts } from "../test/fixtures/corpus-texts.js";
import { generateSyntheticCorpus } from "../test/support/synth.js";

/** Write `n` synthetic reports as .txt files; returns the directory, total bytes and a sample of texts. */
function writeCorpus(n: number): { dir: string; bytes: number; texts: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `xxgk-bench-${n}-`));
  const docs = generateSyntheticCorpus(2026, n, { sources: bundledReportTexts() });
  let bytes = 0;
  for (const [i, d] of docs.entries()) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    mkdirSync(sub, { recursive: true });
    const data = `${d.agency_id}${d.year}年政府信息公开工作年度报告\n${d.text}`;
    writeFileSync(join(sub, `${d.id}.txt`), data);
    bytes += Buffer.byteLength(data);
  }
  return { dir, bytes, texts: docs.slice(0, 205).map((d) => d.text) };
}

function floorMs(dir: string): number {
  const t = performance.now();
  const walk = (p: string): void => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(p, e.name));
      else new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(p, e.name)));
    }
  };
  walk(dir);
  return performance.now() - t;
}

/** Bytes on disk under `p` (files, recursively). */
function duBytes(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  let sum = 0;
  for (const e of readdirSync(p)) sum += duBytes(join(p, e));
  return sum;
}

/** In-process time per per-report stage on a sample (single thread, after warm-up). */
function stageSplit(texts: readonly string[]): Record<string, number> {
  const t: Record<string, number> = { ingest: 0, sections: 0, meta: 0, narrative: 0, tables: 0, rules: 0 };
  const run = (text: string, acc: boolean): void => {
    const tick = (k: string, a: number) => {
      if (acc) t[k] = (t[k] ?? 0) + performance.now() - a;
    };
    let a = performance.now();
    const doc = ingestText(text);
    tick("ingest", a);
    a = performance.now();
    const seg = segmentReport(doc.text);
    tick("sections", a);
    a = performance.now();
    const { meta } = detectMeta(doc, seg.sections, seg.template);
    tick("meta", a);
    a = performance.now();
    const n = extractNarrative(doc.text, seg.sections);
    tick("narrative", a);
    a = performance.now();
    const p = parseTables(doc.text, seg.sections, { template: meta.template, facts: n.facts });
    tick("tables", a);
    a = performance.now();
    checkTables(p.tables, { facts: n.facts });
    tick("rules", a);
  };
  for (const x of texts.slice(0, 5)) run(x, false);
  const sample = texts.slice(0, 200);
  for (const x of sample) run(x, true);
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [`stage ${k} (ms/report, 1 thread)`, v / sample.length]));
}

export async function bench({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const arg = process.argv.indexOf("--sizes");
  const sizes = quick ? [200] : arg >= 0 ? (process.argv[arg + 1] ?? "1000").split(",").map(Number) : [1000, 10000];
  const out: Record<string, unknown> = {};
  const peaks: [number, number, number][] = [];
  const times: [number, number, number][] = [];
  for (const n of sizes) {
    const { dir, bytes, texts } = writeCorpus(n);
    const outDir = mkdtempSync(join(tmpdir(), "xxgk-bench-out-"));
    try {
      const floor = floorMs(dir);
      let peak = 0;
      const timer = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 50);
      // what the main thread really holds: its heap right after a full collection (needs --expose-gc)
      const gc = (globalThis as { gc?: () => void }).gc;
      let live = 0;
      const liveTimer = setInterval(() => {
        if (gc === undefined) return;
        gc();
        live = Math.max(live, process.memoryUsage().heapUsed);
      }, 2000);
      const t = performance.now();
      const r = await analyzeCorpus([dir], { out: outDir, cache: false });
      const total = performance.now() - t;
      clearInterval(timer);
      clearInterval(liveTimer);
      out[`n=${n} reports/s end to end`] = n / (total / 1000);
      out[`n=${n} MB/s end to end`] = bytes / 1e6 / (total / 1000);
      out[`n=${n} time / floor (read+decode)`] = total / floor;
      out[`n=${n} phase read (s)`] = r.timings.read / 1000;
      out[`n=${n} phase corpus: reuse, duplicates, cross-year (s)`] = r.timings.corpus / 1000;
      out[`n=${n} phase write outputs (s)`] = r.timings.write / 1000;
      out[`n=${n} peak RSS (MB)`] = peak / 1e6;
      if (gc !== undefined) out[`n=${n} main-thread live heap, peak after GC (MB)`] = live / 1e6;
      peaks.push([n, peak, live]);
      out[`n=${n} status`] = r.status;
      times.push([n, total, r.timings.corpus]);
      const disk: Record<string, number> = {};
      for (const e of readdirSync(outDir)) disk[e] = Math.round(duBytes(join(outDir, e)) / n);
      out[`n=${n} disk bytes/report, all outputs`] = Object.values(disk).reduce((a, b) => a + b, 0);
      out[`n=${n} disk bytes/report by output`] = disk;
      if (n === sizes[0]) Object.assign(out, stageSplit(texts));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  if (times.length >= 2) {
    const [n0, t0, c0] = times[0]!;
    const [n1, t1, c1] = times[times.length - 1]!;
    out[`growth n=${n0}→${n1} (${n1 / n0}× reports): time`] = t1 / t0;
    out[`growth n=${n0}→${n1}: corpus step`] = c1 / Math.max(1, c0);
  }
  if (peaks.length >= 2) {
    // what each further report costs in memory: the slope between the smallest and largest run
    const [n0, p0, l0] = peaks[0]!;
    const [n1, p1, l1] = peaks[peaks.length - 1]!;
    const perReport = (p1 - p0) / (n1 - n0);
    out[`peak RSS per further report (KB), n=${n0}→${n1}`] = perReport / 1e3;
    out["peak RSS extrapolated to 100,000 reports (GB)"] = (p1 + perReport * (100_000 - n1)) / 1e9;
    if (l1 > 0) out[`main-thread live heap per further report (KB), n=${n0}→${n1}`] = (l1 - l0) / (n1 - n0) / 1e3;
  }
  return out;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await bench({ quick: process.argv.includes("--quick") });
  for (const [k, v] of Object.entries(figures))
    console.log(`${k.padEnd(56)} ${typeof v === "number" ? +v.toFixed(3) : JSON.stringify(v)}`);
}
