import { extractNarrative } from "../../src/narrative/index.js";
import type { Sections } from "../../src/types.js";
const V: Record<string, string> = {
  A: "2023年，我局政府信息公开工作取得了一定成效，但也存在一些问题：一是公开内容不够全面；二是政策解读形式单一。下一步，我局将从以下几个方面加以改进：一是加强栏目巡查；二是丰富解读形式。",
  B: "（一）存在的主要问题\n1.部分栏目更新不及时。\n2.政策解读形式单一。\n（二）改进情况\n1.加强栏目巡查，确保及时更新。\n2.丰富解读形式，推出图解、视频解读。",
  C: "一是公开内容不够全面。下一步将拓展公开范围。二是队伍力量薄弱。下一步将加强培训。",
  D: "存在问题：部分栏目更新不及时，政策解读形式单一。\n改进措施：加强栏目巡查，丰富解读形式。",
  E: "一是问题甲公开不及时。二是问题乙解读单一。针对上述问题，我们将采取以下措施：一是措施甲加强巡查；二是措施乙丰富形式。",
  F: "（一）存在问题\n栏目更新不及时。\n（二）2024年工作打算\n一是加强巡查；二是丰富形式。",
  G: "无。",
  I: "主要问题有：一是公开内容不够全面；二是队伍不稳定。为此，下一步我们将：1.拓展公开范围；2.加强培训。",
  J: "**（一）存在的问题**\n\n政府信息公开工作虽取得一定成效，但仍存在一些不足。一是信息更新不及时。二是解读形式单一。\n\n**（二）改进措施**\n\n一是建立“信息发布日清单”制度。二是推出“图解政策”专栏。",
  K: "今年以来，我镇政务公开工作存在以下不足：信息发布不及时、公开内容不全面、解读不到位。2024年，我镇将进一步加强培训，完善制度，提高公开质量。",
};
for (const [k, body] of Object.entries(V)) {
  const head = "五、存在的主要问题及改进情况";
  const text = `${head}\n${body}\n`;
  const s = {
    key: "issues",
    start: 0,
    end: text.length,
    heading: { start: 0, end: head.length },
    title: head,
    text,
  } as const;
  const sections = {
    overview: null,
    proactive: null,
    requests: null,
    review: null,
    issues: s,
    other: null,
  } as unknown as Sections;
  const n = extractNarrative(text, sections);
  console.log("==", k);
  for (const p of n.problems) console.log(`  P [${p.marker}] ${p.text}`);
  for (const p of n.improvements) console.log(`  I [${p.marker}] ${p.text}`);
  for (const p of n.skipped) console.log(`  S ${p.reason} ${p.text}`);
  console.log("  D", n.diagnostics.map((d) => d.code).join(","));
}
