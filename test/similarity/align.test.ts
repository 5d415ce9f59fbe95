import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidOptionError } from "../../src/errors.js";
import { alignPassages } from "../../src/similarity/index.js";

const SHARED =
  "我局坚持以公开为常态、不公开为例外，全年主动公开政府信息2356条，其中政策解读材料48篇，回应社会关切问题17次。";
const A_OWN = "今年春季组织了全镇干部政务知识轮训。";
const B_OWN = "农村集体经济组织财务公开栏全面更新完毕，村民反映良好。";

test("alignPassages(a, b) gives the start and end of a shared passage in both texts", () => {
  const a = `${A_OWN}${SHARED}`;
  const b = `${B_OWN}\n${SHARED.replace("2356", "18").replace("48", "5")}然后另起一段。`;
  const ps = alignPassages(a, b);
  assert.equal(ps.length, 1);
  const p = ps[0]!;
  assert.equal(a.slice(p.aStart, p.aEnd), SHARED.slice(0, -1));
  assert.ok(b.slice(p.bStart, p.bEnd).startsWith("我局坚持以公开为常态"));
  assert.ok(b.slice(p.bStart, p.bEnd).endsWith("回应社会关切问题17次"));
  assert.equal(p.identity, 1);
});

test("alignPassages(a, b) bridges light edits while identity stays ≥ 0.9", () => {
  const edited = SHARED.replace("常态", "常规").replace("政策解读", "政策说明");
  const [p] = alignPassages(SHARED, edited);
  assert.ok(p !== undefined);
  assert.ok(p.identity >= 0.9 && p.identity < 1, String(p.identity));
  assert.ok(p.aEnd - p.aStart > SHARED.length - 4);
});

test("alignPassages(a, b) finds nothing in unrelated texts or below minLength", () => {
  assert.deepEqual(alignPassages(A_OWN, B_OWN), []);
  const short = "全面推进政务公开标准化规范化建设";
  assert.deepEqual(alignPassages(`甲${short}乙`, `丙${short}丁`), []);
  assert.equal(alignPassages(`甲${short}乙`, `丙${short}丁`, { minLength: 10 }).length, 1);
});

test("alignPassages(a, b) does not report mandated text as reuse", () => {
  const table =
    "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t1\t0\t3\n";
  assert.deepEqual(alignPassages(`${A_OWN}${table}`, `${B_OWN}${table}`), []);
  assert.equal(alignPassages(`${A_OWN}${table}`, `${B_OWN}${table}`, { maskMandated: false }).length, 1);
});

test("alignPassages(a, b, bad options) throws InvalidOptionError", () => {
  assert.throws(() => alignPassages("a", "b", { minIdentity: 1.5 }), InvalidOptionError);
  assert.throws(
    () => alignPassages("a", "b", { seedSize: 8, minLength: 4 }),
    /minLength must be an integer ≥ seedSize; found 4/,
  );
});
