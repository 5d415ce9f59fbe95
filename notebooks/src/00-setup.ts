// %% md
// # 00 · Setup check
// Proves the notebook path: the built library, each design-card package, a danfojs frame
// and a plotly chart of something real from the corpus. Run `npm run build` first.
// %%
import * as kit from "../dist/index.js";
const dfd = kit.dfd;
import * as ss from "simple-statistics";
import * as tslab from "tslab";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
// %%
const corpus = kit.paths.corpusDir();
corpus
// %% md
// Report length (characters) of each report in the seeds and Pingtan folders.
// %%
const files = ["seeds", "pingtan"].flatMap((d) => readdirSync(join(corpus, d)).sort().map((f) => join(corpus, d, f)));
const lengths = files.map((f) => readFileSync(f, "utf8").length);
const df = new dfd.DataFrame({ file: files.map((f) => relative(corpus, f)), chars: lengths });
df.toString()
// %%
if (files.length < 10) throw new Error(`expected the 10 bundled reports, found ${files.length}`);
({ mean: ss.mean(lengths), median: ss.median(lengths) })
// %%
kit.words("依申请公开收到申请12件")
// %% md
// A chart: plotly.js is loaded once per notebook, and every chart is shown interactive with a
// static PNG beside it (drawn in headless Chromium), so it also shows on viewers without JavaScript.
// %%
kit.loadPlotly();
const renderer = await kit.launchChartRenderer();
await kit.showChart(
  kit.barChartSpec(files.map((f, i) => ({ category: relative(corpus, f), value: lengths[i] ?? null })), {
    title: "报告长度 Report length",
    xTitle: "报告长度 Length (characters)",
    orientation: "h",
    height: 520,
  }),
  renderer,
);
await renderer.close();
