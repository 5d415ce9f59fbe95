import assert from "node:assert/strict";
import { test } from "node:test";
import { corpusSimilarity, type DocSource, type SimilarityDoc } from "../../src/index.js";
import { bundledReportTexts } from "../fixtures/corpus-texts.js";
import { generateSyntheticCorpus } from "../support/synth.js";

const sources = bundledReportTexts();

/**
 * The corpus step's units of work over `docs`: document loads, reuse candidate pairs (each one
 * aligned), passages found, near-duplicate pairs verified exactly, clusters, rows written.
 * Left out, as they are not linear yet on these corpora: the raw LSH band collisions (filtered by
 * the signature estimate before any exact work) and the exact near-duplicate verifications after
 * that filter (measured 113 → 241 → 500 at 400, 800, 1,600 reports); both grow with the pairs of
 * reports that share pool sentences.
 */
function work(docs: readonly SimilarityDoc[], blockBytes?: number): Record<string, number> {
  let loads = 0;
  const source: DocSource = {
    infos: docs.map((d) => ({ id: d.id, agency_id: d.agency_id ?? null, year: d.year ?? null })),
    load: (i) => {
      loads++;
      return docs[i]!;
    },
  };
  const sim = corpusSimilarity(source, { nearThreshold: 0.5, blockBytes });
  let rows = 0;
  for (const _ of sim.passageRows()) rows++;
  for (const _ of sim.spans()) rows++;
  return {
    loads,
    candidates: sim.reuse.stats.candidates,
    passages: sim.reuse.stats.passages,
    clusters: sim.reuse.clusters.length,
    rows,
  };
}

test("the corpus step's work grows linearly: 4× the reports sharing template sentences is at most 2.1² × the work", () => {
  // reports whose narratives share many pool sentences and copy each other, as real ones do
  const options = { sources, poolShare: 0.5, crossCopyRate: 0.3 };
  const sizes = [400, 800, 1600];
  const counts = sizes.map((n) => work(generateSyntheticCorpus(17, n, options)));
  const first = counts[0]!;
  const last = counts[counts.length - 1]!;
  const bound = 2.1 ** (sizes.length - 1);
  for (const [unit, v] of Object.entries(last)) {
    const series = counts.map((c) => c[unit]).join(" → ");
    assert.ok(first[unit]! > 0, `${unit} at ${sizes[0]} reports is counted`);
    assert.ok(v / first[unit]! <= bound, `${unit}: ${series} at ${sizes.join(", ")} reports`);
  }
  // every document is loaded a fixed number of times, whatever the corpus size (one block)
  counts.forEach((c, k) => {
    assert.ok(c.loads! <= 7 * sizes[k]!, `${c.loads} loads for ${sizes[k]} reports`);
  });
});

test("a byte budget of one document per block gives the same results and loads a document once more per block", () => {
  const docs = generateSyntheticCorpus(5, 60, { sources, crossCopyRate: 0.3 });
  const whole = work(docs);
  const tiny = work(docs, 1);
  assert.ok(whole.loads! <= 7 * docs.length, `one block: ${whole.loads} loads for ${docs.length} documents`);
  assert.ok(tiny.loads! > whole.loads!, `one document per block loads more (${tiny.loads} > ${whole.loads})`);
  const { loads: _a, ...sameWhole } = whole;
  const { loads: _b, ...sameTiny } = tiny;
  assert.deepEqual(sameTiny, sameWhole);
});
