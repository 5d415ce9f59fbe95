import assert from "node:assert/strict";
import { test } from "node:test";
import {
  checkCrossYear,
  checkTables,
  tableFactTarget as factTarget,
  formatCheckReport,
  identitiesFor,
  isDigitTransposition,
  RULES,
  suggestRepair,
  tableCellKeys,
} from "../../src/rules/index.js";
import type { Cell, Fact, ParsedTable, TableKey, Tables } from "../../src/types.js";

function table(key: TableKey, values: Record<string, number | null>, template: "2021" | "2019" = "2021"): ParsedTable {
  const cells: Record<string, Cell> = {};
  for (const k of tableCellKeys(key, template)) {
    const v = values[k] ?? 0;
    cells[k] = { value: v, status: "read", raw: v === null ? null : String(v), span: null };
  }
  for (const [k, v] of Object.entries(values))
    if (v === null) cells[k] = { value: null, status: "blank", raw: "", span: null };
  return { key, status: "complete", template, layout: "tab", span: null, cells, diagnostics: [] };
}

function tables(
  req: Record<string, number | null> = {},
  rev: Record<string, number | null> = {},
  pro: Record<string, number | null> = {},
): Tables {
  return { proactive: table("proactive", pro), requests: table("requests", req), review: table("review", rev) };
}

/** A consistent request matrix: 5 natural-person and 2 commercial requests, all granted but 1 carried forward. */
const GOOD = {
  "new.natural_person": 5,
  "new.commercial": 2,
  "new.total": 7,
  "granted.natural_person": 4,
  "granted.commercial": 2,
  "granted.total": 6,
  "total.natural_person": 4,
  "total.commercial": 2,
  "total.total": 6,
  "carried_forward.natural_person": 1,
  "carried_forward.total": 1,
};

test("RULES lists every rule once with a stable id and a description", () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of [
    "requests.balance.total",
    "requests.outcome.natural_person",
    "requests.row.new",
    "review.reconsideration.total",
    "requests.row.other",
    "requests.row.other.no_fee",
  ]) {
    assert.ok(ids.includes(id), id);
  }
  assert.ok(RULES.every((r) => r.description.length > 10));
  assert.deepEqual(RULES.find((r) => r.id === "requests.row.other")?.templates, ["2019"]);
});

test("identitiesFor(template) covers balance and outcome per column, row totals per row and table 4 groups", () => {
  assert.equal(identitiesFor("2021").length, 7 + 7 + 25 + 3);
  assert.equal(identitiesFor("2019").length, 7 + 7 + 23 + 3);
  const outcome = identitiesFor("2021").find((i) => i.id === "requests.outcome.total");
  assert.equal(outcome?.parts.length, 21);
});

test("checkTables(tables) passes a consistent table", () => {
  const results = checkTables(tables(GOOD));
  assert.equal(results.length, 42);
  assert.deepEqual(
    results.filter((r) => r.outcome !== "pass").map((r) => r.rule),
    [],
  );
});

test("checkTables(tables) fails loudly on an agency's error, with expected and found", () => {
  const results = checkTables(tables({ ...GOOD, "granted.total": 7 }));
  const failed = results.filter((r) => r.outcome === "fail");
  assert.deepEqual(failed.map((r) => r.rule).sort(), ["requests.outcome.total", "requests.row.granted"]);
  const row = failed.find((r) => r.rule === "requests.row.granted")!;
  assert.equal(row.found, 7);
  assert.equal(row.expected, 6);
  assert.ok(row.cells.includes("requests.granted.total"));
  assert.match(row.message, /printed 7, parts sum to 6/);
});

test("checkTables(tables) says not_assessable when a cell has no value", () => {
  const results = checkTables(tables({ ...GOOD, "granted.commercial": null }));
  const row = results.find((r) => r.rule === "requests.row.granted")!;
  assert.equal(row.outcome, "not_assessable");
  assert.equal(row.found, 6);
  assert.equal(row.expected, null);
});

test("checkTables(tables, {facts}) checks prose figures against the cells they describe", () => {
  const fact = (subject: string, value: number): Fact => ({
    subject,
    value,
    unit: "件",
    text: `收到申请${value}件`,
    span: { start: 0, end: 1 },
  });
  const results = checkTables(tables(GOOD, { "litigation_direct.total": 1, "litigation_direct.upheld": 1 }), {
    facts: [
      fact("requests.received", 7),
      fact("requests.carried_over", 2),
      fact("litigation.total", 1),
      fact("training.sessions", 3),
    ],
  });
  const facts = results.filter((r) => r.rule.startsWith("facts."));
  assert.deepEqual(
    facts.map((r) => [r.rule, r.outcome]),
    [
      ["facts.requests.received", "pass"],
      ["facts.requests.carried_over", "fail"],
      ["facts.litigation.total", "pass"],
    ],
  );
  assert.deepEqual(factTarget("normative.issued", "2021"), { table: "proactive", cells: ["normative.issued"] });
  assert.equal(factTarget("normative.issued", "2019"), null);
});

test("checkTables(legacy tables) returns no results", () => {
  const na = (key: TableKey): ParsedTable => ({
    key,
    status: "not_applicable",
    template: "legacy",
    layout: null,
    span: null,
    cells: {},
    diagnostics: [],
  });
  assert.deepEqual(checkTables({ proactive: na("proactive"), requests: na("requests"), review: na("review") }), []);
});

test("suggestRepair(tables) proposes the single-cell edit that satisfies every failed rule", () => {
  const fixes = suggestRepair(tables({ ...GOOD, "granted.total": 7 }));
  assert.deepEqual(fixes, [
    {
      cell: "requests.granted.total",
      from: 7,
      to: 6,
      kind: "single_cell",
      fixes: ["requests.outcome.total", "requests.row.granted"],
    },
  ]);
  assert.deepEqual(suggestRepair(tables(GOOD)), []);
});

test("suggestRepair(tables) recognises a digit transposition", () => {
  const big = {
    "new.natural_person": 21,
    "new.total": 21,
    "granted.natural_person": 21,
    "granted.total": 21,
    "total.natural_person": 21,
    "total.total": 21,
  };
  const fixes = suggestRepair(tables({ ...big, "granted.natural_person": 12 }));
  assert.equal(fixes[0]?.cell, "requests.granted.natural_person");
  assert.equal(fixes[0]?.to, 21);
  assert.equal(fixes[0]?.kind, "transposition");
  assert.ok(isDigitTransposition(123, 213));
  assert.ok(!isDigitTransposition(123, 321 + 1));
  assert.ok(!isDigitTransposition(5, 5));
});

test("suggestRepair(tables) proposes nothing when no single edit explains the failures", () => {
  const fixes = suggestRepair(tables({ ...GOOD, "granted.total": 9, "new.commercial": 5 }));
  assert.deepEqual(fixes, []);
});

test("checkCrossYear(reports) checks carried_forward(y) = carried_over(y+1) and the stock-flow", () => {
  const y1 = tables(
    { "carried_forward.natural_person": 2, "carried_forward.total": 2 },
    {},
    { "normative.in_force": 10 },
  );
  const y2 = tables(
    { "carried_over.natural_person": 2, "carried_over.total": 3 },
    {},
    { "normative.in_force": 12, "normative.issued": 3, "normative.repealed": 1 },
  );
  const results = checkCrossYear([
    { agency_id: "a", year: 2022, tables: y2 },
    { agency_id: "a", year: 2021, tables: y1 },
    { agency_id: "b", year: 2021, tables: y1 },
    { agency_id: "a", year: 2024, tables: y2 },
  ]);
  const byRule = Object.fromEntries(results.map((r) => [r.rule, r]));
  assert.equal(byRule["cross_year.carried_forward.natural_person"]?.outcome, "pass");
  assert.equal(byRule["cross_year.carried_forward.total"]?.outcome, "fail");
  assert.equal(byRule["cross_year.carried_forward.total"]?.expected, 2);
  assert.equal(byRule["cross_year.carried_forward.total"]?.found, 3);
  assert.equal(byRule["cross_year.stock.normative"]?.outcome, "pass");
  assert.ok(results.every((r) => r.agency_id === "a" && r.year === 2022 && r.previous_year === 2021));
  assert.equal(results.length, 7 + 2);
});

test("formatCheckReport(results) renders counts and a row per rule with Chinese and English labels", () => {
  const results = checkTables(tables({ ...GOOD, "granted.total": 7 }));
  const text = formatCheckReport(results, { title: "demo" });
  const lines = text.split("\n");
  assert.equal(lines[0], "demo");
  assert.match(lines[1] ?? "", /通过 pass 40 · 不符 fail 2/);
  assert.ok(text.includes("办理结果之和 outcome sum"));
  assert.ok(text.includes("✗ requests.row.granted"));
  assert.equal(lines.length, 2 + 2 + 42 + 2);
  const failures = formatCheckReport(results, { failuresOnly: true });
  assert.equal(failures.split("\n").length, 1 + 2 + 2 + 2);
});

test("checkTables(tables) fails an identity that empty cells cannot rescue (counts are non-negative)", () => {
  const results = checkTables(tables({ ...GOOD, "granted.commercial": null, "granted.total": 3 }));
  const row = results.find((r) => r.rule === "requests.row.granted")!;
  assert.equal(row.outcome, "fail");
  assert.equal(row.found, 3);
  assert.equal(row.expected, 4);
  assert.match(row.message, /empty cells counted as 0/);
});

test("formatCheckReport(results, {suggestions}) lists repair suggestions under the failures", () => {
  const t = tables({ ...GOOD, "granted.total": 7 });
  const text = formatCheckReport(checkTables(t), { failuresOnly: true, suggestions: suggestRepair(t) });
  assert.match(
    text,
    /建议 suggestion: requests\.granted\.total 7 → 6 \(单格修正 single cell; fixes requests\.outcome\.total, requests\.row\.granted\)/,
  );
});
