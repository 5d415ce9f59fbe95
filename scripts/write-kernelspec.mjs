#!/usr/bin/env node
// Writes the project-local tslab kernelspec (.jupyter/kernels/tslab/kernel.json).
// `tslab install` needs IPython, which Debian's Jupyter does not bring; this does the same.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = resolve(root, ".jupyter", "kernels", "tslab");
mkdirSync(dir, { recursive: true });
const spec = {
  argv: [resolve(root, "node_modules", ".bin", "tslab"), "kernel", "--config-path", "{connection_file}"],
  display_name: "TypeScript (tslab)",
  language: "typescript",
};
writeFileSync(resolve(dir, "kernel.json"), `${JSON.stringify(spec, null, 2)}\n`);
