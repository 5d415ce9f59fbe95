/**
 * Golden results of the corpus similarity steps on a seeded synthetic corpus (plus documents
 * without text, agency or year), recorded in test/golden/similarity/corpus.json from the
 * in-memory implementation that preceded the streaming core. Every field and the order of every
 * list are compared: passages, clusters, spans, shares, self-reuse rows, near-duplicate pairs
 * and clusters, counts and diagnostics.
 * `UPDATE_GOLDEN=1` rewrites the golden file.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { type SimilarityDoc, findNearDuplicates, findReuse } from "../../src/similarity/index.js";
import { generateSyntheticCorpus } from "../../src/similarity/synth.js";
import { bundledReportTexts } from "../fixtures/corpus-texts.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const GOLDEN = join(ROOT, "test/golden/similarity/corpus.json");

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

function actual(docs: readonly SimilarityDoc[]): Record<string, unknown> {
  return {
    reuse: findReuse(docs, GOLDEN_RUNS.reuse),
    reuseStar: findReuse(docs, GOLDEN_RUNS.reuseStar),
    near: findNearDuplicates(docs, GOLDEN_RUNS.near),
    nearLoose: findNearDuplicates(docs, GOLDEN_RUNS.nearLoose),
    nearIssues: findNearDuplicates(docs, GOLDEN_RUNS.nearIssues),
  };
}

/** The golden file, parsed. */
export function golden(): Record<keyof typeof GOLDEN_RUNS, Record<string, unknown>> {
  return JSON.parse(readFileSync(GOLDEN, "utf8"));
}

if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, `${JSON.stringify(actual(goldenDocs()))}\n`);

test("findReuse and findNearDuplicates reproduce the golden results exactly", () => {
  const want = golden();
  const got = JSON.parse(JSON.stringify(actual(goldenDocs())));
  for (const key of Object.keys(GOLDEN_RUNS) as (keyof typeof GOLDEN_RUNS)[]) {
    for (const field of Object.keys(want[key])) assert.deepEqual(got[key][field], want[key][field], `${key}.${field}`);
  }
});
