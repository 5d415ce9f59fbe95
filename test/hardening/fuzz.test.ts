// The fuzzer, briefly (CI): random mutations of the corpus in the worker pool, each run twice.
// Any crash, limit hit, contract violation or run-to-run difference fails the test; a person
// runs it for hours with `npm run fuzz -- --seconds 3600 --seed N`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { mutate, prng, runFuzz } from "../../bench/fuzz.js";

test("the mutator is seeded: the same seed gives the same mutants", () => {
  const a = Buffer.from("一、总体情况\n本年度共收到申请12件。\n".repeat(20));
  const b = Buffer.from("<html><body><p>二、主动公开政府信息情况</p></body></html>");
  const run = (seed: number) => {
    const rand = prng(seed);
    return Array.from({ length: 30 }, () => mutate(rand, a, b, ".txt"));
  };
  const one = run(5);
  assert.deepEqual(run(5), one);
  assert.notDeepEqual(run(6), one);
  // every kind of mutation comes up in a few dozen draws
  assert.ok(new Set(one.map((m) => m.name.split("-")[0])).size >= 6);
});

test("a brief fuzz run over the corpus finds nothing", { timeout: 120_000 }, async () => {
  const r = await runFuzz({ seconds: 20, seed: 20261122, hostile: false, save: false });
  assert.ok(r.tried > 0, "tried some inputs");
  assert.deepEqual(r.findings, []);
});
