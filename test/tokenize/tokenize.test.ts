import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError } from "../../src/errors.js";
import { domainDictionary, NUMBER_SLOT, parseUserDict, tokenize, words } from "../../src/tokenize/index.js";

test("tokenize(text) keeps the offset of every token and covers the text", () => {
  const s = "根据《条例》，2022年收到申请12件，办结率100%。";
  const toks = tokenize(s);
  let pos = 0;
  for (const t of toks) {
    assert.equal(t.start, pos);
    assert.equal(s.slice(t.start, t.end), t.text);
    pos = t.end;
  }
  assert.equal(pos, s.length);
});

test("tokenize(text) replaces numbers by one slot so that number-changed copies match", () => {
  assert.deepEqual(words("收到申请12件"), words("收到申请3件"));
  assert.deepEqual(words("收到申请12件"), ["收到", "申请", NUMBER_SLOT, "件"]);
  assert.deepEqual(words("收到申请12件", { numbers: "keep" }), ["收到", "申请", "12", "件"]);
});

test("tokenize(text) keeps domain terms whole", () => {
  for (const term of ["依申请公开", "三安全一稳定", "政务公开", "规范性文件"]) {
    assert.ok(words(`我们做好${term}工作`).includes(term), term);
  }
  assert.ok(domainDictionary().includes("勾稽"));
});

test("tokenize(text) uses the HMM for unknown words by default", () => {
  // without HMM jieba splits unseen names into characters
  const withHmm = words("立岗镇人民政府").length;
  const without = words("立岗镇人民政府", { hmm: false }).length;
  assert.ok(withHmm <= without);
});

test("parseUserDict(text) reads the first field of each line", () => {
  assert.deepEqual(parseUserDict("依申请公开 50000 n\n\n# comment\n勾稽\n"), ["依申请公开", "勾稽"]);
});

test("tokenize(non-string) throws InvalidInputError naming what it found", () => {
  assert.throws(
    () => tokenize(42 as unknown as string),
    (e: unknown) => e instanceof InvalidInputError && /found number 42/.test(e.message),
  );
});

test("tokenize(text) covers mixed scripts, digits inside Latin words, emoji and CR LF exactly", () => {
  const s = "收到申请12件，办结率100%。\n 3.5万元 ABC123 x2y 第1季度\r\n\t😀表情①";
  const toks = tokenize(s);
  let pos = 0;
  for (const t of toks) {
    assert.equal(t.start, pos);
    assert.equal(s.slice(t.start, t.end), t.text);
    pos = t.end;
  }
  assert.equal(pos, s.length);
  assert.deepEqual(
    toks.filter((t) => t.kind === "number").map((t) => t.text),
    ["12", "100", "3.5", "123", "2", "1"],
  );
  assert.ok(toks.every((t) => t.kind !== "space" || /^\s+$/.test(t.text)));
});
