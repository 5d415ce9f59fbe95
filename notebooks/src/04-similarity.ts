// %% md
// # 04 · Similarity: which reports resemble which, and in what words
//
// **Question.** Pick a report: which reports are nearest to it, and which passages do they share?
// And across a small set of full reports, how similar is each pair?
//
// Similarity is the cosine of TF-IDF vectors (words from the domain dictionary); shared passages
// come from the similarity stage's alignment (numbers masked, mandated text a barrier).
// %%
import * as kit from "../dist/index.js";
kit.loadPlotly();
// %%
const analysis = await kit.loadCorpus(kit.paths.corpusDir());
const records = analysis.records;
const docs = kit.textDocs(records, analysis.analyses);
const index = kit.tfidfIndex(docs);
const renderer = await kit.launchChartRenderer();
`${docs.length} reports with text of ${records.length}`
// %% md
// ## One report and its nearest neighbours
// We pick the report that holds the longest passage shared with another agency's report, list its
// nearest reports, and show the two side by side with every shared passage highlighted (the same
// number marks the same passage on both sides).
// %%
const longest = kit.topRows(kit.filterRows(kit.selectColumns(analysis.corpus.reuse?.passages ?? [], ["a", "b", "kind", "length"]), { kind: "shared" }), "length", 1)[0];
const focus = kit.docById(docs, String(longest?.a ?? ""))!;
const neighbours = kit.topSimilar(index, focus.id, 5);
kit.showTable(kit.selectColumns(neighbours, ["id", "score"]), { caption: `Nearest reports to ${kit.reportLabels([focus.id], records)[0]}` });
// %%
const partner = kit.docById(docs, String(longest?.b ?? neighbours[0]?.id ?? ""))!;
const passages = kit.alignPassages(focus, partner);
const marks = kit.passageHighlights(passages);
kit.showHtml(
  kit.sideBySideHtml(
    { title: kit.reportLabels([focus.id], records)[0]!, text: focus.text, spans: marks.a },
    { title: kit.reportLabels([partner.id], records)[0]!, text: partner.text, spans: marks.b },
    { maxChars: 2500 },
  ),
  `${passages.length} shared passages`,
);
// %%
`${passages.length} shared passages between ${focus.id} and ${partner.id}`
// %% md
// ## A similarity heatmap of the longest reports
// %%
const set = kit.longestTexts(docs, 10);
const matrix = kit.similarityMatrix(set);
const labels = kit.reportLabels(matrix.ids, records);
await kit.showChart(
  kit.heatmapSpec(
    { x: labels, y: labels, z: matrix.values },
    {
      title: "报告相似度 Report similarity",
      subtitle: "TF-IDF 余弦 cosine; 最长的 10 份报告 the 10 longest reports",
      zTitle: "余弦 cosine",
      zmin: 0,
      zmax: 1,
      decimals: 2,
      height: 640,
      width: 820,
    },
  ),
  renderer,
);
// %%
await kit.showChart(
  kit.histogramSpec(kit.pairValues(matrix.values), {
    title: "两两相似度分布 Pairwise similarity",
    subtitle: "上图中每对报告一次 each pair of the heatmap once",
    xTitle: "TF-IDF 余弦 cosine",
    yTitle: "报告对数 Pairs",
    binSize: 0.05,
    start: 0,
    end: 1,
  }),
  renderer,
);
// %% md
// ## Checks on this notebook's own results
// %%
for (const [i, row] of matrix.values.entries()) {
  if (Math.abs((row[i] ?? 0) - 1) > 1e-6) throw new Error(`self-similarity of ${matrix.ids[i]} is ${row[i]}, expected 1`);
  for (const [j, v] of row.entries()) {
    if (v < -1e-9 || v > 1 + 1e-9) throw new Error(`similarity out of [0, 1]: ${v}`);
    if (Math.abs(v - (matrix.values[j]?.[i] ?? Number.NaN)) > 1e-9) throw new Error("the matrix is not symmetric");
  }
}
for (const [k, n] of neighbours.entries()) if (k > 0 && n.score > (neighbours[k - 1]?.score ?? 1)) throw new Error("neighbours are not sorted by score");
for (const p of passages) if (p.aEnd > focus.text.length || p.bEnd > partner.text.length) throw new Error("a passage lies outside its text");
if (longest !== undefined && passages.length === 0) throw new Error("the pair with the longest shared passage aligns no passage");
"all checks passed"
// %%
await renderer.close();
