// `xxgk figure` end to end with a stub corpus loader: real Chromium, real files.
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { test } from "node:test";
import { PUBLICATION_FIGURES } from "../../src/charts/index.js";
import { makeFigureCommand } from "../../src/cli/figure.js";
import { OUT_DIR } from "../../src/paths.js";
import { fakeCorpus } from "../fixtures/charts/records.js";

test("xxgk figure all --format svg|png writes every publication figure", async () => {
  const out = resolve(OUT_DIR, "test-figure-cli");
  rmSync(out, { recursive: true, force: true });
  let corpusAsked = "";
  const cmd = makeFigureCommand(async (corpus) => {
    corpusAsked = corpus;
    return fakeCorpus();
  });
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => lines.push(s) > 0) as typeof process.stdout.write;
  try {
    assert.equal(await cmd(["all", "--format", "svg", "--out", out, "--in", "/tmp/corpus-x"]), 0);
    assert.equal(await cmd(["table-status", "--format", "png", "--out", out, "--in", "/tmp/corpus-x"]), 0);
  } finally {
    process.stdout.write = write;
  }
  assert.equal(corpusAsked, "/tmp/corpus-x");
  const files = lines.join("").trim().split("\n");
  assert.equal(files.length, PUBLICATION_FIGURES.length + 1);
  for (const f of PUBLICATION_FIGURES) {
    const svg = readFileSync(resolve(out, `${f.name}.svg`), "utf8");
    assert.match(svg, /^<svg/, f.name);
    assert.match(svg, /<path[^>]* d="M/, `${f.name} draws paths`);
  }
  const png = readFileSync(resolve(out, "table-status.png"));
  assert.equal(png.readUInt32BE(16), 2 * 760, "PNG at scale 2");
});
