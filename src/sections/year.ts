/**
 * The year a report is about, read from the matching view: a title phrase
 * (2022年政府信息公开工作年度报告), else the statistics period (自2022年1月1日起),
 * else the opening sentence (2022年，我局…), else the most frequent year in the
 * opening outside document numbers, book titles and regulation versions.
 */

import { allMatches } from "./match.js";

/** Where a report year was read. */
export type YearSource = "title" | "period" | "opening" | "frequency";

/** A report year and where it was read (view offset of its digits). */
export interface YearFinding {
  readonly year: number | null;
  readonly source: YearSource | null;
  /** View offset of the year digits. */
  readonly offset: number | null;
}

// Not preceded by a digit: in a run such as a020952019年 no year is read (not 2095). Digits may
// follow, since a period whose 年/月 were lost (201911日至20191231日) still gives its year.
const YEAR = "(?<!\\d)((?:19|20)\\d{2})";
const TITLE_YEAR = new RegExp(
  `${YEAR}年?度?(?:[^\\n。,，;；]{0,20}?)?(?:政府信息公开|政务信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)`,
  "g",
);
const TITLE_YEAR_AFTER = new RegExp(`信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)[(（]${YEAR}年?度?[)）]`, "g");
const PERIOD = new RegExp(`${YEAR}年?0?1月?0?1日?(?:起)?(?:至|到|—|-|~)`, "g");
const OPENING = new RegExp(`(?:^|\\n|\\t|。)${YEAR}年度?[,，]`, "g");
const ANY_YEAR = new RegExp(`${YEAR}年`, "g");

/** True when `year` is a plausible report year (the reports exist since 2008). */
export function plausibleYear(year: number): boolean {
  return year >= 2007 && year <= 2100;
}

function first(re: RegExp, view: string, limit: number): { year: number; offset: number } | null {
  re.lastIndex = 0;
  for (const m of allMatches(re, view.slice(0, limit))) {
    const y = Number(m[1]);
    if (!plausibleYear(y)) continue;
    return { year: y, offset: m.index + m[0].indexOf(m[1] as string) };
  }
  return null;
}

/** Spans (view offsets) of 《…》 titles, […] document numbers and (…) asides, which hold distractor years. */
function shieldedSpans(view: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of allMatches(/《[^》\n]{0,80}》|\[[^\]\n]{0,8}\]|\([^)\n]{0,30}\)/g, view)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function mostFrequent(view: string, limit: number): { year: number; offset: number } | null {
  const head = view.slice(0, limit);
  const shields = shieldedSpans(head);
  const counts = new Map<number, { n: number; offset: number }>();
  for (const m of allMatches(ANY_YEAR, head)) {
    const y = Number(m[1]);
    if (!plausibleYear(y) || shields.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const c = counts.get(y);
    if (c === undefined) counts.set(y, { n: 1, offset: m.index });
    else c.n++;
  }
  let best: { year: number; offset: number; n: number } | null = null;
  for (const [year, c] of counts) if (best === null || c.n > best.n) best = { year, offset: c.offset, n: c.n };
  return best;
}

/** The year of the statistics period or the opening sentence, ignoring titles (null when neither is printed). */
export function findBodyYear(view: string, limit = 6000): number | null {
  return (first(PERIOD, view, limit) ?? first(OPENING, view, limit))?.year ?? null;
}

/**
 * Find the report year in a matching view.
 * @param limit how much of the opening to read (characters)
 */
export function findReportYear(view: string, limit = 4000): YearFinding {
  const tries: ReadonlyArray<[YearSource, () => { year: number; offset: number } | null]> = [
    ["title", () => first(TITLE_YEAR, view, limit) ?? first(TITLE_YEAR_AFTER, view, limit)],
    ["period", () => first(PERIOD, view, limit)],
    ["opening", () => first(OPENING, view, limit)],
    ["frequency", () => mostFrequent(view, limit)],
  ];
  for (const [source, f] of tries) {
    const r = f();
    if (r !== null) return { year: r.year, source, offset: r.offset };
  }
  return { year: null, source: null, offset: null };
}
