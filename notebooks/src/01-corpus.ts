// %% md
// # 01 · The corpus: who reports, in which format, and how well we can read it
//
// **Question.** Which agencies, levels, provinces and years does the corpus cover, in which report
// formats and file formats — and how much of each report could the parser read? We look at the
// share of tables parsed complete, partial or missing, and at how often the accounting identities
// (勾稽关系) fail, by rule, level and year.
//
// The corpus is `$XXGK_CORPUS` (default: the bundled `data/raw`). Every number below is computed
// from it by the library; the cells only call functions and show results.
// %%
import * as kit from "../dist/index.js";
kit.loadPlotly();
// %%
const corpus = kit.paths.corpusDir();
const { records } = await kit.loadCorpus(corpus);
const renderer = await kit.launchChartRenderer();
const reports = kit.reportRows(records);
`${records.length} reports read from ${corpus}`
// %% md
// ## Coverage: levels, provinces, years, formats
// %%
kit.showTable(kit.tallyRows(reports, ["level"]), { caption: "Reports by administrative level" });
// %%
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(kit.tallyRows(reports, ["level"]), { category: "level", value: "n", categoryLabels: kit.LEVEL_LABELS }), {
    title: "语料 Corpus: 各层级报告数 reports by level",
    xTitle: "行政层级 Administrative level",
    yTitle: "报告数 Reports",
    categoryOrder: Object.values(kit.LEVEL_LABELS),
    labels: true,
  }),
  renderer,
);
// %%
kit.showTable(kit.topRows(kit.tallyRows(reports, ["province"]), "n", 40), { caption: "Reports by province (null: not determined, or a central agency)", maxRows: 40 });
// %%
await kit.showChart(kit.figureSpec("corpus-years", records), renderer);
// %%
kit.showTable(kit.tallyRows(reports, ["format", "encoding", "script"]), { caption: "File formats, encodings and scripts" });
// %% md
// Report length in characters, described with danfojs:
// %%
kit.toDataFrame(reports, kit.REPORT_COLUMNS.filter((c) => c.name === "chars")).describe().toString()
// %% md
// ## Parse status and data quality
// Each report has three tables (表二 proactive, 表三 requests, 表四 review). Legacy reports
// (before 2019) have no national tables: `not_applicable`. The openings in the bundled corpus keep
// only the first 1–2k characters of a page, so their tables are `missing` by construction.
// %%
const tableStatus = kit.tallyRows(kit.tableStatusRows(records), ["table", "status"], { within: ["table"] });
kit.showTable(tableStatus, { caption: "Table status: count and share within each table" });
// %%
await kit.showChart(kit.figureSpec("table-status", records), renderer);
// %% md
// ## Identity failures by rule, level and year
// A rule is checked only where the cells it needs were read; otherwise it is `not_assessable`
// and left out of the rate. Intervals are 95 % Wilson intervals (honest for small n).
// %%
const checks = kit.ruleFamilyRows(records);
kit.showTable(kit.tallyRows(checks, ["outcome"]), { caption: "All identity checks by outcome" });
// %%
await kit.showChart(kit.figureSpec("rule-failures", records), renderer);
// %%
const byLevel = kit.rateRows(checks, ["level"], "outcome", "fail", { exclude: ["not_assessable"] });
kit.showTable(byLevel, { caption: "Failure rate by level" });
// %%
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(byLevel, { category: "level", value: "rate", lo: "lo", hi: "hi", scale: 100, categoryLabels: kit.LEVEL_LABELS }), {
    title: "勾稽关系不符比例 Identity failure rate by level",
    subtitle: "95% Wilson 区间 intervals; 仅可检验的检查 checks that could be made",
    xTitle: "行政层级 Level",
    yTitle: "不符比例 Failure rate (%)",
  }),
  renderer,
);
// %%
const byYear = kit.rateRows(checks, ["year"], "outcome", "fail", { exclude: ["not_assessable"] });
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(byYear, { category: "year", value: "rate", lo: "lo", hi: "hi", scale: 100 }), {
    title: "勾稽关系不符比例 Identity failure rate by year",
    subtitle: "95% Wilson 区间 intervals; 仅可检验的检查 checks that could be made",
    xTitle: "报告年度 Year reported on",
    yTitle: "不符比例 Failure rate (%)",
  }),
  renderer,
);
// %% md
// ## Checks on this notebook's own results
// These throw when a result is impossible, so that a silent breakage fails `npm test`.
// %%
if (records.length < 10) throw new Error(`expected at least the 10 full bundled reports, found ${records.length}`);
for (const r of tableStatus) {
  if (typeof r.share !== "number" || r.share < 0 || r.share > 1) throw new Error(`share out of [0, 1]: ${JSON.stringify(r)}`);
}
for (const table of ["proactive", "requests", "review"]) {
  const total = Number(kit.summariseRows(kit.filterRows(tableStatus, { table }), [], "share")[0]?.sum ?? 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error(`${table} status shares sum to ${total}, expected 1`);
}
if (kit.filterRows(tableStatus, { table: "requests", status: "complete" }).length === 0) throw new Error("no complete request table");
for (const r of [...byLevel, ...byYear]) {
  if (r.rate !== null && !((r.lo as number) <= (r.rate as number) && (r.rate as number) <= (r.hi as number))) throw new Error(`interval misses its rate: ${JSON.stringify(r)}`);
}
"all checks passed"
// %%
await renderer.close();
