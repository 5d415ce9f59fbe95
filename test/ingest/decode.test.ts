import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { decodeReportBytes } from "../../src/ingest/index.js";

const TEXT = "政府信息公开工作年度报告(2023年)\n一、总体情况";
const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);

const rows: ReadonlyArray<readonly [name: string, bytes: Uint8Array, encoding: string, bomBytes: number]> = [
  ["UTF-8", Buffer.from(TEXT), "utf-8", 0],
  ["UTF-8 with BOM", bom([0xef, 0xbb, 0xbf], Buffer.from(TEXT)), "utf-8", 3],
  ["GBK", iconv.encode(TEXT, "gbk"), "gb18030", 0],
  ["GB18030 with BOM", bom([0x84, 0x31, 0x95, 0x33], iconv.encode(TEXT, "gb18030")), "gb18030", 4],
  ["UTF-16LE with BOM", bom([0xff, 0xfe], iconv.encode(TEXT, "utf16le")), "utf-16le", 2],
  ["UTF-16BE with BOM", bom([0xfe, 0xff], iconv.encode(TEXT, "utf16be")), "utf-16be", 2],
  ["UTF-16LE without BOM (ASCII-heavy)", iconv.encode("Report 2023\nabc def ghi 政府", "utf16le"), "utf-16le", 0],
  [
    "UTF-16LE without BOM (CJK only)",
    iconv.encode(`${TEXT}。政府信息公开申请办理情况良好。`, "utf16le"),
    "utf-16le",
    0,
  ],
  [
    "UTF-16BE without BOM (CJK only)",
    iconv.encode(`${TEXT}。政府信息公开申请办理情况良好。`, "utf16be"),
    "utf-16be",
    0,
  ],
];

for (const [name, bytes, encoding, bomBytes] of rows) {
  test(`decodeReportBytes(${name}) detects ${encoding}`, () => {
    const d = decodeReportBytes(bytes);
    assert.equal(d.encoding, encoding);
    assert.equal(d.bomBytes, bomBytes);
    assert.ok(d.text.includes("政府"));
    assert.ok(!d.text.startsWith("\uFEFF"), "BOM not in the text");
  });
}

test("decodeReportBytes honours <meta charset=big5> on a non-UTF-8 page", () => {
  const html = '<html><head><meta charset="big5"></head><body>政府資訊公開</body></html>';
  const d = decodeReportBytes(iconv.encode(html, "big5"));
  assert.equal(d.encoding, "big5");
  assert.match(d.text, /政府資訊公開/);
});

test("decodeReportBytes reports undecodable bytes instead of hiding them", () => {
  const bytes = Buffer.concat([iconv.encode("政府信息", "gbk"), Buffer.from([0xff, 0xff, 0x81])]);
  const d = decodeReportBytes(bytes);
  assert.equal(d.encoding, "gb18030");
  assert.ok(d.diagnostics.some((x) => x.code === "ingest.encoding_errors"));
});
