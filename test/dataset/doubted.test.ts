import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DoubtedCells } from "../../src/dataset/doubted.js";
import { toRecord } from "../../src/dataset/records.js";
import { htmlSummary } from "../../src/dataset/summary.js";
import { ingestText } from "../../src/ingest/index.js";
import { RAW_DIR } from "../../src/paths.js";
import { analyzeDoc, slimAnalysis } from "../../src/pipeline/index.js";

// A report whose 本年新收 row prints a natural-person count (７, full width) that no other row balances.
const text = readFileSync(join(RAW_DIR, "seeds", "002_12f78b61d8e1d558.txt"), "utf8").replace(
  "一、本年新收政府信息公开申请数量\t\t0\t",
  "一、本年新收政府信息公开申请数量\t\t７\t",
);

test("cells of a failing rule carry the source text around their origin; others carry none", () => {
  const doc = ingestText(text, { source: "planted.txt" });
  const a = analyzeDoc(doc);
  const cell = a.report.tables.requests.details["new.natural_person"];
  assert.ok(cell?.origin, "the planted cell has an origin");
  assert.equal(doc.decoded.slice(cell.origin.start, cell.origin.end), "７");
  assert.ok(a.report.checks.some((c) => c.outcome === "fail" && c.cells.includes("requests.new.natural_person")));
  assert.ok(cell.context?.before.endsWith("申请数量 "), JSON.stringify(cell.context));
  const failing = new Set(a.report.checks.filter((c) => c.outcome === "fail").flatMap((c) => c.cells));
  const withContext = Object.entries(a.report.tables).flatMap(([t, table]) =>
    Object.entries(table.details)
      .filter(([, c]) => c.context !== undefined)
      .map(([k]) => `${t}.${k}`),
  );
  assert.ok(withContext.length > 0 && withContext.length < 20, `${withContext.length} cells with context`);
  for (const k of withContext) assert.ok(failing.has(k), `${k} is a cell of a failing rule`);
});

test("index.html lists the doubted cells with their place and opens the source text on demand", async () => {
  const a = analyzeDoc(ingestText(text, { source: "planted.txt" }));
  const record = toRecord("planted.txt", a.report, slimAnalysis(a));
  const doubted = new DoubtedCells(50);
  doubted.add(record);
  const row = doubted.rows.find((d) => d.cell === "requests.new.natural_person");
  assert.ok(row, "the planted cell is listed");
  assert.equal(text.slice(row.start, row.end), "７");
  const html = await htmlSummary([record], null, "test", doubted.rows);
  assert.match(html, /<details><summary>原文 source<\/summary><span class="ctx">…[^<]*申请数量 <mark>7<\/mark>/);
  const none = new DoubtedCells(50);
  none.add({ ...record, duplicate_of: "other.txt" });
  assert.equal(none.rows.length, 0, "duplicates are not listed");
});
