/** extractNarrative on the layouts of section 五 met in reports, built from corpus wording. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractNarrative } from "../../src/narrative/index.js";
import type { Sections } from "../../src/types.js";

const HEAD = "五、存在的主要问题及改进情况";

function read(body: string) {
  const text = `${HEAD}\n${body}\n`;
  const issues = {
    key: "issues",
    start: 0,
    end: text.length,
    heading: { start: 0, end: HEAD.length },
    title: HEAD,
    text,
  } as const;
  const sections: Sections = { overview: null, proactive: null, requests: null, review: null, issues, other: null };
  const n = extractNarrative(text, sections);
  return {
    problems: n.problems.map((p) => [p.marker, p.text]),
    improvements: n.improvements.map((p) => [p.marker, p.text]),
    skipped: n.skipped.map((s) => [s.reason, s.text]),
  };
}

describe("extractNarrative: layouts of section 五", () => {
  test("lead-in, 一是…二是…, then 下一步…以下…：一是… (no sub-headings)", () => {
    const r = read(
      "2023年，我局政府信息公开工作取得了一定成效，但也存在一些问题：一是公开内容不够全面；二是政策解读形式单一。下一步，我局将从以下几个方面加以改进：一是加强栏目巡查；二是丰富解读形式。",
    );
    assert.deepEqual(r.problems, [
      ["一是", "公开内容不够全面；"],
      ["二是", "政策解读形式单一。"],
    ]);
    assert.deepEqual(r.improvements, [
      ["一是", "加强栏目巡查；"],
      ["二是", "丰富解读形式。"],
    ]);
    assert.deepEqual(
      r.skipped.map((s) => s[0]),
      ["connective", "connective"],
    );
  });

  test("（一）存在的主要问题 / （二）改进情况 headings on their own lines, 1. 2. items", () => {
    const r = read(
      "（一）存在的主要问题\n1.部分栏目更新不及时。\n2.政策解读形式单一。\n（二）改进情况\n1.加强栏目巡查，确保及时更新。\n2.丰富解读形式。",
    );
    assert.deepEqual(
      r.problems.map((p) => p[0]),
      ["1.", "2."],
    );
    assert.deepEqual(r.improvements, [
      ["1.", "加强栏目巡查，确保及时更新。"],
      ["2.", "丰富解读形式。"],
    ]);
  });

  test("items that each hold a problem and then its improvement are cut in two", () => {
    const r = read("一是公开内容不够全面。下一步将拓展公开范围。二是队伍力量薄弱。下一步将加强培训。");
    assert.deepEqual(r.problems, [
      ["一是", "公开内容不够全面。"],
      ["二是", "队伍力量薄弱。"],
    ]);
    assert.deepEqual(r.improvements, [
      [null, "下一步将拓展公开范围。"],
      [null, "下一步将加强培训。"],
    ]);
  });

  test("存在问题： / 改进措施： label headings with the content on the same line", () => {
    const r = read("存在问题：部分栏目更新不及时，政策解读形式单一。\n改进措施：加强栏目巡查，丰富解读形式。");
    assert.deepEqual(r.problems, [[null, "部分栏目更新不及时，政策解读形式单一。"]]);
    assert.deepEqual(r.improvements, [[null, "加强栏目巡查，丰富解读形式。"]]);
  });

  test("a heading with a year: （二）2024年工作打算", () => {
    const r = read("（一）存在问题\n栏目更新不及时。\n（二）2024年工作打算\n一是加强巡查；二是丰富形式。");
    assert.deepEqual(r.problems, [[null, "栏目更新不及时。"]]);
    assert.deepEqual(
      r.improvements.map((i) => i[0]),
      ["一是", "二是"],
    );
  });

  test("为此，下一步我们将：1. 2.", () => {
    const r = read(
      "主要问题有：一是公开内容不够全面；二是队伍不稳定。为此，下一步我们将：1.拓展公开范围；2.加强培训。",
    );
    assert.deepEqual(
      r.problems.map((p) => p[1]),
      ["公开内容不够全面；", "队伍不稳定。"],
    );
    assert.deepEqual(r.improvements, [
      ["1.", "拓展公开范围；"],
      ["2.", "加强培训。"],
    ]);
  });

  test("a lead-in ending in a colon inside the sentence is cut off the item", () => {
    const r = read(
      "今年以来，我镇政务公开工作存在以下不足：信息发布不及时、公开内容不全面。2024年，我镇将进一步加强培训，完善制度。",
    );
    assert.deepEqual(r.problems, [[null, "信息发布不及时、公开内容不全面。"]]);
    assert.deepEqual(r.improvements, [[null, "2024年，我镇将进一步加强培训，完善制度。"]]);
    assert.deepEqual(r.skipped, [["connective", "今年以来，我镇政务公开工作存在以下不足："]]);
  });

  test("bold Markdown headings (**（一）存在的问题**)", () => {
    const r = read(
      "**（一）存在的问题**\n\n一是信息更新不及时。二是解读形式单一。\n\n**（二）改进措施**\n\n一是建立“信息发布日清单”制度。二是推出“图解政策”专栏。",
    );
    assert.equal(r.problems.length, 2);
    assert.deepEqual(
      r.improvements.map((i) => i[1]),
      ["建立“信息发布日清单”制度。", "推出“图解政策”专栏。"],
    );
  });
});

describe("extractNarrative: 五 and 六 swapped", () => {
  test("problems and improvements written under 六 while 五 says 无 are read from 六, with a warning", () => {
    const h5 = "五、存在的主要问题及改进情况";
    const h6 = "六、其他需要报告的事项";
    const b6 =
      "我局政府信息公开工作还存在一些不足：一是信息更新不及时；二是解读形式单一。下一步，我们将：一是加强巡查；二是丰富解读形式。";
    const text = `${h5}\n无。\n${h6}\n${b6}\n`;
    const s6 = text.indexOf(h6);
    const sections: Sections = {
      overview: null,
      proactive: null,
      requests: null,
      review: null,
      issues: {
        key: "issues",
        start: 0,
        end: s6,
        heading: { start: 0, end: h5.length },
        title: h5,
        text: text.slice(0, s6),
      },
      other: {
        key: "other",
        start: s6,
        end: text.length,
        heading: { start: s6, end: s6 + h6.length },
        title: h6,
        text: text.slice(s6),
      },
    };
    const n = extractNarrative(text, sections);
    assert.deepEqual(
      n.problems.map((p) => [p.section, p.text]),
      [
        ["other", "信息更新不及时；"],
        ["other", "解读形式单一。"],
      ],
    );
    assert.equal(n.improvements.length, 2);
    assert.ok(n.diagnostics.some((d) => d.code === "narrative.issues_in_other"));
    assert.ok(n.skipped.some((k) => k.reason === "none" && k.section === "issues"));
  });
});

describe("extractNarrative: more wordings", () => {
  test("（一）工作中存在的问题 is a sub-heading; 我们将… opens the improvements", () => {
    const r = read("（一）工作中存在的问题\n信息更新不及时，解读形式单一。\n我们将进一步加强栏目巡查，丰富解读形式。");
    assert.deepEqual(r.problems, [[null, "信息更新不及时，解读形式单一。"]]);
    assert.deepEqual(r.improvements, [[null, "我们将进一步加强栏目巡查，丰富解读形式。"]]);
    assert.deepEqual(r.skipped, [["heading", "（一）工作中存在的问题"]]);
  });

  test("a sentence that ends with a headword is not a heading (认真落实工作计划。)", () => {
    const r = read("一是信息更新不及时。二是解读形式单一。下一步，我们将认真落实工作计划。");
    assert.deepEqual(r.improvements, [[null, "下一步，我们将认真落实工作计划。"]]);
  });
});

describe("extractNarrative: unmarked prose without cue words", () => {
  test("shortcomings, then sentences that open with actions: the improvements start at the first action", () => {
    const r = read(
      "部分栏目信息更新不及时，政策解读形式单一。\n加强栏目日常巡查，确保信息及时更新。\n丰富政策解读形式，推出图解和视频解读。",
    );
    assert.deepEqual(r.problems, [[null, "部分栏目信息更新不及时，政策解读形式单一。"]]);
    assert.deepEqual(
      r.improvements.map((i) => i[1]),
      ["加强栏目日常巡查，确保信息及时更新。", "丰富政策解读形式，推出图解和视频解读。"],
    );
  });

  test("a problem sentence that opens with a verb but states a shortcoming stays a problem", () => {
    const r = read("公开意识不强。加强培训的力度还不够。");
    assert.equal(r.improvements.length, 0);
    assert.equal(r.problems.length, 2);
  });
});

describe("extractNarrative: the 2021 template's two parts", () => {
  test("（一）上年度存在问题的改进情况 holds improvements; （二）存在的主要问题及改进措施 holds problems, then improvements", () => {
    const r = read(
      "（一）上年度存在问题的改进情况\n针对上年度信息更新不及时的问题，建立了栏目巡查制度。\n（二）存在的主要问题及改进措施\n一是政策解读形式单一；二是公开内容不够全面。下一步，我们将：一是丰富解读形式；二是拓展公开内容。",
    );
    assert.deepEqual(
      r.problems.map((p) => p[1]),
      ["政策解读形式单一；", "公开内容不够全面。"],
    );
    assert.deepEqual(
      r.improvements.map((p) => p[1]),
      ["针对上年度信息更新不及时的问题，建立了栏目巡查制度。", "丰富解读形式；", "拓展公开内容。"],
    );
    assert.deepEqual(
      r.skipped.filter((s) => s[0] === "heading").map((s) => s[1]),
      ["（一）上年度存在问题的改进情况", "（二）存在的主要问题及改进措施"],
    );
  });
});
