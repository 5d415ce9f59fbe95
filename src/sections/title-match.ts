/**
 * Report names in a stretch of text (X2022年政府信息公开工作年度报告, 2022年X…报告, X…报告（2022年）): the
 * agency part cleaned, an aside before the year dropped (海关总署（本级机关）) and an organ's second plate
 * kept (X局（Y局）, 合署办公), with the offsets of the view.
 */
import { afterFurniture, cleanAgencyName } from "./agency.js";
import { allMatches } from "./match.js";
import { plausibleYear } from "./year.js";

// 【】 bracket page controls (【字体：大 中 小】, 【打印】): never part of a name.
const NAME = "[^\\n\\t《》<>\"“”'‘’,，。;；:：、()!！?？\\[\\]/【】]";
const REPORT = "(?:政府信息公开|政务信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)";
const AGENCY_FIRST = new RegExp(`(${NAME}{2,40}?)((?:19|20)\\d{2})年?度?${REPORT}`, "g");
const YEAR_FIRST = new RegExp(`((?:19|20)\\d{2})年?度?(${NAME}{2,40}?)${REPORT}`, "g");
const YEAR_AFTER = new RegExp(`(${NAME}{2,40}?)${REPORT}[(（]((?:19|20)\\d{2})年?度?[)）]`, "g");
// A line that is only a name (no breadcrumb arrows, no punctuation): 三亚市海棠区人民政府.
export const PLAIN_NAME = /^[\p{Script=Han}A-Za-z0-9.()（）]+$/u;
export const NOT_A_TITLE = /^(?:格式|编制|编报|发布工作|公布工作|工作的通知|的通知|有关事项|相关工作|工作要点)/;
export const YEAR_ONLY_LINE = new RegExp(`^((?:19|20)\\d{2})年?度?${REPORT}`);

/** Endings of an organ (for a second plate after it). */
const ORGAN_END = "(?:局|厅|委员会|委|办公室|办|部|署|中心|院)";
/** An aside between a title's agency and its year, 海关总署(本级机关)2020年…: blanked, offsets kept. */
const TITLE_ASIDE = /[(（][^()（）\n]{1,10}[)）](?=\s*(?:19|20)\d{2}年)/g;

/** Where the page had spaces inside a stretch of the view (`gaps(i)`: a space before view character i). */
export type Gaps = (i: number) => boolean;

/** The name at view offset `at`, split at the page's spaces and cleaned of furniture in front. */
function spacedName(raw: string, at: number, gaps: Gaps | undefined): string {
  if (gaps === undefined) return raw;
  const words: string[] = [];
  let from = 0;
  for (let j = 1; j < raw.length; j++)
    if (gaps(at + j)) {
      words.push(raw.slice(from, j));
      from = j;
    }
  words.push(raw.slice(from));
  return afterFurniture(words);
}

/** An organ's second plate before the year (X局(Y局)2022年…): kept as part of the name, in 〔〕 while matching. */
const TITLE_PLATE = new RegExp(
  `(?<=${ORGAN_END})[(（]([^()（）\\n]{2,16}${ORGAN_END})[)）](?=\\s*(?:19|20)\\d{2}年)`,
  "g",
);

/** A name read with its second plate in 〔〕 gets it back in （）. */
function plateBack(name: string): string {
  return name.replace(/〔/g, "（").replace(/〕/g, "）");
}

export function titleMatches(
  text: string,
  gaps?: Gaps,
): Array<{ name: string; year: number; index: number; length: number }> {
  const s = text
    .replace(TITLE_PLATE, (_a, inner: string) => `〔${inner}〕`)
    .replace(TITLE_ASIDE, (a) => " ".repeat(a.length));
  const out: Array<{ name: string; year: number; index: number; length: number }> = [];
  for (const m of allMatches(AGENCY_FIRST, s)) {
    const name = cleanAgencyName(spacedName(m[1] as string, m.index, gaps));
    if (name !== null) out.push({ name: plateBack(name), year: Number(m[2]), index: m.index, length: m[0].length });
  }
  for (const m of allMatches(YEAR_FIRST, s)) {
    const name = cleanAgencyName(m[2] as string);
    if (name !== null && !out.some((o) => Math.abs(o.index - m.index) < 45)) {
      out.push({ name, year: Number(m[1]), index: m.index, length: m[0].length });
    }
  }
  for (const m of allMatches(YEAR_AFTER, s)) {
    const name = cleanAgencyName(m[1] as string);
    if (name !== null && !out.some((o) => Math.abs(o.index - m.index) < 45)) {
      out.push({ name, year: Number(m[2]), index: m.index, length: m[0].length });
    }
  }
  return out.filter((o) => plausibleYear(o.year));
}
