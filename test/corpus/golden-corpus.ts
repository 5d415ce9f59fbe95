/**
 * The golden corpus of the similarity tests: a seeded synthetic corpus with documents without
 * text, agency or year, the option sets of the recorded runs, and the recorded results
 * (test/golden/similarity/corpus.json, written by golden.test.ts under `UPDATE_GOLDEN=1`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SimilarityDoc } from "../../src/index.js";
import { bundledReportTexts } from "../fixtures/corpus-texts.js";
import { generateSyntheticCorpus } from "../support/synth.js";

const ROOT = new URL("../../", import.meta.url).pathname;
export const GOLDEN = join(ROOT, "test/golden/similarity/corpus.json");

/** The golden corpus: 70 synthetic reports and four edge documents. */
export function goldenDocs(): SimilarityDoc[] {
  const synth = generateSyntheticCorpus(20260510, 70, {
    sources: bundledReportTexts(),
    crossCopyRate: 0.3,
    copyReportRate: 0.1,
  });
  const docs: SimilarityDoc[] = synth.map((d) => ({
    id: d.id,
    agency_id: d.agency_id,
    year: d.year,
    text: d.text,
    sections: d.sections,
  }));
  const first = docs[0]!.text;
  docs.splice(
    30,
    0,
    { id: "edge-empty", agency_id: "edge", year: 2020, text: "" },
    { id: "edge-no-agency", agency_id: null, year: 2021, text: first },
    { id: "edge-no-year", agency_id: "edge", year: null, text: first.slice(200) },
    { id: "edge-punct", agency_id: null, year: null, text: "。，、 \n" },
  );
  return docs;
}

/** Options of the recorded runs. */
export const GOLDEN_RUNS = {
  reuse: {},
  reuseStar: { maxDf: 4, maxAgencyReports: 3, window: 6 },
  near: {},
  nearLoose: { threshold: 0.3, maxBucket: 3 },
  nearIssues: { section: "issues" },
} as const;

/** The golden file, parsed. */
export function golden(): Record<keyof typeof GOLDEN_RUNS, Record<string, unknown>> {
  return JSON.parse(readFileSync(GOLDEN, "utf8"));
}
