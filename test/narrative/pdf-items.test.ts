import assert from "node:assert/strict";
import { test } from "node:test";
import { ingestText } from "../../src/ingest/index.js";
import { extractNarrative } from "../../src/narrative/index.js";
import { segmentReport } from "../../src/sections/index.js";
import { issuesText, wrapAsPdf } from "../support/issues.js";

function report(body: string): string {
  return `某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n本年度工作有序推进。\n五、存在的主要问题及改进情况\n${body}\n六、其他需要报告的事项\n无。\n`;
}

function counts(body: string) {
  const doc = ingestText(report(body));
  const n = extractNarrative(doc.text, segmentReport(doc.text).sections);
  for (const i of [...n.problems, ...n.improvements]) assert.equal(doc.text.slice(i.span.start, i.span.end), i.text);
  return { problems: n.problems.length, improvements: n.improvements.length };
}

test("extractNarrative(generated issues sections, as typed and as PDF text wrapped at a fixed width with a page number) counts every item", () => {
  const wrong: string[] = [];
  for (let seed = 1; seed <= 150; seed++) {
    const g = issuesText(seed);
    for (const [how, body] of [
      ["typed", g.text],
      ["pdf", wrapAsPdf(g.text, seed)],
    ] as const) {
      const got = counts(body);
      if (got.problems !== g.problems || got.improvements !== g.improvements)
        wrong.push(`seed ${seed} ${g.style} ${how}: ${g.problems}/${g.improvements} → ${got.problems}/${got.improvements}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test("extractNarrative(PDF text, invented): a marker split over two lines and a wrapped lead-in stay one item each", () => {
  const body = [
    "本年度我局政务公开工作虽取得一定成效，但仍存在一些不足：一",
    "是主动公开的深度和广度还需拓展；二是政策解读的针对性还需增",
    "- 5 -",
    "强。下一步，我局将着力做好以下工作：一是拓展公开的深度和广度",
    "；二是提高政策解读的针对性和实效性。",
  ].join("\n");
  assert.deepEqual(counts(body), { problems: 2, improvements: 2 });
});

test("extractNarrative(typed text with short lines and sentence ends) joins no line", () => {
  const body = "（一）存在的问题\n1.信息更新不够及时。\n2.解读形式单一。\n（二）改进措施\n1.加强栏目巡查。\n";
  assert.deepEqual(counts(body), { problems: 2, improvements: 1 });
});
