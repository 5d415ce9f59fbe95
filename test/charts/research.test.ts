import assert from "node:assert/strict";
import { test } from "node:test";
import {
  agencyNodeRows,
  improvementRows,
  outcomeReasonRows,
  reportLabels,
  reuseSectionRows,
  ruleFamilyRows,
  selectColumns,
  sharedTextEdges,
  tableHtml,
  tableText,
  termRows,
  textDocs,
  topRows,
} from "../../src/charts/index.js";
import { cellRows } from "../../src/frames/index.js";
import type { Sections } from "../../src/types.js";
import { fakeCorpus, fakeRecord } from "../fixtures/charts/records.js";

const corpus = fakeCorpus();

test("ruleFamilyRows(records) adds the rule family to every rule row", () => {
  const rows = ruleFamilyRows(corpus);
  assert.equal(rows.length, 5);
  assert.deepEqual([...new Set(rows.map((r) => r.family))], ["requests.balance", "requests.outcome_sum"]);
});

test("outcomeReasonRows(cells, group) keeps the group's rows of the total column", () => {
  const rows = outcomeReasonRows(cellRows(corpus), "denied");
  assert.deepEqual(
    rows.map((r) => [r.report_id, r.row, r.value]),
    [
      ["a", "denied.state_secret", 2],
      ["a", "denied.third_party", 1],
    ],
  );
});

test("reportLabels(ids, records) names reports by agency and year, numbering repeats", () => {
  const twins = [fakeRecord({ id: "x", year: 2022 }), { ...fakeRecord({ id: "y", year: 2022 }) }];
  const relabelled = [twins[0]!, { ...twins[1]!, report: { ...twins[1]!.report, meta: twins[0]!.report.meta } }];
  assert.deepEqual(reportLabels(["x", "y", "zz"], relabelled), ["机关x 2022", "机关x 2022 (2)", "zz"]);
});

test("reuseSectionRows(records) gives one row per report and section with a reuse share", () => {
  const r = {
    ...fakeRecord({ id: "s", year: 2021 }),
    reuse: {
      boilerplate_share: 0.5,
      mandated_share: 0.2,
      self_share: 0.1,
      cross_share: 0.2,
      by_section: { overview: 0.4, issues: null },
    },
  };
  assert.deepEqual(
    reuseSectionRows([r]).map((x) => [x.section, x.share]),
    [
      ["overview", 0.4],
      ["issues", null],
    ],
  );
});

test("sharedTextEdges(passages, records) sums shared passages per agency pair, ignoring self-reuse", () => {
  const edges = sharedTextEdges(
    [
      { a: "a", b: "b", kind: "shared", length: 30 },
      { a: "b", b: "a", kind: "shared", length: 20 },
      { a: "a", b: "c", kind: "self", length: 99 },
    ],
    corpus,
  );
  assert.deepEqual(edges, [{ source: "agency-a", target: "agency-b", weight: 50, passages: 2 }]);
  assert.equal(agencyNodeRows(corpus).length, 4);
});

test("termRows(rows, column, tokenize) ranks terms by the texts that use them, then by count", () => {
  const rows = termRows(
    [{ t: "公开 不够 公开 不够 不够 不够" }, { t: "公开 机制" }, { t: null }],
    "t",
    (s) => s.split(" "),
    2,
  );
  assert.deepEqual(rows, [
    { term: "公开", count: 3, texts: 2 },
    { term: "不够", count: 4, texts: 1 },
  ]);
});

test("improvementRows(records) marks whether each improvement answers a problem", () => {
  const rec = {
    ...fakeRecord({ id: "i", year: 2022 }),
    items: [
      { kind: "problem" as const, text: "p", start: 0, end: 1, section: "issues", specificity: 0.1, answers: null },
      { kind: "improvement" as const, text: "i1", start: 2, end: 3, section: "issues", specificity: 0.2, answers: 0 },
      {
        kind: "improvement" as const,
        text: "i2",
        start: 4,
        end: 5,
        section: "issues",
        specificity: 0.2,
        answers: null,
      },
    ],
  };
  assert.deepEqual(
    improvementRows([rec]).map((r) => [r.text, r.answered]),
    [
      ["i1", "answers a problem"],
      ["i2", "answers none"],
    ],
  );
});

test("topRows / selectColumns pick and reshape rows without losing order on ties", () => {
  const rows = [
    { k: "a", v: 1 },
    { k: "b", v: null },
    { k: "c", v: 3 },
    { k: "d", v: 1 },
  ];
  assert.deepEqual(
    topRows(rows, "v", 3).map((r) => r.k),
    ["c", "a", "d"],
  );
  assert.deepEqual(selectColumns([{ a: 1, list: [1, 2], o: undefined }], ["a", "list", "o", "zz"]), [
    { a: 1, list: "[1,2]", o: null, zz: null },
  ]);
});

test("textDocs(records, analyses) joins texts by report id and leaves out empty ones", () => {
  const sections = {} as Sections;
  const docs = textDocs(
    corpus,
    new Map([
      ["a", { doc: { text: "正文" }, sections }],
      ["b", { doc: { text: "  " }, sections }],
    ]),
  );
  assert.deepEqual(
    docs.map((d) => [d.id, d.agency_id, d.year, d.text]),
    [["a", "agency-a", 2021, "正文"]],
  );
});

test("tableHtml / tableText show rows with — for null, escaped, cut at maxRows", () => {
  const rows = [
    { name: "<b>甲</b>", v: 0.12345, n: null },
    { name: "乙", v: 2, n: 3 },
  ];
  const html = tableHtml(rows, { caption: "T", maxRows: 1 });
  assert.ok(html.includes("&lt;b&gt;甲&lt;/b&gt;"));
  assert.ok(html.includes("<td>0.123</td><td>—</td>"));
  assert.ok(html.includes("1 more rows"));
  assert.equal(tableText(rows), "name\tv\tn\n<b>甲</b>\t0.123\t—\n乙\t2\t3");
});
