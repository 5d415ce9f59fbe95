import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import iconv from "iconv-lite";
import { ingestBuffer, sourcePosition } from "../../src/ingest/index.js";
import { RAW_DIR } from "../../src/paths.js";
import type { IngestedDoc } from "../../src/types.js";

const files = ["seeds", "pingtan", "openings"].flatMap((d) =>
  readdirSync(join(RAW_DIR, d))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(RAW_DIR, d, f)),
);
const HAN = /\p{Script=Han}/u;

/** Origin map: right length, in range, non-decreasing, ends at the end of the source. */
function checkOrigin(doc: IngestedDoc): void {
  const { origin, text, decoded } = doc;
  assert.equal(origin.length, text.length + 1);
  assert.equal(origin[text.length], decoded.length);
  for (let i = 0; i < origin.length; i++) {
    const o = origin[i] ?? -1;
    assert.ok(o >= 0 && o <= decoded.length, `origin[${i}] = ${o} out of range`);
    if (i > 0) assert.ok(o >= (origin[i - 1] ?? 0), `origin decreases at ${i}`);
  }
}

/** Every Han character of the source is either in the text or inside a recorded removal. */
function checkNothingLost(doc: IngestedDoc): void {
  const covered = new Uint8Array(doc.decoded.length + 1);
  for (let i = 0; i < doc.text.length; i++) covered[doc.origin[i] ?? 0] = 1;
  for (const r of doc.removed) covered.fill(1, r.source.start, r.source.end);
  for (let j = 0; j < doc.decoded.length; j++) {
    const ch = doc.decoded[j] ?? "";
    if (HAN.test(ch))
      assert.equal(
        covered[j],
        1,
        `source char ${j} ${JSON.stringify(doc.decoded.slice(j - 10, j + 10))} silently dropped`,
      );
  }
  for (const r of doc.removed) {
    assert.ok(r.at >= 0 && r.at <= doc.text.length, "removal anchored in the text");
    assert.equal(r.text, doc.decoded.slice(r.source.start, r.source.end));
    assert.ok(r.reason.length > 0);
  }
}

/** Byte offsets re-decode to the characters they point at. */
function checkRoundTrip(doc: IngestedDoc, bytes: Uint8Array, encoding: string): void {
  const step = Math.max(1, Math.floor(doc.text.length / 200));
  for (let i = 0; i < doc.text.length; i += step) {
    const p = sourcePosition(doc, i);
    assert.equal(p.char, doc.origin[i]);
    assert.equal(p.page, null);
    assert.ok(p.byte !== null);
    const ch = doc.decoded[p.char] ?? "";
    const back = iconv.decode(Buffer.from(bytes.subarray(p.byte, p.byte + 4)), encoding);
    assert.ok(
      back.startsWith(ch),
      `byte ${p.byte} re-decodes to ${JSON.stringify(back)}, expected ${JSON.stringify(ch)}`,
    );
    if (doc.script === "simplified" && HAN.test(doc.text[i] ?? "")) assert.equal(doc.text[i], ch);
  }
}

for (const file of files) {
  test(`lossless: ${file.slice(RAW_DIR.length + 1)} (UTF-8 and GBK)`, async () => {
    const bytes = readFileSync(file);
    const doc = await ingestBuffer(bytes, { source: file });
    assert.equal(doc.encoding, "utf-8");
    checkOrigin(doc);
    checkNothingLost(doc);
    checkRoundTrip(doc, bytes, "utf-8");
    const gbk = iconv.encode(bytes.toString("utf8"), "gb18030");
    const g = await ingestBuffer(gbk, { source: file });
    assert.equal(g.encoding, "gb18030");
    assert.equal(g.text, doc.text);
    checkRoundTrip(g, gbk, "gb18030");
  });
}

test("lossless: UTF-16 with BOM gives byte offsets past the BOM", async () => {
  const text = "一、总体情况\n收到申请5件。\n";
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
  const doc = await ingestBuffer(bytes, { source: "x.txt" });
  const i = doc.text.indexOf("收");
  assert.equal(sourcePosition(doc, i).byte, 2 + text.indexOf("收") * 2);
});

test("sourcePosition(doc, offset) rejects an offset outside the text", async () => {
  const doc = await ingestBuffer(Buffer.from("报告"), { source: "x.txt" });
  assert.throws(() => sourcePosition(doc, 3), /expected an integer in \[0, 2\], found number 3/);
  assert.throws(() => sourcePosition(doc, 0.5), /expected an integer/);
});
