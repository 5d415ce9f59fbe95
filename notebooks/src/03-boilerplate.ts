// %% md
// # 03 · Boilerplate: how much of a report is written for the occasion?
//
// **Question.** How much of each report repeats text — text the national format mandates, the
// agency's own earlier reports (self-reuse), or other agencies' reports (cross-agency reuse)? How
// does that vary by section, level and year? Which template passages are the most widespread, and
// which agencies share text with which?
//
// Reuse comes from the similarity stage's passage alignment (numbers masked, mandated text a
// barrier): a passage counts when at least 20 letters/ideographs align at ≥ 90 % identity.
// %%
import * as kit from "../dist/index.js";
kit.loadPlotly();
// %%
const analysis = await kit.loadCorpus(kit.paths.corpusDir());
const records = kit.countedRecords(analysis.records);
const reports = kit.reportRows(records);
const reuse = analysis.corpus.reuse;
const renderer = await kit.launchChartRenderer();
`${records.length} counted reports; ${reuse?.stats.passages ?? 0} reused passages in ${reuse?.clusters.length ?? 0} clusters`
// %% md
// ## Share of reused text, by level and year
// %%
const kinds = kit.meltRows(reports, ["report_id", "level", "year"], Object.keys(kit.REUSE_KIND_LABELS), { name: "kind", value: "share" });
const byLevel = kit.summariseRows(kinds, ["level", "kind"], "share", { bounds: [0, 1] });
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(byLevel, { category: "level", value: "mean", series: "kind", scale: 100, categoryLabels: kit.LEVEL_LABELS, seriesLabels: kit.REUSE_KIND_LABELS }), {
    title: "复用文本 Reused text by level",
    subtitle: "每份报告的平均占比 mean share of a report's text",
    xTitle: "行政层级 Level",
    yTitle: "占报告文本 Share of text (%)",
    mode: "stack",
    categoryOrder: Object.values(kit.LEVEL_LABELS),
  }),
  renderer,
);
// %%
const byYear = kit.sortRows(kit.summariseRows(reports, ["year"], "boilerplate_share", { bounds: [0, 1] }), ["year"]);
kit.showTable(kit.selectColumns(byYear, ["year", "given", "missing", "mean", "lo", "hi"]), { caption: "Reused share (all kinds) by year: mean with 95% t interval", maxRows: 30 });
// %%
await kit.showChart(
  kit.lineChartSpec(kit.toLinePoints(byYear, { category: "year", value: "mean", lo: "lo", hi: "hi", scale: 100 }), {
    title: "复用文本 Reused text by year",
    subtitle: "平均数与 95% t 区间 mean and 95% t interval",
    xTitle: "报告年度 Year reported on",
    yTitle: "占报告文本 Share of text (%)",
  }),
  renderer,
);
// %% md
// ## By section
// %%
const bySection = kit.summariseRows(kit.reuseSectionRows(records), ["section"], "share", { bounds: [0, 1] });
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(bySection, { category: "section", value: "mean", lo: "lo", hi: "hi", scale: 100, categoryLabels: kit.SECTION_LABELS }), {
    title: "各部分的复用文本 Reused text by section",
    subtitle: "平均数与 95% t 区间 mean and 95% t interval, over reports that have the section",
    xTitle: "占该部分文本 Share of the section's text (%)",
    orientation: "h",
    categoryOrder: Object.values(kit.SECTION_LABELS),
  }),
  renderer,
);
// %% md
// ## The most widespread template passages
// %%
const clusters = kit.selectColumns(reuse?.clusters ?? [], ["agencies", "reports", "firstYear", "kind", "prototype"]);
kit.showTable(kit.topRows(clusters, "agencies", 10), { caption: "Passages shared by the most agencies (prototype: the earliest occurrence)" });
// %% md
// ## Who shares text with whom
// Agencies are tied by the characters of text they share (cross-agency passages only); the 40
// strongest ties are drawn, agencies without a tie are left out.
// %%
const edges = kit.topRows(kit.sharedTextEdges(reuse?.passages ?? [], records), "weight", 40);
const graph = kit.networkFromRows(kit.agencyNodeRows(records), edges, { onlyLinked: true });
await kit.showChart(
  kit.networkSpec(graph, {
    title: "共享文本的机关 Agencies that share text",
    subtitle: `线宽: 共享字数 line width: characters shared; ${graph.isolated} 个机关无共享 agencies share none`,
    groupTitle: "层级 Level",
    height: 620,
  }),
  renderer,
);
// %% md
// ## Checks on this notebook's own results
// %%
for (const v of [...kit.columnNumbers(kinds, "share"), ...kit.columnNumbers(reports, "boilerplate_share")]) {
  if (v < 0 || v > 1 + 1e-9) throw new Error(`a share is out of [0, 1]: ${v}`);
}
for (const c of reuse?.clusters ?? []) if (c.agencies > c.reports) throw new Error(`cluster ${c.id} has more agencies than reports`);
for (const e of edges) if ((e.weight as number) <= 0) throw new Error(`an edge has no weight: ${JSON.stringify(e)}`);
if (records.length > 1 && reuse === null) throw new Error("the corpus has reports but no reuse analysis");
"all checks passed"
// %%
await renderer.close();
