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
// %%
const plotly = readFileSync(join(kit.paths.PROJECT_ROOT, "node_modules/plotly.js-dist-min/plotly.min.js"), "utf8");
tslab.display.html(`<script>${plotly}</script><div id="len"></div><script>Plotly.newPlot("len", [{type: "bar", x: ${JSON.stringify(files.map((f) => relative(corpus, f)))}, y: ${JSON.stringify(lengths)}}], {title: "报告长度 Report length (characters)"});</script>`);
