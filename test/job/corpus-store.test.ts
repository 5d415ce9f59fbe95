import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { PUBLICATION_FIGURES } from "../../src/charts/index.js";
import { AtomicSink } from "../../src/dataset/atomic.js";
import { SpillFile } from "../../src/dataset/spill.js";
import type { ReportRecord } from "../../src/frames/index.js";
import { type CorpusAnalysis, loadCorpus, slimRecord, tablesOf } from "../../src/index.js";
import { SpecificityCorpus, specificityScorer } from "../../src/narrative/index.js";
import { RAW_DIR } from "../../src/paths.js";
import { CROSS_YEAR_CELLS, checkCrossYear } from "../../src/rules/index.js";
import type { TableKey } from "../../src/types.js";

const dir = mkdtempSync(join(tmpdir(), "xxgk-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("SpillFile gives back every value by number, Chinese text and line breaks included", () => {
  const spill = new SpillFile<{ text: string; n: number | null }>(join(dir, "a.jsonl"));
  const values = [
    { text: "收到申请12件。\n办结11件", n: 1 },
    { text: "", n: null },
    { text: "𠀀 surrogate pair, \u2028 line separator", n: 3 },
  ];
  for (let i = 0; i < 2000; i++) values.push({ text: `第${i}份报告`.repeat(i % 7), n: i });
  for (const [i, v] of values.entries()) assert.equal(spill.append(v), i);
  assert.equal(spill.length, values.length);
  for (const i of [0, 1, 2, 1999, 500, 2002]) assert.deepEqual(spill.get(i), values[i]);
  assert.throws(() => spill.get(values.length), /value 2003 does not exist \(0 to 2002\)/);
  spill.close();
  assert.equal(existsSync(join(dir, "a.jsonl")), false);
  assert.throws(() => spill.append({ text: "", n: 0 }), /closed/);
});

test("AtomicSink writes all pieces, returns their SHA-256, and leaves the target alone on abort", async () => {
  const target = join(dir, "out.csv");
  writeFileSync(target, "old");
  const aborted = new AtomicSink(target);
  aborted.write("new");
  aborted.abort();
  assert.equal(readFileSync(target, "utf8"), "old");
  const sink = new AtomicSink(target);
  const pieces = Array.from({ length: 5000 }, (_, i) => `行${i},值\n`);
  for (const p of pieces) sink.write(p);
  const sha = await sink.commit();
  const text = pieces.join("");
  assert.equal(readFileSync(target, "utf8"), text);
  assert.equal(sha, createHash("sha256").update(text).digest("hex"));
});

test("SpecificityCorpus built item by item scores like specificityScorer over the same items", () => {
  const items = [
    "公开意识有待加强",
    "建设“立岗镇政务公开”小程序",
    "政务公开队伍力量薄弱",
    "公开意识有待进一步加强",
    "",
  ];
  const corpus = new SpecificityCorpus();
  for (const t of items) corpus.add(t);
  assert.equal(corpus.size, items.length);
  const a = corpus.scorer();
  const b = specificityScorer(items);
  for (const t of [...items, "全新的表述 2023年3次培训"]) assert.deepEqual(a(t), b(t));
  assert.throws(() => corpus.add(3 as unknown as string), /item must be a string; found/);
});

let corpus: CorpusAnalysis;
before(async () => {
  corpus = await loadCorpus(RAW_DIR, { cacheDir: null });
});

test("slimRecord keeps everything the publication figures read: every figure is the same", () => {
  const slim = corpus.records.map(slimRecord);
  for (const f of PUBLICATION_FIGURES) assert.deepEqual(f.build(slim), f.build(corpus.records), f.name);
});

test("slimRecord keeps every cell the cross-year checks read: same results as on whole tables", () => {
  const input = (records: readonly ReportRecord[]) =>
    records
      .filter((r) => r.report.meta.agency_id !== null && r.report.meta.year !== null)
      .map((r) => ({ agency_id: r.report.meta.agency_id!, year: r.report.meta.year!, tables: tablesOf(r.report) }));
  assert.deepEqual(checkCrossYear(input(corpus.records.map(slimRecord))), checkCrossYear(input(corpus.records)));
  let kept = 0;
  for (const r of corpus.records) {
    const full = tablesOf(r.report);
    const slim = tablesOf(slimRecord(r).report);
    for (const key of CROSS_YEAR_CELLS) {
      const [table, ...cell] = key.split(".") as [TableKey, ...string[]];
      const v = full[table].cells[cell.join(".")]?.value;
      assert.equal(slim[table].cells[cell.join(".")]?.value, v, `${r.id} ${key}`);
      if (v !== undefined && v !== null) kept++;
    }
  }
  assert.ok(kept > 100, `cross-year cells with values in the bundled corpus: ${kept}`);
});

test("slimRecord leaves out texts, spans and most cells, and shares repeated values", () => {
  let full = 0;
  let slim = 0;
  for (const r of corpus.records) {
    const s = slimRecord(r);
    full += Object.values(r.report.tables).reduce((n, t) => n + Object.keys(t.details).length, 0);
    slim += Object.values(s.report.tables).reduce((n, t) => n + Object.keys(t.details).length, 0);
    assert.deepEqual([s.items, s.facts, s.report.diagnostics, s.report.narrative.problems], [[], [], [], []]);
    assert.ok(Object.values(s.report.sections).every((x) => x === null));
    for (const t of Object.values(s.report.tables)) for (const c of Object.values(t.details)) assert.equal(c.raw, null);
    assert.equal(s.report.checks.length, r.report.checks.length);
  }
  assert.ok(slim < full / 3, `cells kept: ${slim} of ${full}`);
  const [a, b] = corpus.records.filter((r) => r.report.checks.length > 0).map(slimRecord);
  assert.ok(a && b && a.report.checks.some((c) => b.report.checks.includes(c)), "rule outcomes are shared objects");
});
