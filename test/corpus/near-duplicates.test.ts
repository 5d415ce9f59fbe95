import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import type { SimilarityDoc } from "../../src/index.js";
import {
  compactText,
  estimateJaccard,
  findNearDuplicates,
  jaccardOfSets,
  lshCandidates,
  minhashSignatures,
  setOverlap,
  shingleSet,
} from "../../src/index.js";
import type { SectionKey } from "../../src/types.js";
import { seededRandom } from "../support/synth.js";

const CHARS = "政府信息公开工作领导小组加强组织规范管理推进平台建设完善制度落实责任群众满意服务水平提升";

function randomText(rng: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += CHARS[Math.floor(rng() * CHARS.length)];
  return s;
}

/** Mutate about `rate` of the characters. */
function mutate(rng: () => number, s: string, rate: number): string {
  return [...s].map((c) => (rng() < rate ? CHARS[Math.floor(rng() * CHARS.length)] : c)).join("");
}

const TEMPLATE =
  "一、总体情况\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t1\t0\t3\n三、收到和处理政府信息公开申请情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";

test("setOverlap(a, b) gives Jaccard and both containments", () => {
  const o = setOverlap(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(3, 4));
  assert.equal(o.jaccard, 0.5);
  assert.equal(o.containmentAB, 0.5);
  assert.equal(o.containmentBA, 1);
  assert.equal(setOverlap(new Uint32Array(0), new Uint32Array(0)).jaccard, null);
});

test("findNearDuplicates(docs) finds number-changed copies and ignores shared template text", () => {
  const rng = seededRandom(7);
  const own = [randomText(rng, 400), randomText(rng, 400), randomText(rng, 400)];
  const docs = [
    { id: "a", agency_id: "x", year: 2021, text: `${TEMPLATE}${own[0]}共收到申请12件。` },
    { id: "b", agency_id: "y", year: 2021, text: `${TEMPLATE}${own[0]}共收到申请345件。` },
    { id: "c", agency_id: "z", year: 2021, text: `${TEMPLATE}${own[1]}` },
    { id: "d", agency_id: "w", year: 2021, text: `${TEMPLATE}${own[2]}` },
  ];
  const r = findNearDuplicates(docs);
  assert.deepEqual(
    r.pairs.map((p) => [p.a, p.b]),
    [["a", "b"]],
  );
  assert.equal(r.pairs[0]!.jaccard, 1);
  assert.deepEqual(r.clusters, [{ members: ["a", "b"] }]);
  // without masking the template, the unrelated reports c and d look alike
  const unmasked = findNearDuplicates(
    docs.map((d) => ({ ...d, text: d.text.replace(/[^\n]*$/, "短") })),
    { maskMandated: false, threshold: 0.5 },
  );
  assert.ok(unmasked.pairs.length >= 3);
});

test("lshCandidates(sig) recalls ≥ 0.98 of the pairs at exact Jaccard ≥ 0.5", () => {
  const rng = seededRandom(11);
  const bases = Array.from({ length: 30 }, () => randomText(rng, 300));
  const texts = Array.from({ length: 150 }, (_, i) => mutate(rng, bases[i % 30]!, 0.01 + 0.07 * rng()));
  const sets = texts.map((t) => shingleSet(compactText(t), 5));
  const sig = minhashSignatures(sets);
  const cand = new Set<string>();
  const { pairs } = lshCandidates(sig);
  for (let i = 0; i < pairs.length; i += 2) cand.add(`${pairs[i]}:${pairs[i + 1]}`);
  let truth = 0;
  let found = 0;
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const j = jaccardOfSets(sets[a]!, sets[b]!);
      if (j < 0.5) continue;
      truth++;
      if (cand.has(`${a}:${b}`)) found++;
      assert.ok(Math.abs(estimateJaccard(sig, a, b) - j) < 0.25);
    }
  }
  assert.ok(truth > 100, `enough similar pairs to measure (${truth})`);
  assert.ok(found / truth >= 0.98, `recall ${found}/${truth}`);
});

test("lshCandidates(sig) reports a large bucket as a group instead of all its pairs", () => {
  const sets = Array.from({ length: 100 }, () => Uint32Array.of(1, 2, 3, 4, 5, 6, 7, 8));
  const r = lshCandidates(minhashSignatures(sets), { maxBucket: 10 });
  assert.equal(r.pairs.length / 2, 99);
  assert.equal(r.groups.length, 1);
  assert.equal(r.groups[0]!.length, 100);
});

test("findNearDuplicates(bad input) throws typed errors", () => {
  assert.throws(() => findNearDuplicates("x" as never), InvalidInputError);
  const d = { id: "a", agency_id: null, year: null, text: "x" };
  assert.throws(() => findNearDuplicates([d, d]), /unique; found "a" twice/);
  assert.throws(() => findNearDuplicates([d], { threshold: 2 }), InvalidOptionError);
  assert.throws(() => findNearDuplicates([d], { section: "intro" as never }), /section must be one of/);
  assert.throws(() => minhashSignatures([], { numHashes: 0 }), InvalidOptionError);
});

test("findNearDuplicates(docs, {section}) compares one section and notes reports without it", () => {
  const rng = seededRandom(5);
  const issues = randomText(rng, 200);
  const mk = (id: string, overview: string, iss: string | null): SimilarityDoc => {
    const head = `一、总体情况\n${overview}\n`;
    const text = iss === null ? head : `${head}五、存在的主要问题及改进情况\n${iss}`;
    const at = head.length;
    const sec = (key: SectionKey, start: number, end: number, title: string) =>
      ({
        key,
        start,
        end,
        heading: { start, end: start + title.length },
        title,
        text: text.slice(start, end),
      }) as const;
    return {
      id,
      agency_id: id,
      year: 2022,
      text,
      sections: {
        overview: sec("overview", 0, at, "一、总体情况"),
        proactive: null,
        requests: null,
        review: null,
        issues: iss === null ? null : sec("issues", at, text.length, "五、存在的主要问题及改进情况"),
        other: null,
      },
    };
  };
  const docs = [
    mk("p", randomText(rng, 300), issues),
    mk("q", randomText(rng, 300), issues),
    mk("r", randomText(rng, 300), null),
  ];
  assert.equal(findNearDuplicates(docs).pairs.length, 0);
  const r = findNearDuplicates(docs, { section: "issues" });
  assert.deepEqual(
    r.pairs.map((p) => [p.a, p.b, p.jaccard]),
    [["p", "q", 1]],
  );
  assert.deepEqual(
    r.diagnostics.map((d) => d.code),
    ["similarity.section_missing"],
  );
});
