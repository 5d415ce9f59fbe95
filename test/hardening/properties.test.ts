// Property-based tests over the whole per-report pipeline: for any text or bytes, analysis returns
// (never throws), keeps the contract (offsets inside the text, sections slice it, cells numbers or null,
// schema-valid) and is deterministic. Inputs mix random strings with fragments of real reports, so that
// the generators reach the parsers' interesting paths (headings, table labels, digit runs).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { ingestBuffer, ingestText, sourcePosition } from "../../src/ingest/index.js";
import { analyzeDoc } from "../../src/pipeline/index.js";
import { contractViolations } from "./contract.js";

const RAW = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/raw");
const LINES = ["seeds", "pingtan"]
  .flatMap((d) => readdirSync(join(RAW, d)).map((f) => readFileSync(join(RAW, d, f), "utf8")))
  .flatMap((t) => t.split("\n"))
  .filter((l) => l.trim() !== "");

/** Text made of real report lines, cut and joined with random separators and junk. */
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LINES),
      fc.constantFrom(...LINES).chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))),
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.constantFrom(
        "\t",
        "|",
        "||||",
        "\n\n",
        "<td rowspan=3>",
        "&nbsp;",
        "０１２",
        "8件(撤销1件、",
        "—",
        "一、",
        "（七）总计",
        "801000081",
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join("\n"));

const anyText = fc.oneof(
  reportish,
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme-composite", maxLength: 400 }),
);

function check(text: string): void {
  const doc = ingestText(text, { source: "prop.txt" });
  const a = analyzeDoc(doc);
  assert.deepEqual(contractViolations(a.report, doc.text), []);
  assert.equal(doc.origin.length, doc.text.length + 1);
  for (let i = 1; i < doc.origin.length; i++) assert.ok(doc.origin[i]! >= doc.origin[i - 1]!, "origin is monotone");
  const b = analyzeDoc(ingestText(text, { source: "prop.txt" }));
  assert.equal(JSON.stringify(b.report), JSON.stringify(a.report), "deterministic");
}

test("analyzeDoc(ingestText(any text)) returns a contract-valid, deterministic report", () => {
  fc.assert(fc.property(anyText, check), { numRuns: 150, seed: 20261122 });
});

test("sourcePosition(doc, any offset in the text) maps inside the source", () => {
  fc.assert(
    fc.property(reportish, fc.double({ min: 0, max: 1, noNaN: true }), (text, f) => {
      const doc = ingestText(text, { source: "p.txt" });
      const offset = Math.floor(f * doc.text.length);
      const pos = sourcePosition(doc, offset);
      assert.ok(pos.char >= 0 && pos.char <= doc.decoded.length);
    }),
    { numRuns: 150, seed: 7 },
  );
});

test("analyzeDoc(ingestBuffer(any bytes)) never throws, whatever the claimed extension", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        reportish.map((t) => new TextEncoder().encode(t)),
      ),
      fc.constantFrom("txt", "html", "md", "pdf", "docx", "doc", "bin"),
      async (bytes, ext) => {
        const doc = await ingestBuffer(bytes, { source: `p.${ext}`, extension: ext, ocr: false });
        assert.deepEqual(contractViolations(analyzeDoc(doc).report, doc.text), []);
      },
    ),
    { numRuns: 120, seed: 11 },
  );
});
