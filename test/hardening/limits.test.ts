// The hostile seed cases, in process: each gives the outcome its case promises (a diagnostic
// code, the report text still read), the DOCX zip guard refuses what would unpack past
// maxBytes, and deep HTML reads exactly like shallow HTML.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { zipWith } from "../../bench/fuzz.js";
import { ingestBuffer } from "../../src/ingest/index.js";
import { analyzeDoc } from "../../src/pipeline/index.js";
import { contractViolations } from "./contract.js";
import { seedCases } from "./seed-cases.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DOCX = readFileSync(join(ROOT, "test", "fixtures", "ingest", "seed002.docx"));
const SEED = readFileSync(join(ROOT, "data", "raw", "seeds", "002_12f78b61d8e1d558.txt"), "utf8");

const squeeze = (s: string) => s.replace(/\s+/g, "");

for (const c of seedCases().filter((x) => !/\.(?:pdf|doc)$/.test(x.file))) {
  test(`seed case ${c.file}: ${c.why.slice(0, 60)}…`, async () => {
    const doc = await ingestBuffer(c.bytes, { source: c.file, ocr: false });
    const { report } = analyzeDoc(doc);
    assert.deepEqual(contractViolations(report, doc.text), []);
    const codes = report.diagnostics.map((d) => d.code);
    if (c.expect.code !== undefined) assert.ok(codes.includes(c.expect.code), `${c.expect.code} in ${codes.join(",")}`);
    if (c.expect.reads !== undefined) assert.ok(squeeze(doc.text).includes(squeeze(c.expect.reads)));
  });
}

test("a real DOCX still reads with the zip guard; its title line is in the text", async () => {
  const doc = await ingestBuffer(DOCX, { source: "seed002.docx" });
  assert.ok(!doc.diagnostics.some((d) => d.severity === "error"), JSON.stringify(doc.diagnostics));
  assert.ok(squeeze(doc.text).includes(squeeze(SEED.split("\n")[0] ?? "")));
});

test("the zip guard counts the declared XML sizes against maxBytes, not the file size", async () => {
  // The file (about 10 KB) is under the limit; its XML parts unpack to far more.
  const limit = DOCX.length + 100;
  const doc = await ingestBuffer(DOCX, { source: "seed002.docx", maxBytes: limit });
  const d = doc.diagnostics.find((x) => x.code === "ingest.too_large");
  assert.ok(d, JSON.stringify(doc.diagnostics));
  assert.match(d.message, /declare \d+ bytes uncompressed/);
  assert.equal(doc.text, "");
});

test("a zip header that understates a part is caught by the capped inflate", async () => {
  const bomb = zipWith("word/document.xml", Buffer.alloc(3 * 1024 * 1024, 0x20), 100);
  const doc = await ingestBuffer(bomb, { source: "liar.docx", maxBytes: 1024 * 1024 });
  const d = doc.diagnostics.find((x) => x.code === "ingest.too_large");
  assert.ok(d, JSON.stringify(doc.diagnostics));
  assert.match(d.message, /inflate past 1048576 bytes \(the zip headers declare 100\)/);
});

test("a zip whose parts fit the budget is handed to the DOCX reader (no too_large)", async () => {
  const small = zipWith("word/document.xml", Buffer.from("<w:document/>"));
  const doc = await ingestBuffer(small, { source: "small.docx", maxBytes: 1024 * 1024 });
  assert.ok(!doc.diagnostics.some((x) => x.code === "ingest.too_large"));
  assert.ok(
    doc.diagnostics.some((x) => x.code === "ingest.unreadable"),
    "not a Word document: said so",
  );
});

test("HTML nested 20,000 deep reads exactly like the same page without the nesting", async () => {
  const body = SEED.split("\n")
    .map((l) => `<p>${l}</p>`)
    .join("");
  const flat = `<html><body><div>${body}</div></body></html>`;
  const deep = `<html><body>${"<div>".repeat(20000)}${body}${"</div>".repeat(20000)}</body></html>`;
  const a = await ingestBuffer(Buffer.from(flat), { source: "flat.html" });
  const b = await ingestBuffer(Buffer.from(deep), { source: "deep.html" });
  assert.equal(b.text, a.text);
  assert.ok(squeeze(b.text).includes(squeeze(SEED.split("\n")[0] ?? "")));
});

test("a cell nested 5,000 elements deep is read as one grid cell, not a crash", async () => {
  const inner = `${"<span>".repeat(5000)}本年新收政府信息公开申请数量 12${"</span>".repeat(5000)}`;
  const html = `<html><body><table><tr><td>${inner}</td><td>3</td></tr></table></body></html>`;
  const doc = await ingestBuffer(Buffer.from(html), { source: "t.html" });
  assert.match(doc.text, /本年新收政府信息公开申请数量 12\t3/);
});

test("a table line of 300,000 cells parses (no argument spread of the tokens)", async () => {
  const opening = readFileSync(join(ROOT, "data", "raw", "seeds", "000_ddf1fad75dcf317a.txt"), "utf8").slice(0, 3000);
  const text = `${opening}\n${"1\t".repeat(300_000)}\n`;
  const doc = await ingestBuffer(Buffer.from(text), { source: "cells.txt" });
  const { report } = analyzeDoc(doc);
  assert.deepEqual(contractViolations(report, doc.text), []);
});

test("a text file with 200,000 stray tags has them removed (no argument spread of the edits)", async () => {
  const text = `${SEED}\n${"<b>办</b>".repeat(200_000)}`;
  const doc = await ingestBuffer(Buffer.from(text), { source: "tags.txt" });
  assert.ok(!doc.text.includes("<b>"));
  assert.ok(doc.removed.length > 0);
});

test("thousands of heading lines: the strongest 1,000 are weighed, with a warning", async () => {
  const text = `${SEED}\n${"一、总体情况\n".repeat(5000)}`;
  const doc = await ingestBuffer(Buffer.from(text), { source: "headings.txt" });
  const { report } = analyzeDoc(doc);
  assert.deepEqual(contractViolations(report, doc.text), []);
  const d = report.diagnostics.find((x) => x.code === "section.too_many_headings");
  assert.ok(d, "section.too_many_headings");
  assert.match(d.message, /weighed the 1000 strongest/);
  // the real report stays readable: no warning of this kind for it on its own
  const alone = analyzeDoc(await ingestBuffer(Buffer.from(SEED), { source: "seed.txt" })).report;
  assert.ok(!alone.diagnostics.some((x) => x.code === "section.too_many_headings"));
});
