// %% md
// # 05 · Problems and improvements: what agencies admit, and whether they fix it
//
// **Question.** Section 五 of every report lists the agency's problems (存在的主要问题) and
// improvements (改进情况). Which kinds of problem come up most? How specific are they — a named
// system and a number, or 套话 that fits any agency? Are the same problems repeated year after year,
// and which improvements answer no problem at all?
//
// Items come from the narrative stage (wherever the report really puts them); specificity is its
// score in [0, 1] (see `src/narrative/SPECIFICITY.md`); an improvement "answers" a problem when the
// narrative stage links it to one by shared content words.
// %%
import * as kit from "../dist/index.js";
kit.loadPlotly();
// %%
const analysis = await kit.loadCorpus(kit.paths.corpusDir());
const records = kit.countedRecords(analysis.records);
const items = kit.itemRows(records);
const problems = kit.filterRows(items, { kind: "problem" });
const renderer = await kit.launchChartRenderer();
kit.showTable(kit.tallyRows(items, ["kind"]), { caption: `Narrative items in ${records.length} counted reports` });
// %% md
// ## How many per report
// %%
const perReport = kit.reportRows(records);
kit.showTable(kit.selectColumns(kit.summariseRows(perReport, ["level"], "problems", { bounds: [0, Number.POSITIVE_INFINITY] }), ["level", "n", "mean", "lo", "hi", "sum"]), { caption: "Problems per report by level: mean with 95% t interval" });
// %% md
// ## The most frequent kinds of problem
// Content words (domain dictionary, stop words removed) counted over the problem items; `texts` is
// the number of problems that use the word.
// %%
const terms = kit.termRows(problems, "text", kit.narrativeLinking.contentWords, 20);
await kit.showChart(
  kit.barChartSpec(kit.toBarRows(terms, { category: "term", value: "texts" }), {
    title: "问题的常见用词 Most frequent words in problems",
    subtitle: "含该词的问题条目数 problem items using the word",
    xTitle: "问题条目数 Problem items",
    orientation: "h",
    height: 560,
    labels: true,
  }),
  renderer,
);
// %% md
// ## Specificity
// %%
const specificity = kit.summariseRows(items, ["kind"], "specificity", { bounds: [0, 1] });
kit.showTable(kit.selectColumns(specificity, ["kind", "given", "missing", "mean", "lo", "hi", "sd"]), { caption: "Specificity by kind: mean with 95% t interval" });
// %%
await kit.showChart(
  kit.histogramSpec(kit.columnNumbers(problems, "specificity"), {
    title: "问题的具体程度 How specific problems are",
    subtitle: "0 = 套话 boilerplate, 1 = 具体 specific (numbers, dates, named systems, rare words)",
    xTitle: "具体性得分 Specificity score",
    yTitle: "问题条目数 Problem items",
    binSize: 0.05,
    start: 0,
    end: 1,
  }),
  renderer,
);
// %%
kit.showTable(kit.selectColumns(kit.topRows(problems, "specificity", 5), ["agency", "year", "specificity", "text"]), { caption: "The five most specific problems" });
// %% md
// ## The same problems, year after year
// For agencies with reports of several years, the share of the issues section (outside text the
// national format mandates) that repeats an earlier report of the same agency.
// %%
const repeated = kit.selectColumns(analysis.corpus.reuse?.selfReuse ?? [], ["id", "agency_id", "year", "previous", "issuesChars", "issuesShare", "reportShare"]);
const withHistory = kit.rejectRows(repeated, { previous: "[]" });
kit.showTable(kit.topRows(withHistory, "issuesShare", 15), { caption: `Issues text repeated from the agency's earlier reports (${withHistory.length} of ${repeated.length} reports have an earlier one)` });
// %%
await kit.showChart(
  kit.lineChartSpec(kit.toLinePoints(kit.filterRows(repeated, { agency_id: kit.columnValues(withHistory, "agency_id") }), { category: "year", value: "issuesShare", series: "agency_id", scale: 100 }), {
    title: "问题年年相同 Problems repeated year after year",
    subtitle: "问题部分与本机关往年报告重复的比例 share of the issues text repeating the agency's earlier reports",
    xTitle: "报告年度 Year reported on",
    yTitle: "重复比例 Repeated (%)",
  }),
  renderer,
);
// %% md
// ## Improvements that answer no problem
// %%
const improvements = kit.improvementRows(records);
kit.showTable(kit.tallyRows(improvements, ["answered"]), { caption: "Improvements, by whether they answer a stated problem" });
// %%
kit.showTable(kit.selectColumns(kit.filterRows(improvements, { answered: "answers none" }), ["agency", "year", "text"]), { caption: "Improvements that answer no problem", maxRows: 10 });
// %% md
// ## Checks on this notebook's own results
// %%
if (items.length === 0) throw new Error("no narrative items found in the corpus");
for (const v of kit.columnNumbers(items, "specificity")) if (v < 0 || v > 1) throw new Error(`specificity out of [0, 1]: ${v}`);
for (const v of kit.columnNumbers(repeated, "issuesShare")) if (v < 0 || v > 1) throw new Error(`repeated share out of [0, 1]: ${v}`);
const answered = kit.tallyRows(improvements, ["answered"]);
if (improvements.length > 0 && Math.abs(kit.columnNumbers(answered, "share").reduce((a, b) => a + b, 0) - 1) > 1e-9) throw new Error("answered shares do not sum to 1");
if (terms.length > 0 && (terms[0]?.texts as number) > problems.length) throw new Error("a word is in more problems than there are");
"all checks passed"
// %%
await renderer.close();
