import assert from "node:assert/strict";
import { test } from "node:test";
import { lineSpans, PAGE_NUMBER_LINE } from "../../src/util/lines.js";

test("lineSpans splits a range at newlines, without them, and stops at the range's end", () => {
  const text = "甲乙\n丙\n\n丁戊";
  assert.deepEqual(
    lineSpans(text).map((l) => text.slice(l.start, l.end)),
    ["甲乙", "丙", "", "丁戊"],
  );
  assert.deepEqual(lineSpans(text, 3, 6), [
    { start: 3, end: 4 },
    { start: 5, end: 5 },
  ]);
});

test("PAGE_NUMBER_LINE takes the page-number forms and refuses a line of counts", () => {
  for (const s of ["3", "- 3 -", "第3页", "3/12", "3 ／ 12", "第 3 页 共 12 页"])
    assert.ok(PAGE_NUMBER_LINE.test(s), s);
  for (const s of ["3\t5", "12345", "共3件", "2023年"]) assert.ok(!PAGE_NUMBER_LINE.test(s), s);
});
