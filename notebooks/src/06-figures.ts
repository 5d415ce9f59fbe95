// %% md
// # 06 · Publication figures
//
// The figures of the project's write-up, computed over the corpus and exported as SVG (vector, for
// print) and PNG (2× resolution) under `out/figures/`. The same figures come from the command line:
// `xxgk figure all --format svg`. Each is titled, has labelled axes with units, a colour-blind-safe
// palette (Okabe–Ito) and a source note.
// %%
import * as kit from "../dist/index.js";
import { join } from "node:path";
kit.loadPlotly();
// %%
const corpus = kit.paths.corpusDir();
const { records } = await kit.loadCorpus(corpus);
const renderer = await kit.launchChartRenderer();
const specs = kit.publicationFigureSpecs(records);
kit.showTable(kit.PUBLICATION_FIGURES.map((f) => ({ name: f.name, description: f.description })), { caption: "Publication figures" });
// %%
const written = await kit.exportFigures(specs, kit.paths.FIGURES_DIR, renderer);
written.map((f) => f.slice(kit.paths.PROJECT_ROOT.length + 1)).join("\n")
// %% md
// ## The figures
// %%
await kit.showChart(specs["corpus-years"]!, renderer);
// %%
await kit.showChart(specs["table-status"]!, renderer);
// %%
await kit.showChart(specs["rule-failures"]!, renderer);
// %%
await kit.showChart(specs["request-outcomes"]!, renderer);
// %%
await kit.showChart(specs["review-outcomes"]!, renderer);
// %%
await kit.showChart(specs["requests-per-report"]!, renderer);
// %% md
// ## Checks
// Every figure was written in both formats, each SVG draws paths and the renderer saw no errors.
// %%
import { readFileSync } from "node:fs";
if (written.length !== 2 * kit.PUBLICATION_FIGURES.length) throw new Error(`expected ${2 * kit.PUBLICATION_FIGURES.length} files, found ${written.length}`);
for (const f of kit.PUBLICATION_FIGURES) {
  const svg = readFileSync(join(kit.paths.FIGURES_DIR, `${f.name}.svg`), "utf8");
  if (!/<path[^>]* d="M/.test(svg)) throw new Error(`${f.name}.svg draws no path`);
}
if (kit.filterRows([], {}).length !== 0 || renderer.errors().length > 0) throw new Error(`renderer errors: ${renderer.errors().join("; ")}`);
"all checks passed"
// %%
await renderer.close();
