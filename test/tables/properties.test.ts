import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseTables, splitTableDigits } from "../../src/tables/index.js";

test("splitTableDigits(digits, k) gives parts that join back, have no leading zeros, and are all the splits", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9]{1,9}$/), fc.integer({ min: 1, max: 7 }), (digits, k) => {
      const splits = splitTableDigits(digits, k, 100_000);
      for (const parts of splits) {
        assert.equal(parts.length, k);
        assert.equal(parts.join(""), digits);
        assert.ok(parts.every((p) => p.length === 1 || p[0] !== "0"));
      }
      const keys = new Set(splits.map((p) => p.join("|")));
      assert.equal(keys.size, splits.length);
    }),
    { seed: 42, numRuns: 300 },
  );
});

test("parseTables(any text) never throws and never reads a value from outside the tables' spans", () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 400 }),
      fc.constantFrom("", "第二十条第（一）项\n规章\t1\t2\t3\n", "本年新收政府信息公开申请数量 5\n"),
      (noise, seed) => {
        const text = seed + noise;
        const { tables } = parseTables(text, null);
        for (const table of Object.values(tables)) {
          for (const cell of Object.values(table.cells)) {
            if (cell.span) assert.ok(cell.span.start >= 0 && cell.span.end <= text.length);
            if (cell.status === "read") assert.ok(cell.value !== null && cell.raw !== null);
          }
        }
      },
    ),
    { seed: 7, numRuns: 200 },
  );
});
