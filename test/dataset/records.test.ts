import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReportRecord } from "../../src/frames/index.js";
import { errorReport, markDuplicates, reportId } from "../../src/index.js";
import type { ParsedReport } from "../../src/types.js";

function rec(
  id: string,
  sha: string,
  over: Partial<ParsedReport> = {},
  meta: Partial<ParsedReport["meta"]> = {},
): ReportRecord {
  const base = errorReport(id, sha, { code: "x", severity: "info", message: "" });
  const report: ParsedReport = { ...base, status: "ok", ...over, meta: { ...base.meta, ...meta } };
  return { id, report, chars: 0, duplicate_of: null, aggregate: false, items: [], facts: [], reuse: null };
}

test("reportId(path, roots) is the path relative to the input folder it was found under", () => {
  assert.equal(reportId("/a/data/raw/seeds/x.txt", ["/a/data/raw"]), "seeds/x.txt");
  assert.equal(reportId("/b/y.pdf", ["/a/data/raw"]), "/b/y.pdf");
});

test("markDuplicates(records) counts the same bytes once and lists the copies", () => {
  const { records, groups } = markDuplicates([rec("a.txt", "1"), rec("b.txt", "2"), rec("c.txt", "1")]);
  assert.deepEqual(
    records.map((r) => r.duplicate_of),
    [null, null, "a.txt"],
  );
  assert.deepEqual(groups, [["a.txt", "c.txt"]]);
});

test("markDuplicates(records, nearPairs) keeps the better-read format of one agency's report", () => {
  const m = { agency_id: "贺兰县立岗镇", year: 2022 };
  const { records } = markDuplicates(
    [
      rec("r.pdf", "1", { format: "pdf" }, m),
      rec("r.html", "2", { format: "html" }, m),
      rec("s.html", "3", { format: "html" }, { ...m, year: 2021 }),
    ],
    [
      ["r.pdf", "r.html"],
      ["r.html", "s.html"],
    ],
  );
  assert.deepEqual(
    records.map((r) => r.duplicate_of),
    ["r.html", null, null],
  );
});

test("errorReport(...) invents nothing: every section null, no cells, status error", () => {
  const r = errorReport("x.bin", null, { code: "ingest.unreadable", severity: "error", message: "binary" });
  assert.equal(r.status, "error");
  assert.ok(Object.values(r.sections).every((s) => s === null));
  assert.ok(Object.values(r.tables).every((t) => t.status === "not_parsed" && Object.keys(t.cells).length === 0));
});

test("isAggregate(report, text) reads 汇总 in the title, not a government's own whole-area report", async () => {
  const { isAggregate } = await import("../../src/index.js");
  const r = rec("x", "1").report;
  assert.equal(isAggregate(r, "某市2022年政府信息公开工作年度报告（汇总）\n一、总体情况"), true);
  assert.equal(isAggregate(r, "某县本级及所属部门2022年政府信息公开工作年度报告\n"), true);
  assert.equal(isAggregate(r, "平潭综合实验区2022年政府信息公开工作年度报告\n2022年，全区政府信息公开工作…"), false);
  assert.equal(isAggregate(r, "某镇2022年政府信息公开工作年度报告\n一、总体情况\n……各村汇总上报的信息"), false);
});
