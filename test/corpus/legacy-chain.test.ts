import assert from "node:assert/strict";
import { test } from "node:test";
import { legacyChainRows } from "../../src/corpus/index.js";
import type { ReportRecord } from "../../src/frames/index.js";
import type { Cell, LegacyTableOut } from "../../src/types.js";
import { fakeRecord } from "../fixtures/charts/records.js";

const read = (value: number): Cell => ({ value, status: "read", raw: String(value), span: null });
const ambiguous = (candidates: number[]): Cell => ({ value: null, status: "ambiguous", raw: "x", span: null, candidates });

/** A rendered series: one agency's received requests by year as [year, cumulative] cells. */
function legacyRecord(year: number, cells: { year: Cell; cumulative: Cell }): ReportRecord {
  const r = fakeRecord({ id: `r${year}`, year, template: "legacy" });
  const details = { "requests.received.year": cells.year, "requests.received.cumulative": cells.cumulative };
  const legacy: LegacyTableOut = {
    status: "complete",
    layout: "flattened",
    span: null,
    columns: [],
    rows: [{ concept: "requests.received", label: "受理申请总数", span: { start: 0, end: 1 }, unit: "件", level: 0, parent: null }],
    cells: Object.fromEntries(Object.entries(details).map(([k, c]) => [k, c.value])),
    details,
    alternatives: [],
  };
  return { ...r, report: { ...r.report, meta: { ...r.report.meta, agency_id: "a1", agency: "某县" }, legacy } };
}

test("legacyChainRows: links that hold pass, a restart and a missing year break the chain, two fitting splits stay ambiguous", () => {
  const series = [
    legacyRecord(2010, { year: read(5), cumulative: read(20) }),
    legacyRecord(2011, { year: read(4), cumulative: read(24) }),
    // counting restarted: the cumulative fell below last year's
    legacyRecord(2012, { year: read(3), cumulative: read(3) }),
    // 2013 split two ways (1|4 or 11|14): both close the chain from 3, so it stays ambiguous
    legacyRecord(2013, { year: ambiguous([1, 11]), cumulative: ambiguous([4, 14]) }),
    legacyRecord(2015, { year: read(2), cumulative: read(9) }),
  ];
  const rows = legacyChainRows(series);
  const by = (y: number) => rows.filter((r) => r.year === y);
  assert.deepEqual(by(2011).map((r) => r.outcome), ["pass"]);
  assert.equal(by(2012)[0]?.outcome, "fail");
  assert.match(String(by(2012)[0]?.message), /restarted/);
  assert.equal(by(2013)[0]?.outcome, "not_assessable");
  assert.match(String(by(2013)[0]?.message), /2 candidate splits/);
  assert.match(String(by(2015)[0]?.message), /1 year\(s\) missing/);
});

test("legacyChainRows: exactly one fitting candidate narrows the split and names the other report", () => {
  const rows = legacyChainRows([
    legacyRecord(2010, { year: read(5), cumulative: read(20) }),
    legacyRecord(2011, { year: ambiguous([2, 21]), cumulative: ambiguous([22, 41]) }),
  ]);
  // 20 + 2 = 22 and 20 + 21 = 41 both fit: still ambiguous
  assert.equal(rows[0]?.outcome, "not_assessable");
  const narrowed = legacyChainRows([
    legacyRecord(2010, { year: read(5), cumulative: read(20) }),
    legacyRecord(2011, { year: ambiguous([2, 21]), cumulative: ambiguous([22, 24]) }),
  ]);
  assert.equal(narrowed[0]?.outcome, "pass");
  assert.equal(narrowed[0]?.found, 22);
  assert.match(String(narrowed[0]?.message), /narrows .*\(with r2010\)/);
});
