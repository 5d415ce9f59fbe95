// `xxgk text` through the real CLI (built dist/): the text that parse's origins index.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ParsedReport } from "../../src/types.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(ROOT, "dist", "cli", "main.js");

function xxgk(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 << 20 });
}

/** Every read cell of `report` sliced out of `text` at its origin. */
function readSlices(report: ParsedReport, text: string): { raw: string | null; slice: string }[] {
  return Object.values(report.tables).flatMap((t) =>
    Object.values(t.details)
      .filter((c) => c.status === "read" && c.origin)
      .map((c) => ({ raw: c.raw, slice: text.slice(c.origin!.start, c.origin!.end) })),
  );
}

test("xxgk text prints a text file as decoded, and parse's origins slice its printed cells", () => {
  const file = "test/fixtures/ingest/seed002.gbk.txt";
  const text = xxgk("text", file);
  assert.equal(text.status, 0, text.stderr);
  const parsed = xxgk("parse", file);
  assert.equal(parsed.status, 0, parsed.stderr);
  const slices = readSlices(JSON.parse(parsed.stdout) as ParsedReport, text.stdout);
  assert.ok(slices.length > 100, `${slices.length} read cells`);
  for (const s of slices) assert.equal(s.slice, s.raw);
  const utf8 = readFileSync(join(ROOT, "data/raw/seeds/002_12f78b61d8e1d558.txt"), "utf8");
  assert.equal(xxgk("text", "data/raw/seeds/002_12f78b61d8e1d558.txt").stdout, utf8, "a UTF-8 text file unchanged");
});

test("xxgk text of a PDF: pages separated by form feeds; origins carry the page", () => {
  const file = "test/fixtures/ingest/seed002.pdf";
  const text = xxgk("text", "--no-ocr", file).stdout;
  const pages = text.split("\f");
  assert.ok(pages.length > 1, "several pages");
  const report = JSON.parse(xxgk("parse", "--no-ocr", file).stdout) as ParsedReport;
  const cells = Object.values(report.tables).flatMap((t) => Object.values(t.details).filter((c) => c.origin));
  assert.ok(cells.length > 0);
  for (const c of cells) {
    const o = c.origin!;
    assert.ok(o.page !== undefined && o.page >= 1);
    const before = text.slice(0, o.start).split("\f").length;
    assert.equal(o.page, before, "the page is the number of form feeds before the value, plus one");
  }
});

test("xxgk text needs exactly one file; a missing file is an error with its reason", () => {
  assert.equal(xxgk("text").status, 2);
  const r = xxgk("text", "no/such/file.txt");
  assert.equal(r.status, 1);
  assert.match(r.stderr, /file\.txt/);
});
