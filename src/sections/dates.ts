/** Dates printed in a report: labelled publication dates, date lines, signature dates. */
import { allMatches } from "./match.js";
import { plausibleYear } from "./year.js";

/** Chinese numerals (and the letter O that stands in for 〇) as the digits of a year. */
export const CN_YEAR_DIGITS: { readonly [ch: string]: string } = {
  〇: "0",
  零: "0",
  "○": "0",
  Ｏ: "0",
  O: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

function cnSmall(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const digits = "一二三四五六七八九";
  const ten = s.indexOf("十");
  const d = (c: string): number | null => (c === "" ? 0 : digits.indexOf(c) >= 0 ? digits.indexOf(c) + 1 : null);
  if (ten < 0) return s.length === 1 ? d(s) : null;
  const tens = ten === 0 ? 1 : d(s.slice(0, ten));
  const ones = d(s.slice(ten + 1));
  return tens === null || ones === null ? null : tens * 10 + ones;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const NUM_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/g;
const CN_DATE =
  /([〇零○Ｏ一二三四五六七八九]{4}|\d{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;

interface DateHit {
  readonly iso: string;
  readonly index: number;
  readonly end: number;
}

function datesIn(s: string): DateHit[] {
  const out: DateHit[] = [];
  for (const m of allMatches(NUM_DATE, s)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso !== null) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(CN_DATE, s)) {
    const y = Number([...(m[1] as string)].map((c) => (/\d/.test(c) ? c : (CN_YEAR_DIGITS[c] ?? "x"))).join(""));
    const month = cnSmall(m[2] as string);
    const day = cnSmall(m[3] as string);
    const iso = month === null || day === null ? null : isoDate(y, month, day);
    if (iso !== null) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

const DATE_LABEL = /(发布|发表|公开|生成|成文|更新|信息)?(?:时间|日期)\s*[:：|]?\s*[|]?\s*$/;
const TIME_AFTER = /^\s*\d{1,2}\s*[:：时時]\s*\d{2}/;
/** Page furniture after a bare date: 作者, 点击数, 浏览次数 (2022-01-20 作者:佚名 点击数:). */
const BYLINE_AFTER = /^\s*(?:\d{1,2}[:：]\d{2}(?::\d{2})?)?\s*(?:作者|点击|浏览|阅读|访问|访问量|编辑)/;
const SOURCE_AFTER = /^\s*(?:\d{1,2}[:：时時]\d{2}(?:[:：分]\d{2})?分?)?\s*[|｜]?\s*(?:来源|來源|信息来源|稿源)/;

/** `s` without the spaces that letter-spacing puts between characters (line breaks kept). */
function unspaced(s: string): string {
  return s.replace(/(?<=\S)[ \u3000\u00a0]+(?=\S)/g, "");
}

/** Publication dates printed in the opening, with a priority (lower is better). */
export function headDates(head: string): Array<{ iso: string; rank: number }> {
  const out: Array<{ iso: string; rank: number }> = [];
  for (const d of datesIn(head)) {
    // Letter-spaced text (发 布 时 间：…, PDF headers) reads as its words: spaces between characters dropped.
    const before = unspaced(head.slice(Math.max(0, d.index - 24), d.index)).slice(-12);
    const after = unspaced(head.slice(d.end, d.end + 48)).slice(0, 24);
    if (/^\s*(?:星期|周[一二三四五六日天])/.test(after) || /^\s*(?:至|到|起|—|-|~)/.test(after)) continue;
    const label = DATE_LABEL.exec(before);
    if (label !== null) {
      const kind = label[1] ?? "";
      if (kind === "更新") continue;
      // 成文日期 is the date the report was signed (its 落款): a publication date when nothing better is printed.
      out.push({ iso: d.iso, rank: kind === "成文" ? 3 : kind === "生成" ? 2 : 0 });
      continue;
    }
    const line = lineAt(head, d.index);
    const lineText = head.slice(line.start, line.end).trim();
    const rest = unspaced(lineText.replace(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/, ""));
    const bare = rest.length <= 24 && !/[。，,;；]|至|截至|截止|统计|期限/.test(lineText);
    if (TIME_AFTER.test(after) || SOURCE_AFTER.test(after) || BYLINE_AFTER.test(after) || bare) out.push({ iso: d.iso, rank: 1 });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/** A date in the closing part (signature block) of the report. */
export function closingDate(tail: string): string | null {
  const lines = tail
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(-6);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as string;
    if (l.length > 40 || /[。，,;；]/.test(l)) continue;
    const d = datesIn(l)[0];
    if (d !== undefined) return d.iso;
  }
  return null;
}

function lineAt(s: string, offset: number): { start: number; end: number } {
  const start = s.lastIndexOf("\n", offset - 1) + 1;
  const nl = s.indexOf("\n", offset);
  return { start, end: nl < 0 ? s.length : nl };
}
