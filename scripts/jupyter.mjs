// Runs Debian's Jupyter with the project's kernelspec. Shared by run-notebooks, lab and the notebook tests.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const NOTEBOOK_DIR = resolve(ROOT, "notebooks");
export const PYTHON = "/usr/bin/python3";

/** Environment for Jupyter: the project-local kernelspec first. */
export function jupyterEnv(extra = {}) {
  const path = resolve(ROOT, ".jupyter");
  return { ...process.env, JUPYTER_PATH: path, ...extra };
}

/** Notebook files, sorted. */
export function notebooks() {
  return readdirSync(NOTEBOOK_DIR)
    .filter((f) => /^\d\d-.*\.ipynb$/.test(f))
    .sort()
    .map((f) => resolve(NOTEBOOK_DIR, f));
}

/**
 * Execute one notebook headless. With `inplace`, the executed notebook replaces the file
 * (used to commit executed notebooks); otherwise it is written under out/notebooks.
 */
export function executeNotebook(file, { inplace = false, timeout = 600 } = {}) {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} not found; install jupyter-nbconvert`);
  const args = [
    "-m",
    "nbconvert",
    "--to",
    "notebook",
    "--execute",
    `--ExecutePreprocessor.timeout=${timeout}`,
    "--ExecutePreprocessor.kernel_name=tslab",
    "--ExecutePreprocessor.record_timing=False",
  ];
  if (inplace) args.push("--inplace");
  else args.push("--output-dir", resolve(ROOT, "out", "notebooks"));
  args.push(file);
  const r = spawnSync(PYTHON, args, {
    cwd: NOTEBOOK_DIR,
    env: jupyterEnv(),
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (inplace && r.status === 0) cleanNotebook(file);
  return r;
}

/** Marker of the output that loads plotly.js into the page (src/charts/notebook.ts PLOTLY_LOADER_MARK). */
const PLOTLY_LOADER_MARK = "xxgk:plotly-loader";

/**
 * Make an executed notebook fit to commit: deterministic and small. Drops volatile metadata
 * (execution timings), and drops the inline plotly.js (4.8 MB) from the loader output, keeping
 * its text line: the committed notebook shows every chart as its static image; re-running it
 * in Jupyter makes the charts interactive again.
 */
export function cleanNotebook(file) {
  const nb = JSON.parse(readFileSync(file, "utf8"));
  for (const cell of nb.cells) {
    if (cell.metadata) delete cell.metadata.execution;
    for (const out of cell.outputs ?? []) {
      const html = out.data?.["text/html"];
      const text = Array.isArray(html) ? html.join("") : html;
      if (typeof text === "string" && text.includes(PLOTLY_LOADER_MARK)) {
        delete out.data["text/html"];
        out.data["text/plain"] = [
          "plotly.js was loaded here when the notebook ran (dropped from the committed file to keep it small);",
          "\nthe charts below show as static images until the notebook is run again.",
        ];
      }
    }
  }
  writeFileSync(file, `${JSON.stringify(nb, null, 1)}\n`);
}
