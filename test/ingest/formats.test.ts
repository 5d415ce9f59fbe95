import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ingestBuffer, ingestFile, ingestText } from "../../src/ingest/index.js";
import { RAW_DIR } from "../../src/paths.js";
import type { IngestedDoc } from "../../src/types.js";

const FIX = join(import.meta.dirname, "..", "fixtures", "ingest");
const SEED002 = join(RAW_DIR, "seeds", "002_12f78b61d8e1d558.txt");
const SEED004 = join(RAW_DIR, "seeds", "004_86673d63bf19c25f.txt");

/** Text with all whitespace removed: same content modulo layout. */
const squeeze = (s: string): string => s.replace(/\s+/g, "");
/** Non-empty lines with spaces dropped: same line layout (tabs kept). */
const lines = (s: string): string[] =>
  s
    .split("\n")
    .map((l) => l.replace(/ +/g, ""))
    .filter((l) => l.trim() !== "");

const reference002 = ingestText(readFileSync(SEED002, "utf8"));
/** seed004.pdf is slow to parse (CJK fonts): ingested once for the tests that read it. */
let seed004Pdf: Promise<IngestedDoc> | null = null;
const pdf004 = (): Promise<IngestedDoc> => (seed004Pdf ??= ingestFile(join(FIX, "seed004.pdf")));

for (const [file, encoding] of [
  ["seed002.bom.txt", "utf-8"],
  ["seed002.gbk.txt", "gb18030"],
  ["seed002.utf16le.txt", "utf-16le"],
  ["seed002.utf16be.txt", "utf-16be"],
] as const) {
  test(`ingestFile(${file}) detects ${encoding} and gives the same text as the UTF-8 .txt`, async () => {
    const doc = await ingestFile(join(FIX, file));
    assert.equal(doc.format, "txt");
    assert.equal(doc.encoding, encoding);
    assert.deepEqual(lines(doc.text), lines(reference002.text));
  });
}

test("ingestFile(GBK CMS page) finds the body, keeps the title line, drops chrome and renders tables as the .txt", async () => {
  const doc = await ingestFile(join(FIX, "seed002.gbk.htm"));
  assert.equal(doc.format, "html");
  assert.equal(doc.encoding, "gb18030");
  assert.deepEqual(lines(doc.text), lines(reference002.text));
  assert.equal(doc.title, "岢曲镇人民政府 2023 年政府信息公开工作年度报告", "site suffix after _ dropped");
  assert.equal(doc.publishedHint, "2024-01-18");
  const reasons = new Set(doc.removed.map((r) => r.reason));
  for (const r of ["html outside report body", "metadata bar", "html hidden element"]) assert.ok(reasons.has(r), r);
  assert.ok(!doc.text.includes("网站首页") && !doc.text.includes("备案号") && !doc.text.includes("隐藏"));
});

/** Every grid cell's span slices its text, rows match the rendered lines, merged cells have no span. */
function checkGrid(doc: IngestedDoc): void {
  assert.ok(doc.tables.length >= 3, "tables found");
  for (const t of doc.tables) {
    const rendered = doc.text
      .slice(t.span.start, t.span.end)
      .split("\n")
      .filter((l) => l !== "");
    assert.equal(rendered.length, t.rows.length);
    t.rows.forEach((row, r) => {
      assert.equal(rendered[r]?.split("\t").length, row.length, "one tab-separated field per grid column");
      for (const cell of row) {
        if (cell.merged) assert.equal(cell.span, null);
        else if (cell.span !== null) assert.equal(doc.text.slice(cell.span.start, cell.span.end), cell.text);
      }
    });
  }
}

test("ingestFile(html) expands rowspan/colspan into a grid whose cells point into doc.text", async () => {
  const doc = await ingestFile(join(FIX, "seed002.gbk.htm"));
  checkGrid(doc);
  const matrix = doc.tables[1];
  assert.ok(matrix);
  assert.equal(matrix.rows[0]?.[0]?.text, "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)");
  assert.equal(matrix.rows[1]?.[0]?.merged, true, "rowspan covers the row below");
  assert.equal(matrix.rows[0]?.[3]?.merged, true, "colspan covers the cells to the right");
});

test("ingestFile(docx) gives the .txt text and the tables with their merges", async () => {
  const doc = await ingestFile(join(FIX, "seed002.docx"));
  assert.equal(doc.format, "docx");
  assert.deepEqual(lines(doc.text), lines(reference002.text));
  checkGrid(doc);
});

test("ingestFile(doc) converts legacy Word through LibreOffice and says so", async () => {
  const doc = await ingestFile(join(FIX, "seed002.doc"));
  assert.equal(doc.format, "doc");
  assert.equal(squeeze(doc.text), squeeze(reference002.text));
  assert.ok(doc.diagnostics.some((d) => d.code === "ingest.converted"));
});

test("ingestFile(pdf) of a traditional report: same text as the .txt, furniture removed, pages recorded", async () => {
  const reference = ingestText(readFileSync(SEED004, "utf8"));
  const doc = await pdf004();
  assert.equal(doc.format, "pdf");
  assert.equal(doc.script, "traditional");
  assert.equal(squeeze(doc.text), squeeze(reference.text));
  assert.deepEqual(lines(doc.text), lines(reference.text), "wrapped prose lines joined again");
  assert.equal(doc.pageStarts.length, 3);
  const furniture = doc.removed.filter((r) => r.reason === "pdf running header/footer");
  assert.equal(furniture.length, 6, "header and footer on each of 3 pages");
  assert.ok(doc.removed.some((r) => r.reason === "pdf soft wrap"));
});

test("ingestFile(pdf with tables): prose paragraphs intact, table rows tab-separated", async () => {
  const doc = await ingestFile(join(FIX, "seed002.pdf"));
  const text = squeeze(doc.text);
  for (const line of reference002.text.split("\n")) {
    if (line.length > 30 && !line.includes("\t")) assert.ok(text.includes(squeeze(line)), line.slice(0, 20));
  }
  assert.ok(
    doc.text.split("\n").some((l) => /^规章\t0\t0\t0$/.test(l)),
    "a table row with tabs",
  );
});

test("ingestFile(scanned pdf) reads the page by OCR and says so", async () => {
  const doc = await ingestFile(join(FIX, "scanned-page.pdf"));
  assert.equal(doc.format, "pdf");
  assert.ok(doc.diagnostics.some((d) => d.code === "ingest.ocr" && d.severity === "warning"));
  assert.match(doc.text, /政府信息公开/);
  assert.match(doc.text, /源潭镇/);
});

test("ingestBuffer(bytes, {source, extension}) detects format by content, not extension", async () => {
  const html = readFileSync(join(FIX, "seed002.gbk.htm"));
  const doc = await ingestBuffer(html, { source: "page.txt", extension: "txt" });
  assert.equal(doc.format, "html");
  const pdf = await ingestBuffer(readFileSync(join(FIX, "scanned-page.pdf")), { source: "report.html", ocr: false });
  assert.equal(pdf.format, "pdf");
});

test("sourcePosition(pdf doc, offset) gives the page and no byte offset", async () => {
  const { sourcePosition } = await import("../../src/ingest/index.js");
  const doc = await pdf004();
  const first = sourcePosition(doc, 0);
  assert.equal(first.page, 1);
  assert.equal(first.byte, null);
  const last = sourcePosition(doc, doc.text.length - 2);
  assert.equal(last.page, 3);
});

test("ingestText(markdown with a GFM table) renders tab rows and returns the grid", () => {
  const md = "| 信息内容 | 本年制发件数 |\n|---|:---:|\n| 规章 | 0 |\n| **行政规范性文件** | |\n\n正文。\n";
  const doc = ingestText(md, { format: "md" });
  assert.equal(doc.text, "信息内容\t本年制发件数\n规章\t0\n行政规范性文件\t\n\n正文。\n");
  assert.equal(doc.tables.length, 1);
  const cells = doc.tables[0]?.rows.map((r) => r.map((c) => c.text));
  assert.deepEqual(cells, [
    ["信息内容", "本年制发件数"],
    ["规章", "0"],
    ["行政规范性文件", ""],
  ]);
  checkGridSpans(doc);
});

test("ingestText(pipe cells one per line, no rule) is left as printed (seed 003 layout)", () => {
  const text = "信息内容 |\n本年制发件数 |\n|\n|\n规章 |\n0 |\n";
  const doc = ingestText(text);
  assert.equal(doc.text, text);
  assert.equal(doc.tables.length, 0);
});

function checkGridSpans(doc: IngestedDoc): void {
  for (const t of doc.tables) {
    for (const row of t.rows) {
      for (const cell of row)
        if (cell.span !== null) assert.equal(doc.text.slice(cell.span.start, cell.span.end), cell.text);
    }
  }
}

test("ingestBuffer(old-style page with layout tables) keeps the article, renders only the data table", async () => {
  const para = "本年度我局严格按照条例要求,主动公开政府信息,不断提高政府工作透明度,保障人民群众的知情权。".repeat(4);
  const html = `<html><head><title>某局2022年政府信息公开工作年度报告-某市人民政府</title></head><body>
<table width="100%"><tr><td><a href="/">首页</a></td><td><a>政务公开</a></td></tr></table>
<table width="980"><tr><td class="left"><ul><li>通知公告</li><li>政策文件</li></ul></td><td class="main">
<div class="title">某局2022年政府信息公开工作年度报告</div>
<div class="info">发布日期：2023-01-20 浏览次数：<span>123</span></div>
<p>一、总体情况</p><p>${para}</p><p>二、主动公开政府信息情况</p>
<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p><p>${para}</p>
</td></tr></table>
<div class="foot">版权所有：某市人民政府 备案号：X</div></body></html>`;
  const doc = await ingestBuffer(Buffer.from(html), { source: "page.html" });
  const lines = doc.text.split("\n").filter((l) => l !== "");
  assert.deepEqual(lines.slice(0, 2), ["某局2022年政府信息公开工作年度报告", "一、总体情况"]);
  assert.ok(lines.includes("第二十条第(一)项\t\t\t"));
  assert.ok(lines.includes("规章\t0\t0\t0"));
  assert.equal(lines[lines.length - 2], "三、收到和处理政府信息公开申请情况");
  assert.equal(doc.tables.length, 1, "the navigation table outside the body is not returned");
  assert.equal(doc.publishedHint, "2023-01-20");
  assert.ok(!/首页|通知公告|版权所有|浏览次数/.test(doc.text));
});

test("sourcePosition(html doc, offset) gives the byte offset in the GBK file", async () => {
  const { sourcePosition } = await import("../../src/ingest/index.js");
  const iconv = (await import("iconv-lite")).default;
  const bytes = readFileSync(join(FIX, "seed002.gbk.htm"));
  const doc = await ingestFile(join(FIX, "seed002.gbk.htm"));
  for (const needle of ["一、总体情况", "行政规范性文件", "信息内容"]) {
    const at = doc.text.indexOf(needle);
    assert.ok(at >= 0, needle);
    const p = sourcePosition(doc, at);
    assert.equal(doc.decoded.slice(p.char, p.char + needle.length), needle);
    assert.ok(p.byte !== null);
    assert.ok(iconv.decode(bytes.subarray(p.byte, p.byte + 40), "gbk").startsWith(needle));
  }
});

test("ingestBuffer(traditional page) gives the <title> in simplified characters and narrow digits", async () => {
  const body = "根據《中華人民共和國政府信息公開條例》,現公布本鎮２０２３年政府信息公開工作年度報告。".repeat(3);
  const html = `<html><head><title>源潭鎮２０２３年政府信息公開工作年度報告_清城區</title></head><body><p>${body}</p></body></html>`;
  const doc = await ingestBuffer(Buffer.from(html), { source: "t.html" });
  assert.equal(doc.script, "traditional");
  assert.equal(doc.title, "源潭镇2023年政府信息公开工作年度报告");
});
