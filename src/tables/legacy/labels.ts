/**
 * Row labels of a legacy table: every occurrence of a concept's label variant, merged into one
 * label per printed row (同意公开答复数 holds 同意公开 and 答复数: one row, the first concept in
 * the lexicon wins), each extended over its wording, its numbering (1. 、(1) 、一、) and its 其中
 * prefix, with the unit it prints (条, 件, 元) split off.
 *
 * A numbering digit can run into the previous row's values (`…条171350172.政府公报公开`): the run of
 * digits before the `.` is kept as `enumerator.digits` and `values.ts` decides how much of it is
 * the numbering.
 */
import type { Span } from "../../types.js";
import { spacedWord } from "../labels.js";
import { asciiDigits } from "../values.js";
import { LEGACY_LABELS, LEGACY_UNITS } from "./lexicon.js";

/** Numbering styles: 1. / 1、 (`arabic`), (1) (`paren`), 一、 (`chinese`), (一) (`paren_chinese`). */
export type EnumeratorStyle = "arabic" | "paren" | "chinese" | "paren_chinese";

/** A row's numbering. */
export interface Enumerator {
  readonly style: EnumeratorStyle;
  /** The number when the numbering stands apart; null when its digits run into the values before it. */
  readonly number: number | null;
  /** For arabic numbering: the whole run of digits before the `.`/`、`. */
  readonly digits: Span | null;
}

/** A row label found in the text. */
export interface FoundLegacyLabel {
  readonly concept: string | null;
  /** Extent of the label, numbering and 其中 included, unit excluded. */
  readonly span: Span;
  readonly unit: string | null;
  /** Where the row's values may start (after the unit). */
  readonly valuesStart: number;
  readonly enumerator: Enumerator | null;
  /** The label opens a 其中 list. */
  readonly qizhong: boolean;
}

interface Hit {
  readonly priority: number;
  readonly concept: string;
  readonly start: number;
  readonly end: number;
}

let compiled: { priority: number; concept: string; re: RegExp }[] | null = null;

function labelRegexes() {
  if (compiled === null) {
    compiled = LEGACY_LABELS.map((l, priority) => ({
      priority,
      concept: l.concept,
      re: new RegExp([...l.words.map(spacedWord), ...(l.patterns ?? [])].join("|"), "gu"),
    }));
  }
  return compiled;
}

/** Every variant occurrence in `[from, to)`, overlaps resolved in favour of the more specific concept. */
function findHits(text: string, from: number, to: number): Hit[] {
  const slice = text.slice(from, to);
  const all: Hit[] = [];
  for (const { priority, concept, re } of labelRegexes()) {
    for (const m of slice.matchAll(re)) {
      if (m[0].length === 0) continue;
      all.push({ priority, concept, start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
    }
  }
  all.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

const HAN = /\p{Script=Han}/u;
const LABEL_PUNCT = /[“”"'‘’《》〈〉、，,：:·（）()【】[\]]/u;
const CN_NUMERAL = /[一二三四五六七八九十]/u;
const SEP = /[\s|｜\u3000]/u;

function isLabelChar(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || LABEL_PUNCT.test(ch));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9]/u.test(ch);
}

/** A split between two rows printed with no value between them: 其中, a numbering, or a unit after 数/量/额/费. */
function splitPoint(ascii: string, from: number, to: number): number | null {
  const gap = ascii.slice(from, to);
  const qz = gap.search(/其[\s]*中/u);
  if (qz > 0) return from + qz;
  const cn = /[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、/u.exec(gap);
  if (cn && cn.index > 0) return from + cn.index;
  for (let i = 0; i < gap.length; i++) {
    for (const unit of LEGACY_UNITS) {
      if (!gap.startsWith(unit, i)) continue;
      const before = i === 0 ? ascii[from - 1] : gap[i - 1];
      if ((i === 0 || /[数量额费]/u.test(before ?? "")) && i + unit.length < gap.length) return from + i + unit.length;
    }
  }
  return null;
}

interface Group {
  readonly hits: Hit[];
  /** Limits set by a split point shared with the neighbouring group, if any. */
  startLimit: number | null;
  endLimit: number | null;
}

function groupHits(ascii: string, hits: readonly Hit[]): Group[] {
  const groups: Group[] = [];
  for (const hit of hits) {
    const last = groups[groups.length - 1];
    const prev = last?.hits[last.hits.length - 1];
    if (last && prev) {
      const gap = ascii.slice(prev.end, hit.start);
      const joined = [...gap].every((ch) => isLabelChar(ch));
      if (joined) {
        const split = splitPoint(ascii, prev.end, hit.start);
        if (split === null) {
          last.hits.push(hit);
          continue;
        }
        last.endLimit = split;
        groups.push({ hits: [hit], startLimit: split, endLimit: null });
        continue;
      }
    }
    groups.push({ hits: [hit], startLimit: null, endLimit: null });
  }
  return groups;
}

/** The numbering just before `at`, and where it starts; null when there is none. */
function enumeratorBefore(ascii: string, at: number, limit: number): { start: number; enumerator: Enumerator } | null {
  const ch = ascii[at - 1];
  if ((ch === "." || ch === "、") && isDigit(ascii[at - 2])) {
    let s = at - 2;
    while (s - 1 >= limit && isDigit(ascii[s - 1])) s--;
    const digits = { start: s, end: at - 1 };
    const before = ascii[s - 1];
    // Apart from the values before it: after white space, or after label words of its own (其中：).
    const apart = s > limit && before !== undefined && (SEP.test(before) || isLabelChar(before));
    const n = Number(ascii.slice(s, at - 1));
    const whole = apart && at - 1 - s <= 2 && n >= 1 && ascii[s] !== "0";
    return { start: s, enumerator: { style: "arabic", number: whole ? n : null, digits } };
  }
  if (ch === "、" && CN_NUMERAL.test(ascii[at - 2] ?? "")) {
    let s = at - 2;
    while (s - 1 >= limit && CN_NUMERAL.test(ascii[s - 1] ?? "")) s--;
    return { start: s, enumerator: { style: "chinese", number: null, digits: null } };
  }
  if (ch === ")" || ch === "）") {
    const m = /[（(]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]$/u.exec(ascii.slice(Math.max(limit, at - 8), at));
    if (m) {
      const arabic = /[0-9]/u.test(m[1] ?? "");
      const style = arabic ? "paren" : "paren_chinese";
      return { start: at - m[0].length, enumerator: { style, number: arabic ? Number(m[1]) : null, digits: null } };
    }
  }
  return null;
}

/** Extend a label start back over its wording, its numbering and a 其中 before it. */
function extendBack(
  ascii: string,
  start: number,
  limit: number,
): { start: number; enumerator: Enumerator | null; qizhong: boolean } {
  let i = start;
  let enumerator: Enumerator | null = null;
  for (;;) {
    const found: { start: number; enumerator: Enumerator } | null =
      enumerator === null ? enumeratorBefore(ascii, i, limit) : null;
    if (found) {
      enumerator = found.enumerator;
      i = found.start;
      if (found.enumerator.style === "arabic" && found.enumerator.number === null) break;
      continue;
    }
    const ch = ascii[i - 1];
    if (i > limit && isLabelChar(ch) && !(ch === ")" || ch === "）")) {
      i--;
      continue;
    }
    break;
  }
  const prefix = ascii.slice(i, start);
  return { start: i, enumerator, qizhong: /^[\s]*其[\s]*中/u.test(prefix) };
}

/** Extend a label end forward over its wording (not into a 其中 or a numbering of the next row). */
function extendForward(ascii: string, end: number, limit: number): number {
  let i = end;
  while (i < limit && isLabelChar(ascii[i])) {
    if (/^其[\s]*中/u.test(ascii.slice(i, i + 3))) break;
    if (/^[（(][一二三四五六七八九十0-9]{1,3}[)）]/u.test(ascii.slice(i, i + 5)) && i > end) break;
    i++;
  }
  return i;
}

/** The unit at the end of a label (主动公开信息数条 → 条), or printed apart after it (网站公开 条 418). */
function unitOf(ascii: string, labelEnd: number, coreEnd: number, limit: number): { end: number; unit: string | null; labelEnd: number } {
  const paren = /[（(](人次|万元|元|条|件|人|个)[）)]$/u.exec(ascii.slice(coreEnd, labelEnd));
  if (paren) return { end: labelEnd, unit: paren[1]!, labelEnd };
  for (const unit of LEGACY_UNITS) {
    if (labelEnd - unit.length >= coreEnd && ascii.slice(labelEnd - unit.length, labelEnd) === unit) {
      return { end: labelEnd, unit, labelEnd: labelEnd - unit.length };
    }
  }
  let j = labelEnd;
  while (j < limit && SEP.test(ascii[j] ?? "")) j++;
  for (const unit of LEGACY_UNITS) {
    const after = ascii[j + unit.length];
    if (j > labelEnd && ascii.startsWith(unit, j) && (after === undefined || !isLabelChar(after) || j + unit.length >= limit)) {
      return { end: j + unit.length, unit, labelEnd };
    }
  }
  return { end: labelEnd, unit: null, labelEnd };
}

/**
 * Find the row labels of a legacy table between `from` (the end of its header) and `to`.
 * @returns the labels in printed order; a label whose wording is outside the lexicon is not found here
 */
export function findLegacyLabels(text: string, from: number, to: number): FoundLegacyLabel[] {
  const ascii = asciiDigits(text);
  const groups = groupHits(ascii, findHits(ascii, from, to));
  const out: FoundLegacyLabel[] = [];
  groups.forEach((group, k) => {
    const first = group.hits[0]!;
    const last = group.hits[group.hits.length - 1]!;
    const prevGroup = groups[k - 1];
    const nextGroup = groups[k + 1];
    const prevEnd = prevGroup !== undefined ? prevGroup.hits[prevGroup.hits.length - 1]!.end : from;
    const nextStart = nextGroup !== undefined ? nextGroup.hits[0]!.start : to;
    const back = extendBack(ascii, first.start, Math.max(group.startLimit ?? prevEnd, out[k - 1]?.valuesStart ?? from));
    const forward = extendForward(ascii, last.end, group.endLimit ?? nextStart);
    const unit = unitOf(ascii, forward, last.end, group.endLimit ?? nextStart);
    const concept = [...group.hits].sort((a, b) => a.priority - b.priority)[0]!.concept;
    out.push({
      concept,
      span: { start: back.start, end: unit.labelEnd },
      unit: unit.unit,
      valuesStart: unit.end,
      enumerator: back.enumerator,
      qizhong: back.qizhong,
    });
  });
  return out;
}
