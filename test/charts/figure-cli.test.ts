import assert from "node:assert/strict";
import { resolve } from "node:path";
import { test } from "node:test";
import { PUBLICATION_FIGURES } from "../../src/charts/index.js";
import { makeFigureCommand, parseFigureArgs } from "../../src/cli/figure.js";
import { FIGURES_DIR } from "../../src/paths.js";

test("parseFigureArgs(argv) reads name, format, out, corpus and scale", () => {
  assert.deepEqual(parseFigureArgs(["table-status", "--format", "svg", "--out", "/tmp/f", "--in", "/tmp/c"]), {
    names: ["table-status"],
    format: "svg",
    out: "/tmp/f",
    corpus: "/tmp/c",
    scale: 1,
  });
  const all = parseFigureArgs(["all", "--format", "png"]);
  assert.ok(!("error" in all));
  assert.deepEqual(
    all.names,
    PUBLICATION_FIGURES.map((f) => f.name),
  );
  assert.equal(all.out, resolve(FIGURES_DIR));
  assert.equal(all.scale, 2, "PNGs default to print resolution");
});

test("parseFigureArgs(argv) says what was expected for bad arguments", () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /expected a figure name or all, found none/],
    [["nope", "--format", "svg"], /unknown figure "nope"; expected all or one of corpus-years/],
    [["table-status"], /--format: expected svg or png, found none/],
    [["table-status", "--format", "gif"], /found gif/],
    [["table-status", "--format", "png", "--scale", "0"], /--scale: expected a number/],
    [["table-status", "--format"], /--format needs a value/],
    [["table-status", "--format", "svg", "--bogus"], /unknown option "--bogus"/],
    [["a", "b", "--format", "svg"], /expected one figure name/],
  ];
  for (const [argv, message] of cases) {
    const r = parseFigureArgs(argv);
    assert.ok("error" in r, argv.join(" "));
    assert.match(r.error, message);
  }
});

test("figure command exits 2 on a usage error without loading the corpus", async () => {
  let loaded = false;
  const cmd = makeFigureCommand(async () => {
    loaded = true;
    return [];
  });
  const write = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    assert.equal(await cmd(["nope", "--format", "svg"]), 2);
  } finally {
    process.stderr.write = write;
  }
  assert.equal(loaded, false);
});
