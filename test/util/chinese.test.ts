import assert from "node:assert/strict";
import { test } from "node:test";
import { detectScript, toSimplified } from "../../src/util/chinese.js";

test("toSimplified(text) converts traditional characters", () => {
  assert.equal(toSimplified("政府資訊公開工作年度報告"), "政府资讯公开工作年度报告");
});

test("detectScript(text) tells traditional from simplified", () => {
  assert.equal(detectScript("二、主動公開政府信息情況。本年度收到申請三件，依法予以答覆。"), "traditional");
  assert.equal(detectScript("二、主动公开政府信息情况。本年度收到申请三件，依法予以答复。"), "simplified");
  assert.equal(detectScript("2022 abc"), "simplified");
});
