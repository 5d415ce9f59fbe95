/**
 * The matching view of a report: a copy of the text folded for pattern matching
 * (simplified characters, no spaces, no Markdown emphasis, no pinyin
 * annotations, full-width ASCII folded), with a map back to the text's offsets.
 */

import { detectScript, toSimplified } from "../util/chinese.js";
import { CN_YEAR_DIGITS } from "./dates.js";
import { allMatches } from "./match.js";

/** A folded copy of a text and the offset of each of its characters in the text. */
export interface MatchView {
  readonly text: string;
  /** The original text in simplified characters when conversion keeps every offset, else the original. */
  readonly simplified: string;
  /** `map[i]` is the offset in the original text of view character `i`; `map[text.length]` is the original length. */
  readonly map: Int32Array;
}

const DROPPED = new Set([" ", "\u3000", "\u00a0", "\r", "*", "#", "\u200b", "\ufeff", "\u2002", "\u2003"]);
// Pinyin inserted after a character by mirror sites: 根據(jù), 報(bào).
const PINYIN = /(?<=\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7})\)/gu;

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ch === "|" || ch === "\t") return "\t";
  if (ch === "〔" || ch === "﹝" || ch === "［") return "[";
  if (ch === "〕" || ch === "﹞" || ch === "］") return "]";
  return ch;
}

/** Mark the offsets of pinyin annotations, which the view drops. */
function pinyinMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  // Replace full-width parentheses so the pattern sees one form.
  const ascii = text.replace(/（/g, "(").replace(/）/g, ")");
  for (const m of allMatches(PINYIN, ascii)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

/** Simplified form of `text` when it is traditional and conversion keeps every offset; else `text`. */
function simplifiedSameLength(text: string): string {
  if (detectScript(text) !== "traditional") return text;
  const converted = toSimplified(text);
  return converted.length === text.length ? converted : text;
}

/**
 * Build the matching view of `text`.
 * @example buildView("## 一、 總體情況").text // "一、总体情况"
 */
export function buildView(text: string): MatchView {
  if (last !== null && last.text === text) return last.view;
  const view = computeView(text);
  last = { text, view };
  return view;
}

// One-entry memo: segmentReport and detectMeta build the view of the same text in turn.
let last: { readonly text: string; readonly view: MatchView } | null = null;

const CN_YEAR = /(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)/g;

/** Years written in Chinese numerals (二〇二二年) as digits, character for character. */
function digitYears(text: string): string {
  return text.replace(CN_YEAR, (y) => [...y].map((c) => CN_YEAR_DIGITS[c] ?? c).join(""));
}

function computeView(text: string): MatchView {
  const source = digitYears(simplifiedSameLength(text));
  const mask = pinyinMask(source);
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (mask[i] === 1 || DROPPED.has(ch)) continue;
    out.push(fold(ch));
    map[n++] = i;
  }
  map[n] = text.length;
  return { text: out.join(""), simplified: source, map: map.slice(0, n + 1) };
}

/** Offset in the original text of view offset `i` (the end maps to the end). */
export function toOriginal(view: MatchView, i: number): number {
  return view.map[Math.min(i, view.text.length)] ?? view.map[view.text.length] ?? 0;
}

/** End offset in the original text of a view span ending at `end` (exclusive). */
export function toOriginalEnd(view: MatchView, end: number): number {
  if (end <= 0) return 0;
  return (view.map[end - 1] ?? 0) + 1;
}

const SOFT_BREAK_BEFORE = /[^。.:：;；!！?？\n\t]/;

/**
 * A view string with soft line breaks removed (a break after a character that does not end
 * a sentence or a label), for headings and titles wrapped over two lines in PDF text.
 * `map[i]` is the offset in `view` of joined character `i`.
 */
export function joinSoftBreaks(view: string): { readonly text: string; readonly map: Int32Array } {
  // Runs between soft breaks are copied whole: a page of millions of characters stays cheap.
  const parts: string[] = [];
  const map = new Int32Array(view.length);
  let n = 0;
  let run = 0;
  for (let i = 0; i < view.length; i++) {
    if (view.charCodeAt(i) === 10 && i > 0 && SOFT_BREAK_BEFORE.test(view[i - 1] as string)) {
      parts.push(view.slice(run, i));
      run = i + 1;
      continue;
    }
    map[n++] = i;
  }
  parts.push(view.slice(run));
  return { text: parts.join(""), map: map.subarray(0, n) };
}
