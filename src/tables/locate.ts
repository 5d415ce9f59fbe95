/** Locating the three tables in the text by their own anchors (sections are only a hint). */
import type { Sections } from "../types.js";
import { spacedWord } from "./labels.js";
import { PROACTIVE_START_PATTERN, REVIEW_END_PATTERN } from "./lexicon.js";

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
const REQUESTS_HEAD = [spacedWord("收到和处理政府信息公开申请"), spacedWord("勾稽关系"), spacedWord("申请人情况")].join(
  "|",
);
const REVIEW_ANCHOR = `${spacedWord("行政复议")}[\\s\\S]{0,400}?结[\\s]*果[\\s]*维[\\s]*持`;
const PROACTIVE_HEADER = `${spacedWord("信息内容")}[\\s|]*(?:本[\\s]*年[\\s]*(?:制[\\s]*发|新[\\s]*制[\\s]*作))`;
const RULE_ANCHOR = PROACTIVE_START_PATTERN;

function requestsStart(text: string, from: number): number | null {
  const row = search(text, NEW_ROW, from);
  if (!row) {
    const head = search(text, REQUESTS_HEAD, from);
    return head ? head.start : null;
  }
  const windowStart = Math.max(from, row.start - 600);
  const head = search(text, REQUESTS_HEAD, windowStart, row.start);
  return head ? head.start : row.start;
}

function hint(sections: Sections | null, key: "proactive" | "requests" | "review"): number {
  return sections?.[key]?.start ?? 0;
}

/**
 * Find the regions of tables 2, 3 and 4. Anchors: 第二十条第（一）项 (or 信息内容 before its
 * column headers), 本年新收政府信息公开申请数量 (with the heading or 勾稽关系 note before it),
 * 行政复议 … 结果维持; table 4 ends at the next section (五、, 存在的主要问题, 其他需要报告).
 * A section span is tried first and the whole text second, so wrong sections do no harm.
 */
export function locateTables(text: string, sections: Sections | null): TableRegions {
  const t3 = requestsStart(text, hint(sections, "requests")) ?? requestsStart(text, 0);
  const t4Anchor =
    search(text, REVIEW_ANCHOR, Math.max(t3 ?? 0, hint(sections, "review"))) ?? search(text, REVIEW_ANCHOR, t3 ?? 0);
  const t4 = t4Anchor?.start ?? null;
  const t2Limit = t3 ?? t4 ?? text.length;
  const t2Anchor =
    search(text, RULE_ANCHOR, hint(sections, "proactive"), t2Limit) ??
    search(text, RULE_ANCHOR, 0, t2Limit) ??
    search(text, PROACTIVE_HEADER, 0, t2Limit);
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

function reviewEndGuess(text: string, from: number): number {
  const end = search(text, REVIEW_END_PATTERN.replace("[五5]", "五"), from);
  return end ? end.start : text.length;
}
