import assert from "node:assert/strict";
import { test } from "node:test";
import { ingestText, layoutPdfPages, type PdfLine } from "../../src/ingest/index.js";

const line = (text: string, right = 300, left = 50): PdfLine => ({ text, left, right, size: 12 });

/** Apply the layout edits to the decoded string (what pass 00 does). */
function laidOut(pages: PdfLine[][]): { text: string; reasons: string[] } {
  const { decoded, layoutEdits } = layoutPdfPages(pages);
  let text = "";
  let pos = 0;
  for (const e of layoutEdits) {
    text += decoded.slice(pos, e.start) + e.insert;
    pos = e.end;
  }
  return { text: text + decoded.slice(pos), reasons: layoutEdits.map((e) => e.reason) };
}

test("layoutPdfPages removes page numbers that count pages, keeps a table value 0 at a page edge", () => {
  const { text, reasons } = laidOut([
    [line("一、总体情况", 120), line("本年度收到申请。", 150), line("- 1 -", 180, 170)],
    [line("规章\t0", 200), line("0", 200, 190), line("- 2 -", 180, 170)],
    [line("正文结束。", 150), line("- 3 -", 180, 170)],
  ]);
  assert.equal(text, "一、总体情况\n本年度收到申请。\n规章\t0\n0\n正文结束。\n");
  assert.deepEqual(reasons, [
    "pdf page number",
    "pdf page break",
    "pdf page number",
    "pdf page break",
    "pdf page number",
  ]);
});

test("layoutPdfPages separates pages by a form feed that the normalised text drops; pages start after it", () => {
  const pages = [[line("甲页正文。", 150)], [line("乙页正文。", 150)]];
  const { decoded, pageStarts } = layoutPdfPages(pages);
  assert.equal(decoded, "甲页正文。\n\f乙页正文。\n");
  assert.deepEqual(pageStarts, [0, decoded.indexOf("\f") + 1]);
  assert.equal(laidOut(pages).text, "甲页正文。\n乙页正文。\n");
});

test("layoutPdfPages removes running headers repeated on most pages and joins wrapped prose", () => {
  const header = (p: number) => line(`某县人民政府文件 第${p}页`, 300);
  const words = ["甲", "乙", "丙", "丁"];
  const pages = words.map((w, p) => [
    header(p + 1),
    line(`${w}:根据条例要求,现公布本年度政府信息公开工作年度报告,本报告由总体情况、主动公开`, 300),
    line(`政府信息情况等${w}部分组成。`, 160),
    line(`${w}:本年度未收到政府信息公开申请。`, 200),
  ]);
  const { text } = laidOut(pages);
  const expected = words.map(
    (w) =>
      `${w}:根据条例要求,现公布本年度政府信息公开工作年度报告,本报告由总体情况、主动公开政府信息情况等${w}部分组成。\n${w}:本年度未收到政府信息公开申请。\n`,
  );
  assert.equal(text, expected.join(""));
});

test("layoutPdfPages never joins a line into the next heading or table row", () => {
  const { text } = laidOut([
    [
      line("本年度我局严格按照条例要求主动公开政府信息并不断提高工作透明度保障知情权", 300),
      line("(二)依申请公开情况", 140),
      line("信息内容 本年制发件数 现行有效件数 本年处理决定数量总计以及其他事项", 300),
      line("规章\t0\t0", 300),
    ],
  ]);
  assert.equal(text.split("\n").length, 5);
});

test("ingestText keeps PDF-like one-cell-per-line layouts apart (no join of short lines)", () => {
  const text = "信息内容\n本年制发件数\n规章\n0\n";
  assert.equal(ingestText(text).text, text);
});

test("layoutPdfPages on OCR pages: page numbers out, spaces between Han characters out, no geometry joins", () => {
  const ocr = (text: string): PdfLine => ({ text, left: 0, right: 0, size: 0 });
  const heads = ["一 、 总 体 情 况", "二 、 主 动 公 开", "三 、 依 申 请 公 开"];
  const pages = heads.map((h, p) => [
    ocr("某 县 人 民 政 府 文 件"),
    ocr(h),
    ocr(""),
    ocr("本 年 度 收 到 申 请 3 件 。"),
    ocr(`- ${p + 1} -`),
  ]);
  const { decoded, layoutEdits } = layoutPdfPages(pages, new Set([0, 1, 2]));
  let text = "";
  let pos = 0;
  for (const e of layoutEdits) {
    text += decoded.slice(pos, e.start) + e.insert;
    pos = e.end;
  }
  text += decoded.slice(pos);
  assert.equal(
    text,
    "一、总体情况\n\n本年度收到申请3件。\n二、主动公开\n\n本年度收到申请3件。\n三、依申请公开\n\n本年度收到申请3件。\n",
  );
});
