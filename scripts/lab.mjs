#!/usr/bin/env node
// Opens the notebooks for a person in Jupyter (needs Debian's jupyter-notebook package).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { NOTEBOOK_DIR, PYTHON, jupyterEnv } from "./jupyter.mjs";

if (!existsSync("/usr/bin/jupyter-notebook")) {
  console.error("xxgk-lab: install Debian's jupyter-notebook first: apt-get install -y jupyter-notebook");
  process.exit(1);
}
const r = spawnSync(PYTHON, ["-m", "notebook", "--notebook-dir", NOTEBOOK_DIR, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: jupyterEnv(),
});
process.exit(r.status ?? 1);
