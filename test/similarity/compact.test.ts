import assert from "node:assert/strict";
import { test } from "node:test";
import { compactText, NUMBER_CODE } from "../../src/similarity/index.js";

test("compactText(text) drops space and punctuation and keeps the span of every code", () => {
  const s = "收到申请 12件，办结。";
  const ct = compactText(s);
  assert.equal(ct.length, 8);
  for (let i = 0; i < ct.length; i++) {
    const piece = s.slice(ct.starts[i], ct.ends[i]);
    if (ct.codes[i] === NUMBER_CODE) assert.equal(piece, "12");
    else assert.equal(piece, String.fromCharCode(ct.codes[i]!));
  }
});

test("compactText(text) makes number-changed and full-width variants compare equal", () => {
  const a = compactText("收到申请12件，其中3.5%为企业。");
  const b = compactText("收到申请 ３ 件,其中100%为企业");
  assert.deepEqual([...a.codes], [...b.codes]);
});

test("compactText(text) folds Latin capitals and keeps a text without letters empty", () => {
  assert.deepEqual([...compactText("ABC").codes], [...compactText("abc").codes]);
  assert.equal(compactText("，。 \n——").length, 0);
});
