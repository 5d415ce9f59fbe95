/**
 * Benchmark of the narrative stage: extractNarrative and extractFacts over the corpus reports, as
 * reports per second and as a ratio to a baseline measured in the same run (jieba tokenisation of the
 * same sections, which the linker and scorer need anyway).
 * Run directly: `node --import tsx bench/narrative.ts [--quick]`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extractFacts, extractNarrative } from "../src/narrative/index.js";
import { RAW_DIR } from "../src/paths.js";
import { tokenize } from "../src/tokenize/index.js";
import type { Sections } from "../src/types.js";
import { detectScript, toSimplified } from "../src/util/chinese.js";
import { CORPUS_FILES, locateSections } from "../test/narrative/helpers.js";

interface Doc {
  readonly text: string;
  readonly sections: Sections;
}

function load(): Doc[] {
  return CORPUS_FILES.map((f) => {
    const raw = readFileSync(resolve(RAW_DIR, f), "utf8");
    const text = detectScript(raw) === "traditional" ? toSimplified(raw) : raw;
    return { text, sections: locateSections(text) };
  });
}

/** Milliseconds per run of `fn` over `reps` repetitions (after one warm-up). */
function time(reps: number, fn: () => void): number {
  fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / reps;
}

/** Measure and return the figures (throughput and ratios to the baseline). */
export async function bench(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const docs = load();
  const reps = opts.quick ? 3 : 20;
  const chars = docs.reduce(
    (n, d) => n + (d.sections.issues?.text.length ?? 0) + (d.sections.overview?.text.length ?? 0),
    0,
  );
  const baselineMs = time(reps, () => {
    for (const d of docs) {
      tokenize(d.sections.issues?.text ?? "");
      tokenize(d.sections.overview?.text ?? "");
    }
  });
  const narrativeMs = time(reps, () => {
    for (const d of docs) extractNarrative(d.text, d.sections);
  });
  const factsMs = time(reps, () => {
    for (const d of docs) {
      const o = d.sections.overview;
      if (o !== null) extractFacts(d.text, { start: o.heading.end, end: o.end });
    }
  });
  return {
    stage: "narrative",
    reports: docs.length,
    sectionChars: chars,
    reps,
    baseline: "tokenize() of sections 一 and 五",
    baselineMsPerCorpus: round(baselineMs),
    extractNarrativeMsPerCorpus: round(narrativeMs),
    extractNarrativeReportsPerSecond: round((docs.length * 1000) / narrativeMs),
    extractNarrativeVsBaseline: round(narrativeMs / baselineMs),
    extractFactsMsPerCorpus: round(factsMs),
    extractFactsVsBaseline: round(factsMs / baselineMs),
  };
}

const round = (x: number): number => Math.round(x * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  bench({ quick: process.argv.includes("--quick") }).then((r) =>
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
  );
}
