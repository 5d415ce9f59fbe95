/**
 * Properties of extractNarrative on section 五 bodies assembled from corpus fragments (headings,
 * markers, lead-ins, problem and improvement sentences, trailers): it never throws, every item is
 * `text.slice(span)`, and items + markers + skipped pieces cover every content character.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { extractNarrative } from "../../src/narrative/index.js";
import type { Sections } from "../../src/types.js";

const HEAD = "五、存在的主要问题及改进情况";

const FRAGMENTS = [
  "(一)存在的主要问题。",
  "##### (二) 改进情况\n",
  "2023年,我局政府信息公开工作虽然取得了一定成绩,但仍存在一些不足,主要表现在:",
  "一是政府信息公开工作规范性有待进一步加强;",
  "二是政策解读形式不够丰富、覆盖面不够完全。",
  "三是信息发布不够规范化,存在滞后现象。",
  "今后工作中,我们将进一步创新思路,完善制度。",
  "2023年，我区将采取以下措施加以改进。",
  "（一）继续强化信息公开责任。",
  "（二）继续完善信息公开机制。",
  "1. 提高认识。加强宣传教育力度。\n",
  "2.进一步健全政府信息公开制度规范。\n",
  "- 公开形式的便民性要进一步提高。\n",
  "首先,进一步加大政府信息公开力度。",
  "最后,不断加强规范化建设。",
  "考核机制有待进一步提高；",
  "推广政务微信、微博、手机APP二维码的应用。",
  "无。",
  "\n\n",
  "扫一扫在手机打开当前页面\n",
  "清城区源潭镇人民政府\n2024年1月17日\n",
  "**",
  "（三）",
  "；",
  "（一）上年度存在问题的改进情况\n",
  "（二）存在的主要问题及改进措施\n",
  "部分栏目信息更新不及时。\n",
  "加强栏目日常巡查，确保信息及时更新。\n",
  "一是公开内容不够全面。下一步将拓展公开范围。",
];

function sectionsOf(text: string): Sections {
  const issues = {
    key: "issues",
    start: 0,
    end: text.length,
    heading: { start: 0, end: HEAD.length },
    title: HEAD,
    text,
  } as const;
  return { overview: null, proactive: null, requests: null, review: null, issues, other: null };
}

describe("extractNarrative properties", () => {
  test("on bodies assembled from corpus fragments: no throw, exact spans, nothing of section 五 lost", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }), (parts) => {
        const text = `${HEAD}\n${parts.join("")}`;
        const n = extractNarrative(text, sectionsOf(text));
        const covered = new Uint8Array(text.length).fill(1, 0, HEAD.length);
        for (const i of [...n.problems, ...n.improvements]) {
          assert.equal(text.slice(i.span.start, i.span.end), i.text);
          covered.fill(1, i.span.start, i.span.end);
          if (i.markerSpan !== null) covered.fill(1, i.markerSpan.start, i.markerSpan.end);
        }
        for (const s of n.skipped) {
          assert.equal(text.slice(s.span.start, s.span.end), s.text);
          covered.fill(1, s.span.start, s.span.end);
        }
        for (let k = 0; k < text.length; k++) {
          if (!covered[k] && /[\p{L}\p{N}]/u.test(text[k] ?? ""))
            assert.fail(`lost ${JSON.stringify(text.slice(k, k + 12))} in ${JSON.stringify(text)}`);
        }
        assert.equal(n.links.length, n.improvements.length);
      }),
      { numRuns: Number(process.env.RUNS ?? 150), seed: Number(process.env.SEED ?? 20261122) },
    );
  });
});
