import assert from "node:assert/strict";
import { test } from "node:test";
import { passageHighlights, sideBySideHtml } from "../../src/charts/index.js";

test("sideBySideHtml(a, b) highlights each side's spans, labelled, with HTML escaped", () => {
  const html = sideBySideHtml(
    { title: "甲 <A>", text: "一二三<四>五", spans: [{ start: 0, end: 2, label: "1" }] },
    { title: "乙", text: "零一二", spans: [{ start: 1, end: 3, label: "1" }] },
  );
  assert.match(html, /<mark[^>]*><sup>1<\/sup>一二<\/mark>三&lt;四&gt;五/);
  assert.match(html, /零<mark[^>]*><sup>1<\/sup>一二<\/mark>/);
  assert.ok(html.includes("甲 &lt;A&gt;"));
  assert.ok(!html.includes("<script"));
});

test("sideBySideHtml(a, b) merges overlapping spans and reports the shared share", () => {
  const html = sideBySideHtml(
    {
      title: "a",
      text: "abcdefghij",
      spans: [
        { start: 0, end: 4 },
        { start: 2, end: 5 },
      ],
    },
    { title: "b", text: "xyz", spans: [] },
  );
  assert.equal((html.match(/<mark/g) ?? []).length, 1);
  assert.match(html, /<mark[^>]*>abcde<\/mark>/);
  assert.match(html, /shared: 50\.0%/);
  assert.match(html, /shared: 0\.0%/);
});

test("sideBySideHtml(a, b, {maxChars}) states how much text it did not show", () => {
  const html = sideBySideHtml(
    { title: "a", text: "x".repeat(50), spans: [{ start: 5, end: 40 }] },
    { title: "b", text: "y", spans: [] },
    { maxChars: 10 },
  );
  assert.match(html, /40 字未显示/);
  assert.match(html, /<mark[^>]*>xxxxx<\/mark>/);
});

test("sideBySideHtml(a, b) rejects a span outside its text", () => {
  assert.throws(
    () =>
      sideBySideHtml({ title: "a", text: "abc", spans: [{ start: 2, end: 9 }] }, { title: "b", text: "", spans: [] }),
    { name: "InvalidInputError", message: /expected 0 <= start <= end <= 3, found \[2, 9\)/ },
  );
});

test("passageHighlights(passages) labels both sides of each passage alike", () => {
  const h = passageHighlights([
    { aStart: 0, aEnd: 3, bStart: 5, bEnd: 8 },
    { aStart: 10, aEnd: 12, bStart: 1, bEnd: 3 },
  ]);
  assert.deepEqual(h.a, [
    { start: 0, end: 3, label: "1" },
    { start: 10, end: 12, label: "2" },
  ]);
  assert.deepEqual(h.b[1], { start: 1, end: 3, label: "2" });
});
