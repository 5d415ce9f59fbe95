import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import {
  type CorpusSimilarity,
  corpusSimilarity,
  type DocSource,
  findReuse,
  memorySource,
  type ReuseRow,
  reusePassageRows,
  type SimilarityDoc,
} from "../../src/index.js";
import { GOLDEN_RUNS, golden, goldenDocs } from "./golden-corpus.js";

const docs = goldenDocs();
const want = golden();

/** A source over `docs` that counts the loads of every document. */
function countingSource(all: readonly SimilarityDoc[]): { source: DocSource; loads: Int32Array } {
  const inner = memorySource(all);
  const loads = new Int32Array(all.length);
  return {
    loads,
    source: {
      infos: inner.infos,
      load(i) {
        loads[i]!++;
        return inner.load(i);
      },
    },
  };
}

/** Everything a run computes, as plain data (generators drained). */
function drained(sim: CorpusSimilarity): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({
      near: sim.near,
      reuse: sim.reuse,
      passages: [...sim.passages()],
      spans: [...sim.spans()],
    }),
  );
}

const rowKey = (r: ReuseRow): string => JSON.stringify(r);

test("corpusSimilarity(memorySource(docs)) gives the golden near-duplicates and reuse", () => {
  for (const [reuseRun, options] of [
    ["reuse", GOLDEN_RUNS.reuse],
    ["reuseStar", GOLDEN_RUNS.reuseStar],
  ] as const) {
    const got = drained(corpusSimilarity(memorySource(docs), options));
    assert.deepEqual(got.near, want.near, "near");
    const reuse = want[reuseRun];
    for (const field of ["clusters", "shares", "selfReuse", "stats", "diagnostics"]) {
      assert.deepEqual((got.reuse as Record<string, unknown>)[field], reuse[field], `${reuseRun}.${field}`);
    }
    assert.deepEqual(got.passages, reuse.passages, `${reuseRun}.passages`);
    assert.deepEqual(got.spans, reuse.spans, `${reuseRun}.spans`);
  }
  const loose = corpusSimilarity(memorySource(docs), { nearThreshold: 0.3 });
  assert.deepEqual(JSON.parse(JSON.stringify(loose.near.pairs)), want.nearLoose.pairs);
});

test("corpusSimilarity(source) loads every document a bounded number of times, and blockDocs (1, 8, 4096) does not change results", () => {
  const B = 8;
  const blocks = Math.ceil(docs.length / B);
  const small = countingSource(docs);
  const sim = corpusSimilarity(small.source, { blockDocs: B });
  // scan, A side of its block, per-document pass, and B side once per block at or before it
  small.loads.forEach((k, d) => {
    assert.ok(k <= 4 + Math.floor(d / B), `document ${d}: ${k} loads`);
  });
  const before = Int32Array.from(small.loads);
  const spans = [...sim.spans()];
  small.loads.forEach((k, d) => {
    assert.equal(k - before[d]!, 1, `spans() loads document ${d} once`);
  });
  const beforeRows = Int32Array.from(small.loads);
  const rows = [...sim.passageRows()];
  small.loads.forEach((k, d) => {
    assert.ok(k - beforeRows[d]! <= 1 + blocks - Math.floor(d / B), `passageRows() loads of document ${d}: ${k}`);
  });

  const big = countingSource(docs);
  const one = corpusSimilarity(big.source);
  assert.ok(
    big.loads.every((k) => k <= 4),
    "one block: at most four loads per document",
  );
  const reference = drained(one);
  assert.deepEqual(drained(sim), reference);
  assert.deepEqual(drained(corpusSimilarity(memorySource(docs), { blockDocs: 1 })), reference);
  assert.deepEqual(JSON.parse(JSON.stringify(spans)), want.reuse.spans);

  // the rows of reusePassageRows: by document A then passage order in one block, the same rows in any block size
  const expected = reusePassageRows(findReuse(docs), docs);
  const index = new Map(docs.map((d, i) => [d.id, i]));
  const byA = expected
    .map((r, i) => ({ r, i }))
    .sort((x, y) => index.get(x.r.a as string)! - index.get(y.r.a as string)! || x.i - y.i)
    .map((x) => x.r);
  assert.deepEqual([...one.passageRows()], byA);
  assert.deepEqual(rows.map(rowKey).sort(), expected.map(rowKey).sort());
});

test("corpusSimilarity(bad source or options) throws typed errors saying what was expected", () => {
  assert.throws(() => corpusSimilarity(null as never), InvalidInputError);
  assert.throws(
    () => corpusSimilarity({ infos: [{ id: "a", agency_id: 1 as never, year: null }], load: () => docs[0]! }),
    /source\.infos\[0\]\.agency_id must be a string or null; found number 1/,
  );
  const wrong: DocSource = { infos: [{ id: "x", agency_id: null, year: null }], load: () => docs[0]! };
  assert.throws(() => corpusSimilarity(wrong), /source\.load\(0\) must return \{id: "x", text: string, …\}/);
  assert.throws(() => corpusSimilarity(memorySource(docs), { blockDocs: 0 }), InvalidOptionError);
  assert.throws(() => corpusSimilarity(memorySource(docs), { nearThreshold: 2 }), /nearThreshold must be in \(0, 1\]/);
  assert.throws(() => memorySource([{ id: "a", agency_id: null, year: null, text: 3 as never }]), InvalidInputError);
});
