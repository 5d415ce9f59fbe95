#!/usr/bin/env node
// Executes every notebook headless; fails on the first cell error.
// `--inplace` writes the executed notebooks back (to commit them with outputs).
import { basename } from "node:path";
import { executeNotebook, notebooks } from "./jupyter.mjs";

const inplace = process.argv.includes("--inplace");
let failed = 0;
for (const nb of notebooks()) {
  const r = executeNotebook(nb, { inplace });
  if (r.status === 0) console.log(`ok    ${basename(nb)}`);
  else {
    failed++;
    console.log(`FAIL  ${basename(nb)}\n${r.stderr.split("\n").slice(-30).join("\n")}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
