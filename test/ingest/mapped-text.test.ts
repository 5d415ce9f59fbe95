import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { applyIngestEdits, type IngestEdit, mappedFromText } from "../../src/ingest/index.js";

test("applyIngestEdits(mt, edits) keeps origins of kept characters and records deletions", () => {
  const src = "ab<x>cd";
  const mt = applyIngestEdits(mappedFromText(src), [{ start: 2, end: 5, insert: "", reason: "tag" }], src);
  assert.equal(mt.text, "abcd");
  assert.deepEqual([...mt.origin], [0, 1, 5, 6, 7]);
  assert.equal(mt.removed.length, 1);
  assert.deepEqual(mt.removed[0]?.source, { start: 2, end: 5 });
  assert.equal(mt.removed[0]?.text, "<x>");
  assert.equal(mt.removed[0]?.reason, "tag");
});

test("applyIngestEdits composes: a second pass maps through the first to the source", () => {
  const src = "Ａ&amp;Ｂ";
  const one = applyIngestEdits(mappedFromText(src), [{ start: 1, end: 6, insert: "&", reason: "entity" }], src);
  assert.equal(one.text, "Ａ&Ｂ");
  const two = applyIngestEdits(
    one,
    [
      { start: 0, end: 1, insert: "A", reason: "width" },
      { start: 2, end: 3, insert: "B", reason: "width" },
    ],
    src,
  );
  assert.equal(two.text, "A&B");
  assert.deepEqual([...two.origin], [0, 1, 6, 7]);
});

test("applyIngestEdits rejects overlapping edits (a pass bug)", () => {
  const mt = mappedFromText("abcdef");
  assert.throws(
    () =>
      applyIngestEdits(
        mt,
        [
          { start: 0, end: 3, insert: "", reason: "x" },
          { start: 2, end: 4, insert: "", reason: "y" },
        ],
        "abcdef",
      ),
    /out of order or range/,
  );
});

test("applyIngestEdits keeps every origin monotone and in range for random edit chains (property)", () => {
  const editsArb = (len: number) =>
    fc.array(fc.tuple(fc.nat(len), fc.nat(4), fc.string({ maxLength: 3 })), { maxLength: 6 }).map((raw) => {
      const edits: IngestEdit[] = [];
      let pos = 0;
      for (const [s, l, insert] of [...raw].sort((a, b) => a[0] - b[0])) {
        const start = Math.max(pos, Math.min(s, len));
        const end = Math.min(len, start + l);
        edits.push({ start, end, insert, reason: "r" });
        pos = end;
      }
      return edits;
    });
  fc.assert(
    fc.property(
      fc.string({ minLength: 0, maxLength: 40 }),
      fc.integer({ min: 1, max: 3 }),
      fc.nat(),
      (src, rounds, seed) => {
        let mt = mappedFromText(src);
        for (let r = 0; r < rounds; r++) {
          const edits = fc.sample(editsArb(mt.text.length), { numRuns: 1, seed: seed + r })[0] ?? [];
          mt = applyIngestEdits(mt, edits, src);
        }
        assert.equal(mt.origin.length, mt.text.length + 1);
        for (let i = 0; i < mt.origin.length; i++) {
          const o = mt.origin[i] ?? -1;
          assert.ok(o >= 0 && o <= src.length, `origin ${o} out of range`);
          if (i > 0) assert.ok(o >= (mt.origin[i - 1] ?? 0), "origin decreases");
        }
      },
    ),
    { numRuns: 200, seed: 42 },
  );
});
