import assert from "node:assert/strict";
import { test } from "node:test";
import { corpusSimilarity, type DocSource, type SimilarityDoc } from "../../src/index.js";
import { bundledReportTexts } from "../fixtures/corpus-texts.js";
import { generateSyntheticCorpus } from "../support/synth.js";

const sources = bundledReportTexts();

/** The corpus step's units of work over `docs`: loads, candidate pairs, passages, near-duplicate candidates, rows written. */
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
    nearCandidates: sim.near.stats.candidates,
    clusters: sim.reuse.clusters.length,
    rows,
  };
}

test("the corpus step's work grows linearly: each doubling of reports sharing template sentences at most 2.1× the work", () => {
  // reports whose narratives share many pool sentences and copy each other, as real ones do
  const options = { sources, poolShare: 0.5, crossCopyRate: 0.3 };
  const sizes = [250, 500, 1000];
  const counts = sizes.map((n) => work(generateSyntheticCorpus(17, n, options)));
  for (let k = 1; k < sizes.length; k++) {
    for (const [unit, v] of Object.entries(counts[k]!)) {
      const before = counts[k - 1]![unit]!;
      assert.ok(before > 0, `${unit} at ${sizes[k - 1]} reports is counted (${before})`);
      assert.ok(v / before <= 2.1, `${unit}: ${before} at ${sizes[k - 1]} → ${v} at ${sizes[k]} reports`);
    }
  }
});

test("a byte budget of one document per block gives the same results and loads a document once more per block", () => {
  const docs = generateSyntheticCorpus(5, 60, { sources, crossCopyRate: 0.3 });
  const whole = work(docs);
  const tiny = work(docs, 1);
  assert.ok(whole.loads <= 5 * docs.length, `one block: ${whole.loads} loads for ${docs.length} documents`);
  assert.ok(tiny.loads > whole.loads, `one document per block loads more (${tiny.loads} > ${whole.loads})`);
  const { loads: _a, ...sameWhole } = whole;
  const { loads: _b, ...sameTiny } = tiny;
  assert.deepEqual(sameTiny, sameWhole);
});
