#!/usr/bin/env node
// Builds a notebook from a plain source file: cells separated by lines `// %%` (code)
// or `// %% md` (Markdown, with the leading `// ` removed). Usage:
//   node scripts/new-notebook.mjs notebooks/src/00-setup.ts notebooks/00-setup.ipynb
import { readFileSync, writeFileSync } from "node:fs";

const [src, dest] = process.argv.slice(2);
if (!src || !dest) {
  console.error("usage: new-notebook.mjs <source.ts> <notebook.ipynb>");
  process.exit(2);
}
const cells = [];
let cur = null;
for (const line of readFileSync(src, "utf8").split("\n")) {
  const m = /^\/\/ %%( md)?\s*$/.exec(line);
  if (m) {
    if (cur) cells.push(cur);
    cur = { kind: m[1] ? "markdown" : "code", lines: [] };
  } else if (cur) cur.lines.push(cur.kind === "markdown" ? line.replace(/^\/\/ ?/, "") : line);
}
if (cur) cells.push(cur);
const toSource = (lines) => {
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l));
};
// Cell ids are fixed (nbformat 4.5 wants one; Jupyter would otherwise invent random ones).
const nb = {
  cells: cells.map((c, i) =>
    c.kind === "markdown"
      ? { cell_type: "markdown", id: `cell-${i}`, metadata: {}, source: toSource(c.lines) }
      : {
          cell_type: "code",
          execution_count: null,
          id: `cell-${i}`,
          metadata: {},
          outputs: [],
          source: toSource(c.lines),
        },
  ),
  metadata: {
    kernelspec: {
      display_name: "TypeScript (tslab)",
      language: "typescript",
      name: "tslab",
    },
    language_info: {
      name: "typescript",
      file_extension: ".ts",
      mimetype: "text/typescript",
    },
  },
  nbformat: 4,
  nbformat_minor: 5,
};
writeFileSync(dest, `${JSON.stringify(nb, null, 1)}\n`);
