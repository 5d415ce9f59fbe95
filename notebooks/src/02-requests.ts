// %% md
// # 02 · Requests: how many, from whom, and with what outcome
//
// **Question.** How many information-disclosure requests (依申请公开) do agencies receive, from which
// kinds of applicant, and how are they answered — granted, partly granted, refused (by reason), unable
// to provide, not processed? How do volumes move over the years and across levels, and how do
// administrative reconsideration and litigation end?
//
// Source: table 3 (the request matrix) and table 4 of each report. Duplicates and 汇总 reports are
// left out of every sum (`countedRecords`). A blank or missing cell is not 0: it is left out and counted.
// %%
import * as kit from "../dist/index.js";
import * as ss from "simple-statistics";
kit.loadPlotly();
// %%
const { records } = await kit.loadCorpus(kit.paths.corpusDir());
const counted = kit.countedRecords(records);
const cells = kit.cellRows(counted);
const renderer = await kit.launchChartRenderer();
`${counted.length} reports counted of ${records.length}`
// %% md
// ## Volumes
// New requests received in the year (`new.total`), per report that gives the figure:
// %%
const news = kit.filterRows(cells, { table: "requests", cell: "new.total" });
kit.showTable(kit.selectColumns(news, ["agency", "year", "level", "value", "status"]), { caption: "New requests per report (表三 一、本年新收)" });
// %%
const newValues = kit.columnNumbers(news, "value");
({ reports: newValues.length, total: ss.sum(newValues), median: newValues.length > 0 ? ss.median(newValues) : null, max: newValues.length > 0 ? ss.max(newValues) : null })
// %%
const volumeByLevel = kit.summariseRows(news, ["level"], "value", { bounds: [0, Number.POSITIVE_INFINITY] });
kit.showTable(volumeByLevel, { caption: "New requests by level: mean with 95% t interval" });
// %%
await kit.showChart(kit.figureSpec("requests-per-report", records), renderer);
// %% md
// ## Outcomes
// Each outcome group sums its rows of table 3 in the total column.
// %%
const outcomes = kit.requestOutcomeRows(cells);
const outcomeTotals = kit.summariseRows(outcomes, ["outcome"], "value");
kit.showTable(outcomeTotals, { caption: "Requests by outcome (sum over reports; missing = reports that give none)" });
// %%
await kit.showChart(kit.figureSpec("request-outcomes", records), renderer);
// %% md
// The share of each outcome within a report, averaged over reports, with 95 % t intervals — the
// typical agency's answer mix, not dominated by the agencies with most requests:
// %%
const outcomeShares = kit.summariseRows(kit.shareRows(outcomes, ["report_id"], "value"), ["outcome"], "share", { bounds: [0, 1] });
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(outcomeShares, { category: "outcome", value: "mean", lo: "lo", hi: "hi", scale: 100, categoryLabels: kit.OUTCOME_LABELS }), {
    title: "办理结果构成 Outcome mix per report",
    subtitle: "各报告内占比的平均数 mean share within a report; 95% t 区间 intervals",
    xTitle: "办理结果 Outcome",
    yTitle: "占比 Share of a report's requests (%)",
    categoryOrder: Object.values(kit.OUTCOME_LABELS),
  }),
  renderer,
);
// %% md
// ### Refused, unable, not processed: the reasons
// %%
const refused = kit.summariseRows(kit.outcomeReasonRows(cells, "denied"), ["row"], "value");
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(refused, { category: "row", value: "sum", categoryLabels: kit.REQUEST_ROW_LABELS }), {
    title: "不予公开的理由 Refusals by reason",
    xTitle: "申请数 Requests (件)",
    orientation: "h",
    labels: true,
  }),
  renderer,
);
// %%
const unable = kit.summariseRows(kit.outcomeReasonRows(cells, "unable"), ["row"], "value");
const rejected = kit.summariseRows(kit.outcomeReasonRows(cells, "rejected"), ["row"], "value");
kit.showTable(kit.selectColumns([...unable, ...rejected], ["row", "n", "given", "missing", "sum"]), { caption: "Unable to provide and not processed, by reason" });
// %% md
// ## Applicants
// %%
const applicants = kit.summariseRows(kit.filterRows(cells, { table: "requests", row: "new", column: [...kit.APPLICANT_COLUMNS] }), ["column"], "value");
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(applicants, { category: "column", value: "sum", categoryLabels: kit.APPLICANT_LABELS }), {
    title: "申请人类型 New requests by applicant type",
    xTitle: "申请数 Requests (件)",
    orientation: "h",
    categoryOrder: Object.values(kit.APPLICANT_LABELS),
    labels: true,
  }),
  renderer,
);
// %% md
// ## Reconsideration and litigation (table 4)
// %%
const review = kit.summariseRows(kit.reviewOutcomeRows(cells), ["group", "outcome"], "value");
kit.showTable(kit.selectColumns(review, ["group", "outcome", "given", "missing", "sum"]), { caption: "Table 4 outcomes, summed over reports" });
// %%
await kit.showChart(kit.figureSpec("review-outcomes", records), renderer);
// %% md
// ## Checks on this notebook's own results
// %%
if (news.length === 0) throw new Error("no report gives new.total");
for (const v of [...newValues, ...kit.columnNumbers(outcomeTotals, "sum"), ...kit.columnNumbers(review, "sum")]) {
  if (v < 0) throw new Error(`a request count is negative: ${v}`);
}
for (const r of outcomeShares) {
  if (r.mean !== null && ((r.mean as number) < 0 || (r.mean as number) > 1)) throw new Error(`mean share out of [0, 1]: ${JSON.stringify(r)}`);
  if (r.lo !== null && !((r.lo as number) <= (r.mean as number) && (r.mean as number) <= (r.hi as number))) throw new Error(`interval misses its mean: ${JSON.stringify(r)}`);
}
if (ss.sum(newValues) !== kit.columnNumbers(news, "value").reduce((a, b) => a + b, 0)) throw new Error("sum disagrees");
"all checks passed"
// %%
await renderer.close();
