// The stage graph: a stage imports only the stages whose output it consumes, only through their
// index.ts, and never in a cycle; node built-ins and packages are free; no console in src/.
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");
const SHARED = new Set(["types.ts", "errors.ts", "paths.ts", "index.ts", "util"]);

/** Which stages each stage may import (besides the shared modules). */
const ALLOWED: Record<string, readonly string[]> = {
  ingest: [],
  sections: ["ingest"],
  tokenize: [],
  narrative: ["tokenize", "sections"],
  rules: ["narrative"],
  tables: ["rules", "narrative", "sections", "ingest"],
  similarity: ["tokenize", "sections"],
  frames: [],
  charts: ["frames"],
  pipeline: ["ingest", "sections", "tokenize", "narrative", "rules", "tables", "similarity", "frames", "charts"],
  cli: ["ingest", "sections", "tokenize", "narrative", "rules", "tables", "similarity", "frames", "charts", "pipeline"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function stageOf(file: string): string {
  return relative(SRC, file).split("/")[0] ?? "";
}

const edges: { from: string; to: string; file: string; spec: string }[] = [];
for (const file of files(SRC)) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? "";
    if (!spec.startsWith(".") || stageOf(file).endsWith(".ts")) continue; // src/index.ts re-exports every stage
    const target = resolve(dirname(file), spec);
    edges.push({ from: stageOf(file), to: stageOf(target), file: relative(SRC, file), spec: relative(SRC, target) });
  }
}

test("every stage imports only the stages whose output it consumes", () => {
  const bad = edges.filter(
    (e) =>
      e.from !== e.to &&
      !SHARED.has(e.to.replace(/\.js$/, ".ts")) &&
      !SHARED.has(e.to) &&
      !(ALLOWED[e.from] ?? []).includes(e.to),
  );
  assert.deepEqual(
    bad.map((e) => `${e.file} → ${e.spec}`),
    [],
  );
});

test("other stages import a stage only through its index.ts", () => {
  const bad = edges.filter(
    (e) => e.from !== e.to && ALLOWED[e.to] !== undefined && !/^[a-z]+\/index\.js$/.test(e.spec),
  );
  assert.deepEqual(
    bad.map((e) => `${e.file} → ${e.spec}`),
    [],
  );
});

test("the stage graph has no cycle", () => {
  const graph = new Map<string, Set<string>>();
  for (const e of edges)
    if (e.from !== e.to && ALLOWED[e.to] !== undefined) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
  const state = new Map<string, number>();
  const visit = (n: string, path: string[]): void => {
    if (state.get(n) === 2) return;
    assert.notEqual(state.get(n), 1, `cycle: ${[...path, n].join(" → ")}`);
    state.set(n, 1);
    for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
    state.set(n, 2);
  };
  for (const n of graph.keys()) visit(n, []);
});

test("no console output from library code (only the cli prints)", () => {
  const bad = files(SRC).filter(
    (f) => stageOf(f) !== "cli" && /\bconsole\.(log|error|warn|info)\(/.test(readFileSync(f, "utf8")),
  );
  assert.deepEqual(
    bad.map((f) => relative(SRC, f)),
    [],
  );
});
