// Runs Debian's Jupyter with the project's kernelspec. Shared by run-notebooks, lab and the notebook tests.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
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
  ];
  if (inplace) args.push("--inplace");
  else args.push("--output-dir", resolve(ROOT, "out", "notebooks"));
  args.push(file);
  return spawnSync(PYTHON, args, {
    cwd: NOTEBOOK_DIR,
    env: jupyterEnv(),
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
}
