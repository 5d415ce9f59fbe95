/**
 * Generated 存在的主要问题及改进情况 sections with a known number of problem and improvement
 * items, in the styles met in reports (sub-headings with 1. 2. items, 一是…二是… after a lead-in,
 * 首先/其次, （一）（二） items, a problem with its remedy in the next sentence), optionally
 * wrapped as PDF text (a line break inside an item, a page number between lines). Seeded.
 */
import { mulberry32 } from "../../src/util/random.js";

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const PROBLEMS = [
  "部分栏目信息更新不够及时，个别栏目内容较为陈旧",
  "政策解读形式较为单一，图解、视频等解读方式运用不多",
  "依申请公开答复的规范化水平有待进一步提高",
  "工作人员业务能力参差不齐，培训覆盖面不够广",
  "基层政务公开标准化规范化建设推进不够平衡",
  "公开内容与群众需求的契合度还不够高",
  "政务新媒体互动回应的时效性有待加强",
];
const REMEDIES = [
  "建立栏目巡查机制，每周对网站栏目开展一次全面检查",
  "丰富政策解读形式，推出图解、动漫和短视频等多种解读产品",
  "规范依申请公开办理流程，统一答复文书格式",
  "加强业务培训，全年组织专题培训不少于两次",
  "持续推进基层政务公开标准化规范化建设",
  "围绕群众关切拓展公开内容，提升公开实效",
  "加强政务新媒体管理，及时回应社会关切",
];
const CN = ["一", "二", "三", "四", "五", "六", "七"];

/** A generated issues section: its text and the true item counts. */
export interface IssuesText {
  readonly text: string;
  readonly problems: number;
  readonly improvements: number;
  readonly style: string;
}

function items(r: Rand, pool: readonly string[], n: number): string[] {
  const start = int(r, 0, pool.length - 1);
  return Array.from({ length: n }, (_, k) => pool[(start + k) % pool.length]!);
}

const STYLES = ["headings", "lead-in", "sequence", "paired", "parenthesised"] as const;

/** The body of an issues section (without its 五、… heading). */
export function issuesText(seed: number, year = 2022): IssuesText {
  const r = mulberry32(seed ^ 0x1551e5);
  const p = int(r, 1, 4);
  const q = int(r, 1, 4);
  const probs = items(r, PROBLEMS, p);
  const fixes = items(r, REMEDIES, q);
  const style = pick(r, STYLES);
  const next = year + 1;
  switch (style) {
    case "headings":
      return {
        style,
        problems: p,
        improvements: q,
        text: [
          "（一）存在的主要问题",
          ...probs.map((x, k) => `${k + 1}.${x}。`),
          `（二）${pick(r, ["改进情况", "改进措施", `${next}年工作打算`])}`,
          ...fixes.map((x, k) => `${k + 1}.${x}。`),
        ].join("\n"),
      };
    case "lead-in":
      return {
        style,
        problems: p,
        improvements: q,
        text: `${year}年，我单位政府信息公开工作取得了一定成效，但也存在一些不足：${probs.map((x, k) => `${CN[k]}是${x}`).join("；")}。下一步，我们将从以下几个方面加以改进：${fixes.map((x, k) => `${CN[k]}是${x}`).join("；")}。`,
      };
    case "sequence": {
      const order = ["首先", "其次", "再次", "最后"];
      return {
        style,
        problems: p,
        improvements: q,
        text: `主要问题有：${probs.map((x, k) => `${CN[k]}是${x}`).join("；")}。为此，下一步我们将：${fixes.map((x, k) => `${order[k]}，${x}`).join("；")}。`,
      };
    }
    case "paired": {
      const n = Math.min(p, q);
      const parts = Array.from({ length: n }, (_, k) => `${CN[k]}是${probs[k]}。下一步将${fixes[k]}。`);
      return { style, problems: n, improvements: n, text: parts.join("") };
    }
    case "parenthesised":
      return {
        style,
        problems: p,
        improvements: q,
        text: [
          "存在的问题：",
          ...probs.map((x, k) => `${CN[k]}是${x}。`),
          "改进措施：",
          ...fixes.map((x, k) => `${CN[k]}是${x}。`),
        ].join("\n"),
      };
  }
}

/** The text as a PDF extractor gives it: lines broken every `width` characters, a page number between two of them. */
export function wrapAsPdf(text: string, seed: number): string {
  const r = mulberry32(seed ^ 0x9df);
  const width = int(r, 18, 30);
  const out: string[] = [];
  for (const line of text.split("\n")) {
    for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  }
  if (out.length > 3 && r() < 0.5) out.splice(int(r, 1, out.length - 1), 0, `- ${int(r, 2, 9)} -`);
  return out.join("\n");
}
