import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError } from "../../src/errors.js";
import { maskMandated } from "../../src/similarity/index.js";

const REPORT = [
  "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
  "一、总体情况",
  "2022年，我镇坚持把政务公开作为转变政府职能的重要抓手，群众满意度持续提升。",
  "二、主动公开政府信息情况",
  "第二十条第（一）项",
  "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
  "规章\t0\t0\t0",
  "行政规范性文件\t3\t1\t12",
  "五、存在的主要问题及改进情况",
  "一是公开内容不够全面。",
].join("\n");

test("maskMandated(text) masks headings, table labels with their values and fixed sentences", () => {
  const r = maskMandated(REPORT);
  const masked = r.spans.map((s) => REPORT.slice(s.start, s.end)).join("|");
  for (const piece of [
    "一、总体情况",
    "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止",
    "规章\t0\t0\t0",
    "行政规范性文件\t3\t1\t12",
    "五、存在的主要问题及改进情况",
  ]) {
    assert.ok(masked.includes(piece), `${piece} should be masked`);
  }
  assert.ok(!masked.includes("群众满意度"), "narrative stays");
  assert.ok(!masked.includes("公开内容不够全面"), "narrative stays");
  assert.ok(r.share !== null && r.share > 0.4 && r.share < 0.9);
  assert.equal(r.masked.length, REPORT.length);
  assert.ok(r.masked.includes("群众满意度持续提升"));
});

test("maskMandated(text) masks a short label only next to other mandated text", () => {
  const r = maskMandated("本镇制定了规章制度若干，其他工作有序推进，工作总计三十项。");
  assert.equal(r.spans.length, 0);
});

test("maskMandated(text) of a text without letters has a null share, never 0", () => {
  const r = maskMandated("，。");
  assert.equal(r.share, null);
  assert.equal(r.totalChars, 0);
});

test("maskMandated(non-string) throws InvalidInputError naming what it found", () => {
  assert.throws(
    () => maskMandated(7 as unknown as string),
    (e: unknown) => e instanceof InvalidInputError && /found number 7/.test(e.message),
  );
});
