import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import { ingestBuffer, ingestFile } from "../../src/ingest/index.js";
import type { IngestedDoc } from "../../src/types.js";

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "xxgk-ingest-bad-"));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function hasDiag(doc: IngestedDoc, code: string, message?: RegExp): void {
  const d = doc.diagnostics.find((x) => x.code === code);
  assert.ok(d, `expected diagnostic ${code}, found ${JSON.stringify(doc.diagnostics)}`);
  if (message) assert.match(d.message, message);
}

test("ingestFile(empty file) gives empty text and an ingest.empty error", async () => {
  const p = join(dir, "empty.txt");
  writeFileSync(p, "");
  const doc = await ingestFile(p);
  assert.equal(doc.text, "");
  assert.equal(doc.origin.length, 1);
  hasDiag(doc, "ingest.empty", /0 bytes/);
  assert.equal(doc.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
});

test("ingestFile(binary file) is reported as unreadable, format unknown", async () => {
  const p = join(dir, "blob.txt");
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  writeFileSync(p, bytes);
  const doc = await ingestFile(p);
  assert.equal(doc.format, "unknown");
  assert.equal(doc.text, "");
  hasDiag(doc, "ingest.unreadable", /looks binary/);
});

test("ingestFile(image, zip) names what was found", async () => {
  const png = join(dir, "scan.png");
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  hasDiag(await ingestFile(png), "ingest.unreadable", /image/);
  const zip = join(dir, "a.zip");
  writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  hasDiag(await ingestFile(zip), "ingest.unreadable", /zip archive without word/);
});

test("ingestFile(broken pdf) reports an unparsable PDF", async () => {
  const p = join(dir, "broken.pdf");
  writeFileSync(p, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
  const doc = await ingestFile(p);
  assert.equal(doc.format, "pdf");
  assert.equal(doc.text, "");
  assert.ok(doc.diagnostics.some((d) => d.severity === "error"));
});

test("ingestFile(pdf without text, ocr off) says the text is missing", async () => {
  const doc = await ingestFile(join(import.meta.dirname, "..", "fixtures", "ingest", "scanned-page.pdf"), {
    ocr: false,
  });
  assert.equal(doc.format, "pdf");
  hasDiag(doc, "ingest.no_text_layer", /no text layer/);
});

test("ingestBuffer(truncated HTML) reads what is there and warns", async () => {
  const html =
    "<html><head><title>某县2022年政府信息公开工作年度报告</title></head><body><div><p>一、总体情况</p><p>本年度收到申请3件。</p><table><tr><td>规章</td><td>0";
  const doc = await ingestBuffer(Buffer.from(html), { source: "cut.html" });
  assert.equal(doc.format, "html");
  assert.match(doc.text, /本年度收到申请3件。/);
  assert.match(doc.text, /规章\t0/);
  hasDiag(doc, "ingest.html_truncated");
  assert.equal(doc.title, "某县2022年政府信息公开工作年度报告");
});

test("ingestFile(directory, missing file, broken symlink) never throws", async () => {
  const sub = join(dir, "folder.txt");
  mkdirSync(sub);
  hasDiag(await ingestFile(sub), "ingest.unreadable", /not a regular file/);
  hasDiag(await ingestFile(join(dir, "nope.txt")), "ingest.unreadable", /ENOENT/);
  const link = join(dir, "dangling.txt");
  symlinkSync(join(dir, "gone.txt"), link);
  const doc = await ingestFile(link);
  assert.equal(doc.sha256, null);
  hasDiag(doc, "ingest.unreadable", /cannot read/);
});

test("ingestFile(50 MB file) is reported, not read, above maxBytes; a 50 MB binary is rejected cheaply", async () => {
  const p = join(dir, "huge.txt");
  writeFileSync(p, Buffer.alloc(50 * 1024 * 1024));
  const small = await ingestFile(p, { maxBytes: 10 * 1024 * 1024 });
  hasDiag(small, "ingest.too_large", /52428800 bytes; expected at most maxBytes = 10485760/);
  assert.equal(small.bytes, 52428800);
  const full = await ingestFile(p);
  assert.equal(full.text, "");
  assert.ok(full.diagnostics.some((d) => d.severity === "error"));
});

test("ingestFile/ingestBuffer reject broken contracts with typed errors", async () => {
  await assert.rejects(ingestFile(""), InvalidInputError);
  await assert.rejects(
    ingestFile(join(dir, "x.txt"), { maxBytes: -1 }),
    /option maxBytes; expected a positive number, found number -1/,
  );
  await assert.rejects(ingestFile(join(dir, "x.txt"), { ocr: "yes" as unknown as boolean }), InvalidOptionError);
  await assert.rejects(ingestBuffer("text" as unknown as Uint8Array, { source: "x" }), /expected a Uint8Array/);
});

test("ingestBuffer(GBK bytes with a UTF-8 meta declaration) decodes as GB18030 and says so", async () => {
  const iconv = (await import("iconv-lite")).default;
  const bytes = iconv.encode(
    '<html><head><meta charset="utf-8"></head><body><p>政府信息公开工作年度报告</p></body></html>',
    "gbk",
  );
  const doc = await ingestBuffer(bytes, { source: "x.html" });
  assert.equal(doc.encoding, "gb18030");
  assert.match(doc.text, /政府信息公开工作年度报告/);
  hasDiag(doc, "ingest.encoding_mismatch");
});

test("ingestFile(pdf, {timeoutMs}) gives up on a slow PDF with a diagnostic", async () => {
  const doc = await ingestFile(join(import.meta.dirname, "..", "fixtures", "ingest", "seed004.pdf"), { timeoutMs: 1 });
  assert.equal(doc.text, "");
  hasDiag(doc, "ingest.unreadable", /timed out after 1 ms/);
});

test("ingestFile(corrupt .wps) reports the conversion instead of returning noise", async () => {
  const p = join(dir, "bad.wps");
  const bytes = Buffer.alloc(2048, 7);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  writeFileSync(p, bytes);
  const doc = await ingestFile(p);
  assert.equal(doc.format, "wps");
  assert.equal(doc.text, "");
  assert.ok(doc.diagnostics.some((d) => d.code === "ingest.unreadable"));
});

test("ingestBuffer(page whose report is an attachment) says so and names the link", async () => {
  const html =
    '<html><body><h1>某县2022年政府信息公开工作年度报告</h1><p>附件:<a href="/files/nb2022.pdf">年报.pdf</a></p></body></html>';
  const doc = await ingestBuffer(Buffer.from(html), { source: "a.html" });
  hasDiag(doc, "ingest.little_text", /nb2022\.pdf/);
  assert.match(doc.text, /某县2022年政府信息公开工作年度报告/);
});
