import assert from "node:assert/strict";
import { test } from "node:test";
import { docxText, repointMapped } from "../../src/ingest/docx-text.js";
import { ingestText, mappedFromText, originOf } from "../../src/ingest/index.js";

test("docxText: paragraphs end in a newline, rows too, cells tab-separated, a cell's paragraphs joined by a newline", () => {
  const html =
    "<h1>某县报告</h1><p>收到<strong>申请</strong> 12 件&amp;答复</p>" +
    "<table><tr><td><p>项目</p></td><td><p>数量</p></td></tr>" +
    "<tr><td><p>甲</p><p>乙</p></td><td><p>3</p></td></tr></table>" +
    "<ul><li>一是<ul><li>二是</li></ul></li></ul><p>行一<br />行二</p>";
  const d = docxText(html);
  assert.equal(d.text, "某县报告\n收到申请 12 件&答复\n项目\t数量\n甲\n乙\t3\n一是\n二是\n行一\n行二\n");
  assert.equal(d.map.length, html.length + 1);
  for (let h = 1; h < d.map.length; h++) assert.ok((d.map[h] ?? 0) >= (d.map[h - 1] ?? 0), "non-decreasing");
  // every character of a text node maps onto itself in the DOCX text
  const at = html.indexOf("12");
  assert.equal(d.text.slice(d.map[at], (d.map[at + 1] ?? 0) + 1), "12");
  assert.equal(d.text[d.map[html.indexOf("&amp;")] ?? -1], "&", "an entity maps onto its character");
  assert.equal(d.text[d.map[html.indexOf("3</p>")] ?? -1], "3");
});

test("repointMapped: an extraction over the HTML points into the DOCX text", () => {
  const html = "<p>甲</p><p>乙</p>";
  const d = docxText(html);
  const mt = mappedFromText(html);
  const r = repointMapped(mt, d);
  assert.equal(r.origin[html.indexOf("乙")], d.text.indexOf("乙"));
  assert.equal(r.origin[html.length], d.text.length);
});

test("originOf: a span of the normalised text back to the decoded text, full-width digits as printed", () => {
  const doc = ingestText("一、总体情况\r\n本年度收到申请１２件，答复　３件。\n");
  const i = doc.text.indexOf("12");
  assert.ok(i > 0, "width-normalised in the text");
  const o = originOf(doc, { start: i, end: i + 2 });
  assert.ok(o !== null);
  assert.equal(doc.decoded.slice(o.start, o.end), "１２");
  assert.equal(o.page, undefined, "no page for a text file");
  assert.equal(originOf(doc, null), null);
  const pdfLike = { ...doc, pageStarts: [0, doc.decoded.indexOf("本")] };
  assert.equal(originOf(pdfLike, { start: i, end: i + 2 })?.page, 2);
});
