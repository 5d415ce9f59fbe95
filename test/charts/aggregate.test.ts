import assert from "node:assert/strict";
import { test } from "node:test";
import {
  columnNumbers,
  filterRows,
  meanInterval,
  rateRows,
  rejectRows,
  shareRows,
  summariseRows,
  tallyRows,
  toBarRows,
  toLinePoints,
  wilsonInterval,
} from "../../src/charts/index.js";

const rows = [
  { g: "a", s: "x", v: 1 },
  { g: "a", s: "y", v: 3 },
  { g: "a", s: "x", v: null },
  { g: "b", s: "x", v: 5 },
  { g: null, s: "y", v: "n/a" },
];

test("tallyRows(rows, by, {within}) counts groups and their shares within a parent group", () => {
  assert.deepEqual(tallyRows(rows, ["g", "s"], { within: ["g"] }), [
    { g: "a", s: "x", n: 2, share: 2 / 3 },
    { g: "a", s: "y", n: 1, share: 1 / 3 },
    { g: "b", s: "x", n: 1, share: 1 },
    { g: null, s: "y", n: 1, share: 1 },
  ]);
  assert.deepEqual(
    tallyRows(rows, ["s"]).map((r) => r.share),
    [3 / 5, 2 / 5],
  );
});

test("summariseRows(rows, by, value) skips non-numbers and says how many it skipped", () => {
  const [a, b, none] = summariseRows(rows, ["g"], "v");
  assert.deepEqual(
    { n: a?.n, given: a?.given, missing: a?.missing, sum: a?.sum, mean: a?.mean },
    { n: 3, given: 2, missing: 1, sum: 4, mean: 2 },
  );
  assert.equal(b?.lo, null, "one value has no interval");
  assert.deepEqual({ sum: none?.sum, mean: none?.mean, missing: none?.missing }, { sum: null, mean: null, missing: 1 });
});

test("summariseRows(rows, by, value, {bounds}) clips the interval to what the quantity can be", () => {
  const [r] = summariseRows([{ s: 0 }, { s: 1 }, { s: 0 }], [], "s", { bounds: [0, 1] });
  assert.equal(r?.lo, 0);
  assert.equal(r?.hi, 1);
});

test("meanInterval(values) uses Student t for small samples", () => {
  const m = meanInterval([1, 2, 3]);
  assert.equal(m.mean, 2);
  assert.ok(Math.abs((m.hi ?? 0) - (2 + 4.303 / Math.sqrt(3))) < 1e-9);
  assert.deepEqual(meanInterval([]), { n: 0, mean: null, lo: null, hi: null });
  assert.throws(() => meanInterval([1, 2], 1.5), { name: "InvalidOptionError" });
});

test("wilsonInterval(hits, n) matches known values and stays within [0, 1]", () => {
  const [lo, hi] = wilsonInterval(0, 10) ?? [Number.NaN, Number.NaN];
  assert.equal(lo, 0);
  assert.ok(Math.abs(hi - 0.2775) < 1e-3);
  const [lo2, hi2] = wilsonInterval(5, 10) ?? [Number.NaN, Number.NaN];
  assert.ok(Math.abs(lo2 - 0.2366) < 1e-3 && Math.abs(hi2 - 0.7634) < 1e-3);
  assert.equal(wilsonInterval(0, 0), null);
  for (const n of [1, 7, 84, 1000]) {
    assert.equal(wilsonInterval(0, n)?.[0], 0, `lo is exactly 0 for 0 of ${n}`);
    assert.equal(wilsonInterval(n, n)?.[1], 1, `hi is exactly 1 for ${n} of ${n}`);
  }
  assert.throws(() => wilsonInterval(3, 2), /0 <= hits <= n/);
});

test("rateRows(rows, by, column, positive, {exclude}) leaves excluded rows out of the denominator", () => {
  const r = rateRows(
    [
      { rule: "r1", outcome: "fail" },
      { rule: "r1", outcome: "pass" },
      { rule: "r1", outcome: "not_assessable" },
      { rule: "r2", outcome: "not_assessable" },
    ],
    ["rule"],
    "outcome",
    "fail",
    { exclude: ["not_assessable"] },
  );
  assert.deepEqual(
    r.map((x) => [x.rule, x.n, x.hits, x.excluded, x.rate]),
    [
      ["r1", 2, 1, 1, 0.5],
      ["r2", 0, 0, 1, null],
    ],
  );
  assert.equal(r[1]?.lo, null);
});

test("filterRows(rows, where) matches values and lists of values; rejectRows keeps the rest", () => {
  assert.equal(filterRows(rows, { g: "a", s: "x" }).length, 2);
  assert.equal(filterRows(rows, { g: ["b", null] }).length, 2);
  assert.deepEqual(rejectRows(rows, { g: ["b", null] }), rows.slice(0, 3));
});

test("toBarRows / toLinePoints map tidy columns to chart rows, labels applied, non-numbers as null", () => {
  const bars = toBarRows(rows, { category: "g", value: "v", series: "s", scale: 10, categoryLabels: { a: "甲 A" } });
  assert.deepEqual(bars[0], { category: "甲 A", value: 10, series: "x" });
  assert.deepEqual(bars[4], { category: "(未知 unknown)", value: null, series: "y" });
  const points = toLinePoints([{ year: 2021, m: 2, lo: 1, hi: null }], {
    category: "year",
    value: "m",
    lo: "lo",
    hi: "hi",
  });
  assert.deepEqual(points, [{ x: 2021, y: 2, lo: 1, hi: null }]);
});

test("shareRows(rows, within, value) divides by the group sum and keeps null where nothing can be divided", () => {
  const out = shareRows(
    [
      { r: "a", v: 1 },
      { r: "a", v: 3 },
      { r: "a", v: null },
      { r: "b", v: 0 },
    ],
    ["r"],
    "v",
  );
  assert.deepEqual(
    out.map((x) => x.share),
    [0.25, 0.75, null, null],
  );
});

test("columnNumbers(rows, column) keeps finite numbers only", () => {
  assert.deepEqual(columnNumbers(rows, "v"), [1, 3, 5]);
});
