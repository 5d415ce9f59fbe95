/** Problem→improvement links: the linker against hand-written links for the seeds. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import { extractNarrative, linkItems, narrativeLinking } from "../../src/narrative/index.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { locateSections, readCorpus } from "./helpers.js";

const { contentWords } = narrativeLinking;

const GOLD: Record<string, (number | null)[][]> = JSON.parse(
  readFileSync(resolve(PROJECT_ROOT, "test", "fixtures", "narrative", "links.json"), "utf8"),
);

describe("linkItems agrees with the hand-written links of the seeds", () => {
  for (const [file, want] of Object.entries(GOLD)) {
    if (file.startsWith("$")) continue;
    test(`linkItems on ${file}`, () => {
      const text = readCorpus(file);
      const n = extractNarrative(text, locateSections(text));
      assert.equal(n.improvements.length, want.length, "improvement count");
      const links = linkItems(n.problems, n.improvements);
      links.forEach((l, i) => {
        assert.equal(l.improvement, i);
        assert.ok(
          want[i]?.includes(l.problem),
          `improvement ${i} → ${l.problem} (score ${l.score}); accepted ${JSON.stringify(want[i])}`,
        );
      });
      assert.deepEqual(n.links, links, "extractNarrative returns the same links");
    });
  }
});

describe("linkItems", () => {
  test("linkItems links by shared content words and says when none is similar", () => {
    const problems = [
      { text: "信息公开队伍还不够强,专业素质、理论水平有待进一步提高" },
      { text: "信息发布不够规范化,存在滞后现象" },
    ];
    const improvements = [
      { text: "持续加强工作人员专业技能和理论知识的培训力度,不断提升队伍能力水平" },
      { text: "落实信息采集、起草、审核、发布等全过程管理要求,提升规范化水平" },
      { text: "邀请专家开展舆情应对演练" },
    ];
    const links = linkItems(problems, improvements);
    assert.deepEqual(
      links.map((l) => l.problem),
      [0, 1, null],
    );
    assert.ok(links[0]?.shared.includes("理论"));
    assert.equal(links[2]?.score, 0);
  });

  test("linkItems throws typed errors for a bad threshold or non-array input", () => {
    assert.throws(() => linkItems([], [], { threshold: -1 }), {
      name: "InvalidOptionError",
      message: /threshold must be a number in \[0, 1\]/,
    });
    assert.throws(() => linkItems("a" as never, []), { name: "InvalidInputError", message: /must be arrays/ });
  });

  test("linkItems with no problems links every improvement to none", () => {
    assert.deepEqual(linkItems([], [{ text: "加强培训" }]), [{ improvement: 0, problem: null, score: 0, shared: [] }]);
  });

  test("contentWords drops stopwords, numbers and single characters", () => {
    const w = contentWords("进一步加强政府信息公开队伍建设，培训3次。");
    assert.ok(!w.includes("进一步") && !w.includes("<NUM>") && !w.includes("政府信息公开"));
    assert.ok(w.some((x) => x.startsWith("队伍")));
  });
});
