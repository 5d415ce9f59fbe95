/** Splitting section 五 into items: sub-headings, pivot, connectives, clauses, trailers — on corpus sentences. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { narrativeSplit } from "../../src/narrative/index.js";

const { findPivot, findSubHeadings, findTrailer, isConnective, splitPart } = narrativeSplit;

const whole = (text: string) => ({ start: 0, end: text.length });

describe("splitPart", () => {
  test("splitPart splits ；-separated clauses without markers (seed 004's problems, markers removed)", () => {
    const text =
      "政府信息公开内容不够全面,对人民群众的关注内容欠缺考虑,形式单一;信息公开队伍还不够强,专业素质、理论水平有待进一步提高;信息发布不够规范化,存在滞后现象,及时性需要进一步加强。";
    const r = splitPart(text, 0, text.length, "problem", "issues");
    assert.deepEqual(
      r.items.map((i) => i.text),
      [
        "政府信息公开内容不够全面,对人民群众的关注内容欠缺考虑,形式单一;",
        "信息公开队伍还不够强,专业素质、理论水平有待进一步提高;",
        "信息发布不够规范化,存在滞后现象,及时性需要进一步加强。",
      ],
    );
    assert.ok(r.items.every((i) => i.marker === null && text.slice(i.span.start, i.span.end) === i.text));
  });

  test("splitPart keeps the lead-in as a skipped connective and the markers apart from the item text (seed 002)", () => {
    const text =
      "在今年的政府信息公开工作中，我们作了大量扎实有效的基础工作，但人存在一些不足：一是政府信息公开意识及内容要进一步深化。二是公开工作质量还需进一步提高。";
    const r = splitPart(text, 0, text.length, "problem", "issues");
    assert.deepEqual(
      r.items.map((i) => [i.marker, i.text]),
      [
        ["一是", "政府信息公开意识及内容要进一步深化。"],
        ["二是", "公开工作质量还需进一步提高。"],
      ],
    );
    assert.equal(r.skipped.length, 1);
    assert.equal(r.skipped[0]?.reason, "connective");
    const first = r.items[0];
    assert.ok(first?.markerSpan !== null && first !== undefined);
    assert.equal(text.slice(first.markerSpan?.start, first.markerSpan?.end), "一是");
  });

  test("splitPart keeps a substantive lead as an unmarked item (seed 003's improvements)", () => {
    const text =
      "今后工作中,我们将进一步创新思路,完善制度,深化公开内容,创新公开方式,提高政府信息的公信力和影响力,全面推进本领域政务公开工作。一是进一步强化组织领导。二是进一步提升政府信息公开实效。";
    const r = splitPart(text, 0, text.length, "improvement", "issues");
    assert.deepEqual(
      r.items.map((i) => i.marker),
      [null, "一是", "二是"],
    );
  });

  test("splitPart makes one item of an unmarked one-sentence passage (seed 002's improvements)", () => {
    const text =
      "在今后的工作中，我们将认真总结经验，查找工作薄弱，加强交流学习，创新公开方式，丰富公开内容，不断提升我镇政府信息公开工作水平。";
    const r = splitPart(text, 0, text.length, "improvement", "issues");
    assert.equal(r.items.length, 1);
    assert.equal(r.items[0]?.text, text);
  });
});

describe("findSubHeadings", () => {
  const rows: [string, string, [string, string][]][] = [
    [
      "（一）…。 inline (seed 000)",
      "(一)存在的主要问题。一是公开意识不强。\n\n(二)改进情况。一是加强队伍建设。",
      [
        ["problem", "(一)存在的主要问题。"],
        ["improvement", "(二)改进情况。"],
      ],
    ],
    [
      "Markdown headings (seed 001)",
      "##### (一) 存在问题\n\n我镇公开工作与公众的需求还存在差距。\n\n##### (二) 改进情况\n\n1. 提高认识。",
      [
        ["problem", "##### (一) 存在问题\n"],
        ["improvement", "##### (二) 改进情况\n"],
      ],
    ],
    [
      "bold heading with a colon",
      "**二、下一步工作打算：**一是加强培训。",
      [["improvement", "**二、下一步工作打算：**"]],
    ],
  ];
  for (const [name, text, want] of rows) {
    test(`findSubHeadings: ${name}`, () => {
      const got = findSubHeadings(text, 0, text.length).map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
      assert.deepEqual(got, want);
    });
  }

  test("findSubHeadings ignores headwords inside a sentence (pingtan 0009)", () => {
    const text =
      "2022年，平潭综合实验区政府信息公开工作取得了一定成绩，但还存在一些问题和不足：一是重大行政决策预公开程度需进一步加强。";
    assert.deepEqual(findSubHeadings(text, 0, text.length), []);
  });
});

describe("findPivot", () => {
  const rows: [string, string, string][] = [
    ["今后 (seed 003)", "二是政策解读形式不够丰富。\n今后工作中,我们将进一步创新思路。", "今后工作中"],
    [
      "在今后的工作中 (seed 002)",
      "五是考核机制有待进一步提高。\n在今后的工作中，我们将认真总结经验。",
      "在今后的工作中",
    ],
    [
      "年份 + 将 (pingtan 0009)",
      "三是政策解读形式单一。 2023年，我区将采取以下措施加以改进。一是丰富意见征集形式。",
      "2023年",
    ],
    ["下一步 (pingtan 0016)", "二是机制建设不够“全”。下一步，我区继续大力推进政府信息公开工作。", "下一步"],
    [
      "因此…以下…方面 (pingtan 0002)",
      "四是宣传力度还不够。因此，我们考虑从以下三个方面作进一步的改进：（一）进一步深化。",
      "因此",
    ],
    [
      "a restarting numbering, without cue words",
      "一是队伍薄弱。二是制度不全。一是充实队伍。二是健全制度。",
      "一是充实",
    ],
  ];
  for (const [name, text, at] of rows) {
    test(`findPivot: ${name}`, () => {
      const p = findPivot(text, 0, text.length);
      assert.ok(p !== null);
      assert.ok(text.slice(p).trimStart().startsWith(at), `pivot at ${JSON.stringify(text.slice(p, p + 10))}`);
    });
  }

  test("findPivot: null when the passage states problems only (seed 004)", () => {
    const text = "一是政府信息公开内容不够全面;二是信息公开队伍还不够强;三是信息发布不够规范化,需要在今后工作中改进。";
    assert.equal(findPivot(text, 0, text.length), null);
  });
});

describe("findTrailer", () => {
  const rows: [string, string, string][] = [
    [
      "signature and date lines (seed 004)",
      "三是不断提升规范化水平。\n清城区源潭镇人民政府\n2024年1月17日\n",
      "三是不断提升规范化水平。",
    ],
    [
      "date and 附件 on one line (pingtan 0002)",
      "常规化、日常化。 二○一二年二月二十日 附件1：统计表 指标名称 条 425",
      "常规化、日常化。",
    ],
    ["signature before 附件 (pingtan 0006)", "常规化、日常化。 平潭县人民政府 附件1：统计表", "常规化、日常化。"],
    [
      "page chrome (seed 003)",
      "确保信息发布的规范、准确、安全。\n扫一扫在手机打开当前页面\n",
      "确保信息发布的规范、准确、安全。",
    ],
    ["nothing to cut", "一是加强培训。二是完善制度。", "一是加强培训。二是完善制度。"],
  ];
  for (const [name, text, body] of rows) {
    test(`findTrailer: ${name}`, () => {
      assert.equal(text.slice(0, findTrailer(text, 0, text.length)).trimEnd(), body);
    });
  }
});

describe("isConnective", () => {
  const rows: [string, boolean][] = [
    ["2023年,我局政府信息公开工作虽然取得了一定成绩,但仍存在一些不足,主要表现在:", true],
    ["2023年，我区将采取以下措施加以改进。", true],
    ["下一步，我区继续大力推进政府信息公开工作，主要是做好以下几方面工作：", true],
    ["今后工作中,我们将进一步创新思路,完善制度,深化公开内容,创新公开方式,提高政府信息的公信力和影响力。", false],
    ["信息公开队伍还不够强,专业素质、理论水平有待进一步提高。", false],
    ["考核机制有待进一步提高。", false],
  ];
  for (const [s, want] of rows)
    test(`isConnective(${s.slice(0, 16)}…) is ${want}`, () => assert.equal(isConnective(s, whole(s)), want));
});
