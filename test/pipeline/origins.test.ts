/**
 * The offset property: for every read cell of every fixture and of every rendered layout (as a
 * text file and as an HTML page), the slice of the decoded file text at its origin, width-
 * normalised, is its raw digits; a cell without printed text has origin null; facts and items
 * point at their text.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ingestBuffer, ingestFile, ingestText } from "../../src/ingest/index.js";
import { RAW_DIR } from "../../src/paths.js";
import { analyzeDoc } from "../../src/pipeline/index.js";
import type { Cell, IngestedDoc } from "../../src/types.js";
import { LAYOUTS, randomTruth, renderReport } from "../tables/render.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const PER_LAYOUT = 4;

/** Full-width digits to ASCII: the only rewriting the property allows. */
const narrow = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Every violation of the property in one analysed document, in words. */
function violations(doc: IngestedDoc): { read: number; bad: string[] } {
  const a = analyzeDoc(doc);
  const bad: string[] = [];
  let read = 0;
  const tables = [...Object.entries(a.report.tables), ["legacy", a.report.legacy] as const];
  for (const [table, t] of tables) {
    for (const [key, c] of Object.entries(t.details as Record<string, Cell>)) {
      const where = `${doc.source} ${table}.${key}`;
      if (c.span === null && c.origin !== null) bad.push(`${where}: no printed text but an origin`);
      if (c.status !== "read") continue;
      read++;
      if (c.origin === null || c.origin === undefined) {
        bad.push(`${where}: read (${c.raw}) without an origin`);
        continue;
      }
      const slice = doc.decoded.slice(c.origin.start, c.origin.end);
      if (narrow(slice) !== c.raw || !/^[0-9０-９]/.test(slice))
        bad.push(`${where}: origin slices ${JSON.stringify(slice)}, raw ${JSON.stringify(c.raw)}`);
      if (doc.format === "pdf" && c.origin.page === undefined) bad.push(`${where}: PDF cell without a page`);
    }
  }
  // Facts and items: the origin starts where the span's first character came from and holds its digits.
  const spans = [...a.narrative.facts, ...a.narrative.problems, ...a.narrative.improvements];
  for (const x of spans) {
    const o = x.origin;
    const digits = doc.text.slice(x.span.start, x.span.end).match(/[0-9]+/)?.[0];
    if (!o || o.start !== doc.origin[x.span.start] || o.end <= o.start)
      bad.push(`${doc.source} ${JSON.stringify(x.text.slice(0, 20))}: origin ${JSON.stringify(o)}`);
    else if (
      digits !== undefined &&
      doc.format !== "pdf" &&
      !narrow(doc.decoded.slice(o.start, o.end)).includes(digits)
    )
      bad.push(`${doc.source} ${JSON.stringify(x.text.slice(0, 20))}: origin does not hold ${digits}`);
  }
  return { read, bad };
}

const escapeHtml = (s: string): string => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A rendered report as an HTML page: runs of tab rows as a table, other lines as paragraphs. */
function asHtml(text: string): string {
  const out: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'];
  let inTable = false;
  for (const line of text.split("\n")) {
    const row = line.includes("\t");
    if (row && !inTable) out.push('<table border="1">');
    if (!row && inTable) out.push("</table>");
    inTable = row;
    if (row)
      out.push(
        `<tr>${line
          .split("\t")
          .map((c) => `<td>${escapeHtml(c)}</td>`)
          .join("")}</tr>`,
      );
    else out.push(`<p>${escapeHtml(line)}</p>`);
  }
  if (inTable) out.push("</table>");
  out.push("</body></html>");
  return out.join("\n");
}

test("origin property: every read cell of every rendered layout slices its raw digits (text file and HTML page)", async () => {
  const bad: string[] = [];
  let read = 0;
  for (const layout of LAYOUTS) {
    for (let seed = 0; seed < PER_LAYOUT; seed++) {
      const rendered = renderReport(randomTruth(9100 + seed), layout, 9100 + seed);
      const txt = violations(ingestText(rendered.text, { source: `${layout}-${seed}.txt` }));
      const html = violations(
        await ingestBuffer(new TextEncoder().encode(asHtml(rendered.text)), { source: `${layout}-${seed}.html` }),
      );
      read += txt.read + html.read;
      bad.push(...txt.bad, ...html.bad);
    }
  }
  assert.ok(read > LAYOUTS.length * PER_LAYOUT * 50, `${read} read cells`);
  assert.deepEqual(bad.slice(0, 20), []);
});

test("origin property: every read cell of every fixture file (txt, GBK, UTF-16, HTML, DOCX, DOC, PDF) slices its raw digits", async () => {
  const files = [
    ...["seeds", "pingtan", "openings"].flatMap((d) => readdirSync(join(RAW_DIR, d)).map((f) => join(RAW_DIR, d, f))),
    ...readdirSync(join(FIXTURES, "ingest"))
      .filter((f) => !f.endsWith(".mjs"))
      .map((f) => join(FIXTURES, "ingest", f)),
    ...readdirSync(join(FIXTURES, "tables"))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(FIXTURES, "tables", f)),
  ].sort();
  const bad: string[] = [];
  const formats = new Map<string, number>();
  for (const file of files) {
    const doc = await ingestFile(file, { ocr: false });
    const v = violations(doc);
    formats.set(doc.format, (formats.get(doc.format) ?? 0) + v.read);
    bad.push(...v.bad);
  }
  for (const f of ["txt", "html", "docx", "doc", "pdf"]) assert.ok((formats.get(f) ?? 0) > 0, `read cells in ${f}`);
  assert.deepEqual(bad.slice(0, 20), []);
});
