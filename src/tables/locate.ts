/** Locating the three tables in the text by their own anchors (sections are only a hint). */
import type { Sections } from "../types.js";
import { spacedWord } from "./labels.js";
import { PROACTIVE_START_PATTERN, REVIEW_END_PATTERN } from "./lexicon.js";
import { stackedWord } from "./stacked.js";

/** Where each table's text lies; `null` when the table's anchor is absent. */
export interface TableRegions {
  readonly proactive: { start: number; end: number } | null;
  readonly requests: { start: number; end: number } | null;
  readonly review: { start: number; end: number } | null;
}

function search(text: string, source: string, from: number, to = text.length): { start: number; end: number } | null {
  const re = new RegExp(source, "gu");
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index >= to) return null;
  return { start: m.index, end: m.index + m[0].length };
}

const NEW_ROW = spacedWord("本年新收");
const CARRIED_ROW = spacedWord("上年结转");
const REQUESTS_HEAD = [spacedWord("收到和处理政府信息公开申请"), spacedWord("勾稽关系"), spacedWord("申请人情况")].join(
  "|",
);
/** Words printed only in the header of table 3. */
const TABLE3_HEADER = [spacedWord("勾稽关系"), spacedWord("申请人情况")].join("|");
/**
 * 行政复议 … 结果维持; in PDF text a two-line column header (结果 / 维持 in each cell) comes out
 * as a line of first halves and a line of second halves (结果结果其他尚未 / 维持纠正结果审结),
 * so 维持 may follow 结果 a line or three later.
 */
const REVIEW_ANCHOR = `${spacedWord("行政复议")}[\\s\\S]{0,400}?结[\\s]*果(?:[\\s]*|(?:[^\\n]{0,60}\\n){1,3}[^\\n]{0,60}?)维[\\s]*持`;
const PROACTIVE_HEADER = `${spacedWord("信息内容")}[\\s|]*(?:本[\\s]*年[\\s]*(?:制[\\s]*发|新[\\s]*制[\\s]*作))`;
/** 第二十条第（一）项 followed by the table's own words (not a citation in prose). */
const RULE_ANCHOR = `(?:${PROACTIVE_START_PATTERN})(?=[\\s|]{0,40}(?:信[\\s]*息[\\s]*内[\\s]*容|规[\\s]*章|本[\\s]*年|\\|))`;

function matches(text: string, source: string, from: number): { start: number; end: number }[] {
  const re = new RegExp(source, "gu");
  re.lastIndex = from;
  const out: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The 上年结转 row follows within a short stretch with no sentence end: a table, or table-like prose. */
function tableLike(text: string, row: { end: number }): boolean {
  const next = search(text, CARRIED_ROW, row.end, row.end + 300);
  return next !== null && !/[。；;]/u.test(text.slice(row.end, next.start));
}

/**
 * Start of table 3: the 本年新收 row that the table header (勾稽关系 note, 申请人情况) precedes;
 * failing that the first table-like one after table 2, then the first table-like one at all.
 * The region starts at the header or heading words printed just before that row.
 */
function requestsStart(text: string, from: number, after: number | null): number | null {
  const rows = matches(text, NEW_ROW, from);
  const headed = rows.find((r) => search(text, TABLE3_HEADER, Math.max(from, r.start - 700), r.start) !== null);
  const chosen =
    headed ??
    rows.find((r) => after !== null && r.start > after && tableLike(text, r)) ??
    rows.find((r) => tableLike(text, r)) ??
    null;
  if (!chosen) {
    const head = search(text, TABLE3_HEADER, from);
    return head ? head.start : null;
  }
  const head = search(text, REQUESTS_HEAD, Math.max(from, chosen.start - 700), chosen.start);
  return head ? head.start : chosen.start;
}

function hint(sections: Sections | null, key: "proactive" | "requests" | "review"): number {
  return sections?.[key]?.start ?? 0;
}

/**
 * Find the regions of tables 2, 3 and 4. Anchors: 第二十条第（一）项 followed by the table's
 * words (or 信息内容 before its column headers), the 本年新收 row under the table-3 header,
 * 行政复议 … 结果维持 (also stacked one character per line); table 4 ends at the next section (五、, 存在的主要问题, 其他需要报告).
 * A section span is tried first and the whole text second, so wrong sections do no harm;
 * figures quoted in prose with the tables' own words do not move the anchors.
 */
export function locateTables(text: string, sections: Sections | null): TableRegions {
  const t2First =
    search(text, RULE_ANCHOR, hint(sections, "proactive")) ??
    search(text, RULE_ANCHOR, 0) ??
    search(text, PROACTIVE_HEADER, 0);
  const t3 =
    requestsStart(text, hint(sections, "requests"), t2First?.start ?? null) ??
    requestsStart(text, 0, t2First?.start ?? null);
  const t4Anchor =
    search(text, REVIEW_ANCHOR, Math.max(t3 ?? 0, hint(sections, "review"))) ??
    search(text, REVIEW_ANCHOR, t3 ?? 0) ??
    stackedReview(text, t3 ?? 0);
  const t4 = t4Anchor?.start ?? null;
  const t2Anchor = t2First && (t3 === null || t2First.start < t3) ? t2First : null;
  const t2Limit = t3 ?? t4 ?? text.length;
  let reviewEnd = text.length;
  if (t4Anchor) {
    const end = search(text, REVIEW_END_PATTERN.replace("[五5]", "五"), t4Anchor.end);
    if (end) reviewEnd = end.start;
  }
  return {
    proactive: t2Anchor ? { start: t2Anchor.start, end: t2Limit } : null,
    requests: t3 !== null ? { start: t3, end: t4 ?? Math.min(text.length, reviewEndGuess(text, t3)) } : null,
    review: t4 !== null ? { start: t4, end: reviewEnd } : null,
  };
}

/**
 * 行政复议 and, under it, 结果维持 stacked one character per line (PDF text of narrow columns);
 * or, with the groups printed as rows, the stacked 结果维持 header and 行政复议 under it.
 */
function stackedReview(text: string, from: number): { start: number; end: number } | null {
  for (let at = from; at < text.length; ) {
    const column = stackedWord(text, "结果维持", at, text.length);
    if (!column) break;
    const group = search(text, spacedWord("行政复议"), column.end, Math.min(text.length, column.end + 300));
    if (group) return { start: column.start, end: group.end };
    at = column.end;
  }
  for (let at = from; at < text.length; ) {
    const group = stackedWord(text, "行政复议", at, text.length);
    if (!group) return null;
    const column = stackedWord(text, "结果维持", group.end, Math.min(text.length, group.end + 600));
    if (column) return { start: group.start, end: column.end };
    at = group.end;
  }
  return null;
}

function reviewEndGuess(text: string, from: number): number {
  const end = search(text, REVIEW_END_PATTERN.replace("[五5]", "五"), from);
  return end ? end.start : text.length;
}
