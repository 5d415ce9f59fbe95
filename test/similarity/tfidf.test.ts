import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import { similarityMatrix, tfidfIndex, topSimilar } from "../../src/similarity/index.js";
import type { Sections } from "../../src/types.js";

const docs = [
  { id: "a", agency_id: "x", year: 2021, text: "我镇加强政务公开平台建设，完善信息发布审核机制，全年发布信息120条。" },
  { id: "b", agency_id: "x", year: 2022, text: "我镇加强政务公开平台建设，完善信息发布审核机制，全年发布信息98条。" },
  { id: "c", agency_id: "y", year: 2022, text: "区财政局推进预决算公开，细化三公经费说明，接受社会监督。" },
  { id: "d", agency_id: "z", year: 2022, text: "县卫健委公开医疗服务价格和药品价格信息，方便群众查询。" },
];

test("topSimilar(index, id, k) ranks a number-changed copy first", () => {
  const index = tfidfIndex(docs);
  const top = topSimilar(index, "a", 2);
  assert.equal(top[0]!.id, "b");
  assert.ok(top[0]!.score > 0.99);
  assert.ok(top.length <= 2);
  assert.ok(top.every((t) => t.id !== "a"));
});

test("similarityMatrix(docs) is symmetric with 1 on the diagonal, for both measures", () => {
  for (const measure of ["cosine", "jaccard"] as const) {
    const m = similarityMatrix(docs, { measure });
    assert.deepEqual(m.ids, ["a", "b", "c", "d"]);
    for (let i = 0; i < 4; i++) {
      assert.equal(m.values[i]![i], 1);
      for (let j = 0; j < 4; j++) assert.equal(m.values[i]![j], m.values[j]![i]);
    }
    const row = m.values[0]!;
    assert.ok((row[1] as number) > (row[2] as number), measure);
  }
});

test("similarityMatrix(docs, {measure: containment}) says how much of A is in B", () => {
  const base = "我镇加强政务公开平台建设，完善信息发布审核机制，规范依申请公开办理流程。";
  const more = `${base}同时开展政务公开培训两次，提升干部业务能力，群众满意度进一步提高。`;
  const m = similarityMatrix(
    [
      { id: "short", agency_id: null, year: null, text: base },
      { id: "long", agency_id: null, year: null, text: more },
    ],
    { measure: "containment" },
  );
  assert.equal(m.values[0]![1], 1);
  assert.ok((m.values[1]![0] as number) < 0.6);
});

test("tfidfIndex(docs, {section}) compares one section; a report without it gets an empty vector", () => {
  const text = "一、总体情况\n我镇加强平台建设。\n五、存在的主要问题及改进情况\n信息公开不够及时，培训不足。";
  const at = text.indexOf("五、");
  const sections = {
    overview: {
      key: "overview",
      start: 0,
      end: at,
      heading: { start: 0, end: 6 },
      title: "一、总体情况",
      text: text.slice(0, at),
    },
    proactive: null,
    requests: null,
    review: null,
    issues: {
      key: "issues",
      start: at,
      end: text.length,
      heading: { start: at, end: at + 14 },
      title: "五、存在的主要问题及改进情况",
      text: text.slice(at),
    },
    other: null,
  } as Sections;
  const index = tfidfIndex(
    [
      { id: "p", agency_id: "x", year: 2021, text, sections },
      { id: "q", agency_id: "x", year: 2022, text, sections },
      { id: "r", agency_id: "y", year: 2022, text: "无章节" },
    ],
    { section: "issues" },
  );
  assert.ok(index.terms.includes("培训"));
  assert.ok(!index.terms.includes("平台"));
  assert.equal(index.vectors[2]!.terms.length, 0);
  assert.equal(topSimilar(index, "p", 5)[0]!.id, "q");
});

test("topSimilar and similarityMatrix reject bad arguments with typed errors", () => {
  const index = tfidfIndex(docs);
  assert.throws(
    () => topSimilar(index, "zz", 3),
    (e: unknown) => e instanceof InvalidInputError && /found "zz"/.test(e.message),
  );
  assert.throws(() => topSimilar(index, "a", 0), InvalidOptionError);
  assert.throws(
    () => similarityMatrix(docs, { measure: "dice" as never }),
    /measure must be "cosine", "jaccard" or "containment"; found "dice"/,
  );
});
