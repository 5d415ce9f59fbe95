/**
 * Reading the printed values of a row: numbers (full-width digits, decimals, thousands
 * separators, a unit and an annotation such as `8件(撤销1件、警告7件)`), blank markers
 * (`—`, `-`, `/`, `无`), and digit runs that a flattened layout glued together.
 */

import { appendAll } from "../util/arrays.js";
import { BLANK_MARKERS } from "./lexicon.js";

/** A value token of a row. */
export interface ValueToken {
  /** `unreadable`: a printed cell between two values that holds no number and no blank marker. */
  readonly kind: "number" | "blank" | "unreadable";
  /** Printed text of the whole token (number, unit and annotation). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Parsed value (numbers only). */
  readonly value: number | null;
  /** Integer digits as printed (numbers only), e.g. `8855698`. */
  readonly digits: string;
  /** Decimal part including the point, e.g. `.36`, or "". */
  readonly decimal: string;
  /** True when the number carries a sign. */
  readonly signed: boolean;
  readonly annotation?: string;
}

/** Replace full-width digits and punctuation by ASCII, keeping the length. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９．－]/gu, (ch) => {
    if (ch === "．") return ".";
    if (ch === "－") return "-";
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}

const NUMBER =
  /([-−+]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?(件|条|个|项|万元|元|次|人次|家|份|起|宗)?([（(][^（()）]{0,60}[）)])?/gu;

/** A printed cell that reads as no value (e.g. 见附件, 不详). */
export function unreadableToken(raw: string, start: number): ValueToken {
  return {
    kind: "unreadable",
    raw,
    start,
    end: start + raw.length,
    value: null,
    digits: "",
    decimal: "",
    signed: false,
  };
}

function blankToken(raw: string, start: number): ValueToken {
  return { kind: "blank", raw, start, end: start + raw.length, value: null, digits: "", decimal: "", signed: false };
}

/** A year such as `2022年` in a running header or note is not a cell value. */
function isYear(ascii: string, at: number, whole: string): boolean {
  const n = Number(whole);
  return /^\d{4}$/u.test(whole) && n >= 1990 && n <= 2100 && ascii[at + whole.length] === "年";
}

function numberTokens(chunk: string, ascii: string, at: number): ValueToken[] {
  const out: ValueToken[] = [];
  for (const m of ascii.matchAll(NUMBER)) {
    const [whole, sign = "", intPart = "", dec = "", , paren] = m;
    if (isYear(ascii, m.index ?? 0, whole)) continue;
    const start = at + (m.index ?? 0);
    const digits = intPart.replace(/[,，]/gu, "");
    const value = Number(`${sign === "−" ? "-" : sign}${digits}${dec}`);
    const raw = chunk.slice(m.index ?? 0, (m.index ?? 0) + whole.length);
    const token: ValueToken = {
      kind: "number",
      raw,
      start,
      end: start + whole.length,
      value,
      digits,
      decimal: dec,
      signed: sign !== "",
      ...(paren ? { annotation: paren } : {}),
    };
    out.push(token);
  }
  return out;
}

/**
 * Tokenize the value text between `from` and `to`: separators are whitespace and `|`;
 * a chunk that is a blank marker is a blank token; numbers inside a chunk are number tokens;
 * other words (headers, wrapped label text) are skipped. An empty cell between two values on
 * the same tab- or pipe-separated line is a blank token (outer empty cells may be merged
 * label cells, so they are not taken as blanks). Markdown rule lines (`|---|`) are skipped.
 */
export function tokenizeValues(text: string, from: number, to: number): ValueToken[] {
  const out: ValueToken[] = [];
  let at = from;
  for (const m of asciiDigits(text.slice(from, to)).matchAll(ANNOTATED)) {
    const start = from + (m.index ?? 0);
    appendAll(out, plainTokens(text, at, start)).push(annotated(text, start, m));
    at = start + m[0].length;
  }
  appendAll(out, plainTokens(text, at, to));
  return withInteriorBlanks(text, from, to, out);
}

/** A number with its unit and a parenthesised note, spaces allowed (PDF text: `6 件(撤销 1 件、警告 5 件)`). */
const ANNOTATED =
  /([-−+]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?[ \t]*(?:件|条|个|项|万元|元|次|人次|家|份|起|宗)?[ \t]*([（(][^（()）\n]{0,80}[）)])/gu;

function annotated(text: string, start: number, m: RegExpMatchArray): ValueToken {
  const [whole, sign = "", intPart = "", dec = "", paren = ""] = m;
  const digits = intPart.replace(/[,，]/gu, "");
  return {
    kind: "number",
    raw: text.slice(start, start + whole.length),
    start,
    end: start + whole.length,
    value: Number(`${sign === "−" ? "-" : sign}${digits}${dec}`),
    digits,
    decimal: dec,
    signed: sign !== "",
    annotation: text.slice(start + whole.length - paren.length, start + whole.length),
  };
}

function plainTokens(text: string, from: number, to: number): ValueToken[] {
  const out: ValueToken[] = [];
  const rules = text.slice(from, to).includes("---");
  let i = from;
  while (i < to) {
    while (i < to && isSeparator(text.charCodeAt(i))) i++;
    let j = i;
    while (j < to && !isSeparator(text.charCodeAt(j))) j++;
    if (j > i && !(rules && inRuleLine(text, i))) {
      const chunk = text.slice(i, j);
      if (BLANK_MARKERS.includes(chunk) || /^[-—－/／]+$/u.test(chunk)) out.push(blankToken(chunk, i));
      else if (/[0-9０-９]/u.test(chunk)) appendAll(out, numberTokens(chunk, asciiDigits(chunk), i));
    }
    i = j;
  }
  return out;
}

/** Whitespace (incl. U+2000–U+200B, U+3000, NBSP) and `|`/`｜`. */
function isSeparator(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 124 ||
    c === 0xff5c ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 12 ||
    c === 11 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

const RULE_LINE = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/u;

function inRuleLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  return RULE_LINE.test(text.slice(start, end));
}

/** Index of the first element of the sorted `a` that is `>= x` (`a.length` when none). */
function firstAtLeast(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Add blank tokens for empty cells that lie between two value cells of one tab/pipe line. */
function withInteriorBlanks(text: string, from: number, to: number, tokens: ValueToken[]): ValueToken[] {
  if (tokens.length < 2 || !/[\t|｜]/u.test(text.slice(from, to))) return tokens;
  const blanks: ValueToken[] = [];
  // Token starts in order, so that each cell finds its tokens by binary search (a line of
  // 100,000 cells stays linear).
  const starts = Int32Array.from(tokens, (t) => t.start).sort();
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const cells: { start: number; end: number }[] = [];
    let c = lineStart;
    for (let k = lineStart; k <= lineEnd; k++) {
      const ch = text[k];
      if (k === lineEnd || ch === "\t" || ch === "|" || ch === "｜") {
        cells.push({ start: c, end: k });
        c = k + 1;
      }
    }
    const hasToken = cells.map((cell) => {
      const i = firstAtLeast(starts, cell.start);
      return i < starts.length && (starts[i] as number) < cell.end;
    });
    const first = hasToken.indexOf(true);
    const last = hasToken.lastIndexOf(true);
    for (let k = first + 1; first >= 0 && k < last; k++) {
      const cell = cells[k]!;
      if (hasToken[k]) continue;
      const content = text.slice(cell.start, cell.end);
      const trimmed = content.trim();
      if (trimmed === "") blanks.push(blankToken("", cell.start));
      else blanks.push(unreadableToken(trimmed, cell.start + content.indexOf(trimmed)));
    }
    lineStart = lineEnd + 1;
  }
  if (blanks.length === 0) return tokens;
  return [...tokens, ...blanks].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when the text between `from` and `to` shows printed empty cells (`|` or tab separators). */
export function hasEmptyCells(text: string, from: number, to: number): boolean {
  return /[|｜\t]/u.test(text.slice(from, to));
}

/** Page furniture that a PDF leaves inside a table: `- 3 -` lines, `第3页 共5页`, form feeds. */
const PAGE_ARTIFACTS = [
  /(^|\n)[ \t]*[-－—–][ \t]*\d{1,4}[ \t]*[-－—–][ \t]*(?=\r?\n|$)/gu,
  /第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?/gu,
  /\f/gu,
];

/** Spans of page furniture in `text`. */
export function pageArtifacts(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const re of PAGE_ARTIFACTS) {
    for (const m of text.matchAll(re)) {
      const lead = m[1] ?? "";
      const start = (m.index ?? 0) + lead.length;
      out.push({ start, end: (m.index ?? 0) + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Replace the given spans by spaces (same length, newlines kept). */
export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    out += text.slice(at, start) + text.slice(start, s.end).replace(/[^\n]/gu, " ");
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * End of a table's last values: the start of the first prose line (two Han characters, not a
 * blank marker) below `from` (with `afterValue`, below the first value), so that a note or
 * paragraph under a table gives no value.
 */
export function cutAtProse(text: string, from: number, to: number, afterValue = false): number {
  let at = from;
  if (afterValue) {
    const first = /[0-9０-９—\-/／]|无|空/u.exec(text.slice(from, to));
    if (!first) return to;
    at = from + first.index;
  }
  let nl = text.indexOf("\n", at);
  while (nl >= 0 && nl < to) {
    const lineEnd = text.indexOf("\n", nl + 1);
    const line = text.slice(nl + 1, lineEnd < 0 || lineEnd > to ? to : lineEnd).trim();
    const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (/^\p{Script=Han}/u.test(line) && han >= 2 && !/^(无|空)(\s|$)/u.test(line)) return nl + 1;
    nl = lineEnd;
  }
  return to;
}
