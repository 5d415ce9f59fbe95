/**
 * Golden results of the corpus similarity steps on a seeded synthetic corpus (plus documents
 * without text, agency or year), recorded in test/golden/similarity/corpus.json from the
 * in-memory implementation that preceded the streaming core. Every field and the order of every
 * list are compared: passages, clusters, spans, shares, self-reuse rows, near-duplicate pairs
 * and clusters, counts and diagnostics.
 * `UPDATE_GOLDEN=1` rewrites the golden file.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { test } from "node:test";
import { findNearDuplicates, findReuse, type SimilarityDoc } from "../../src/index.js";
import { GOLDEN, GOLDEN_RUNS, golden, goldenDocs } from "./golden-corpus.js";

function actual(docs: readonly SimilarityDoc[]): Record<string, unknown> {
  return {
    reuse: findReuse(docs, GOLDEN_RUNS.reuse),
    reuseStar: findReuse(docs, GOLDEN_RUNS.reuseStar),
    near: findNearDuplicates(docs, GOLDEN_RUNS.near),
    nearLoose: findNearDuplicates(docs, GOLDEN_RUNS.nearLoose),
    nearIssues: findNearDuplicates(docs, GOLDEN_RUNS.nearIssues),
  };
}

if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, `${JSON.stringify(actual(goldenDocs()))}\n`);

test("findReuse and findNearDuplicates reproduce the golden results exactly", () => {
  const want = golden();
  const got = JSON.parse(JSON.stringify(actual(goldenDocs())));
  for (const key of Object.keys(GOLDEN_RUNS) as (keyof typeof GOLDEN_RUNS)[]) {
    for (const field of Object.keys(want[key])) assert.deepEqual(got[key][field], want[key][field], `${key}.${field}`);
  }
});
