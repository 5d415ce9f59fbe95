/**
 * Heading candidates and the chosen chain: every place where a heading phrase stands at a
 * line start or after a heading number, and the best-scoring chain that keeps one numbering
 * style, increasing numbers and the section order (so restarted sub-numbering inside 总体情况,
 * table row labels and a table of contents in the preamble are not taken).
 */

import type { HeadingCandidate, NumberStyle } from "./candidate.js";
import { HEADING_PHRASES, type HeadingPhrase } from "./lexicon.js";
import { joinSoftBreaks } from "./view.js";

const CN_DIGITS: { readonly [ch: string]: number } = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral of 1–99 (一, 十, 十二, 二十三). */
export function chineseNumber(s: string): number | null {
  if (s === "") return null;
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? null);
  const rest = s.slice(ten + 1);
  const ones = rest === "" ? 0 : (CN_DIGITS[rest] ?? null);
  return tens === null || ones === null ? null : tens * 10 + ones;
}

const NUMBERINGS: ReadonlyArray<{ readonly re: RegExp; readonly style: NumberStyle }> = [
  { re: /第?([一二三四五六七八九十]{1,3})(?:部分|章)?[、.,:]$/, style: "cn" },
  { re: /第([一二三四五六七八九十]{1,3})(?:部分|章)$/, style: "cn" },
  { re: /\(([一二三四五六七八九十]{1,3})\)[、.]?$/, style: "paren" },
  { re: /(?<![0-9.])([1-9][0-9]?)[、.]$/, style: "arabic" },
];

interface Numbering {
  readonly start: number;
  readonly number: number | null;
  readonly style: NumberStyle;
}

function numberingBefore(view: string, at: number): Numbering {
  const head = view.slice(Math.max(0, at - 8), at);
  for (const { re, style } of NUMBERINGS) {
    const m = re.exec(head);
    if (m === null) continue;
    const digits = m[1] as string;
    const number = style === "arabic" ? Number(digits) : chineseNumber(digits);
    if (number !== null) return { start: at - m[0].length, number, style };
  }
  return { start: at, number: null, style: "none" };
}

const HAN = /\p{Script=Han}/u;
const LIST_SEPARATOR = /^[、;；]/;
const LINE_TAIL = /^[。.:：)]?(?:\n|\t|$)/;
const TRAILING_PUNCT = /^[。.:：]/;
// An annex marker (附件1：) ends the report body wherever it stands.
const ANNEX = /^附[件表][0-9一二三四五六七八九十]*:/;

function candidateAt(view: string, phrase: HeadingPhrase, at: number, length: number): HeadingCandidate | null {
  const n = numberingBefore(view, at);
  const before = n.start === 0 ? "\n" : (view[n.start - 1] as string);
  const lineStart = before === "\n" || before === "\t";
  let end = at + length;
  const after = view.slice(end, end + 2);
  const inlineOk = phrase.key === "stop" && ANNEX.test(view.slice(at, end));
  if (n.style === "none" && !inlineOk && !(lineStart && LINE_TAIL.test(view.slice(end, end + 3)))) return null;
  if (n.style !== "none" && LIST_SEPARATOR.test(after)) return null;
  let penalty = 0;
  if (!lineStart && n.style !== "none" && HAN.test(before)) {
    if (n.style !== "cn") return null;
    penalty = 3;
  }
  if (TRAILING_PUNCT.test(after)) end += 1;
  return { phrase, start: n.start, phraseStart: at, end, number: n.number, style: n.style, lineStart, penalty };
}

/** Every place in the view where a heading phrase stands as a heading. */
export function findHeadingCandidates(view: string): HeadingCandidate[] {
  const byStart = new Map<number, HeadingCandidate>();
  for (const phrase of HEADING_PHRASES) {
    const re = new RegExp(phrase.pattern, "g");
    // Overlapping matches: a phrase with a loose lead may first match one character early.
    for (let m = re.exec(view); m !== null; re.lastIndex = m.index + 1, m = re.exec(view)) {
      if (m[0].length === 0) continue;
      const c = candidateAt(view, phrase, m.index, m[0].length);
      if (c === null) continue;
      const prev = byStart.get(c.phraseStart);
      if (prev === undefined || c.end - c.phraseStart > prev.end - prev.phraseStart) byStart.set(c.phraseStart, c);
    }
  }
  for (const c of wrappedCandidates(view)) {
    const prev = byStart.get(c.phraseStart);
    if (prev === undefined || c.end > prev.end) byStart.set(c.phraseStart, c);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/**
 * Numbered headings wrapped over two lines (PDF text: 三、收到和处理政府信息公开申 / 请情况):
 * phrases matched with soft line breaks removed, kept only when the match crosses a break
 * and its second line ends with the heading.
 */
function wrappedCandidates(view: string): HeadingCandidate[] {
  const { text: joined, map: jmap } = joinSoftBreaks(view);
  if (joined.length === view.length) return [];
  const out: HeadingCandidate[] = [];
  for (const phrase of HEADING_PHRASES) {
    const re = new RegExp(phrase.pattern, "g");
    for (let m = re.exec(joined); m !== null; re.lastIndex = m.index + 1, m = re.exec(joined)) {
      if (m[0].length === 0) continue;
      const vs = jmap[m.index] as number;
      const ve = (jmap[m.index + m[0].length - 1] as number) + 1;
      if (!view.slice(vs, ve).includes("\n") || !LINE_TAIL.test(view.slice(ve, ve + 3))) continue;
      const c = candidateAt(view, phrase, vs, ve - vs);
      if (c !== null && c.style !== "none" && c.lineStart) out.push(c);
    }
  }
  return out;
}

function candidateScore(c: HeadingCandidate): number {
  if (c.phrase.key === "stop") return 2 - c.penalty;
  let s = 10;
  if (c.number !== null && c.number === c.phrase.rank) s += 4;
  if (c.phrase.strength === "strong") s += 3;
  if (c.style === "cn") s += 2;
  return s - c.penalty;
}

/**
 * Whether `next` can follow `prev` in a chain whose last section key has rank `keyRank`:
 * keys keep the section order, stop headings may stand anywhere, numbers increase.
 */
function compatible(prev: HeadingCandidate, next: HeadingCandidate, keyRank: number): boolean {
  if (next.start < prev.end) return false;
  if (next.phrase.key !== "stop" && next.phrase.rank <= keyRank) return false;
  if (prev.number !== null && next.number !== null && prev.style === next.style && next.number <= prev.number) {
    return false;
  }
  return true;
}

/** The best chain of candidates in one numbering style (unnumbered headings may join any style). */
function bestChain(view: string, cands: readonly HeadingCandidate[]): { chain: HeadingCandidate[]; score: number } {
  const n = cands.length;
  const best = new Float64Array(n);
  const from = new Int32Array(n).fill(-1);
  const keyRank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ci = cands[i] as HeadingCandidate;
    const own = ci.phrase.key === "stop" ? null : ci.phrase.rank;
    best[i] = candidateScore(ci);
    keyRank[i] = own ?? 0;
    for (let j = 0; j < i; j++) {
      const cj = cands[j] as HeadingCandidate;
      if (!compatible(cj, ci, keyRank[j] as number)) continue;
      // An empty body between two headings costs a little: a table of contents loses to the real headings.
      const empty = cj.phrase.key !== "stop" && isBlank(view, cj.end, ci.start) ? 1.5 : 0;
      const s = (best[j] as number) + candidateScore(ci) - empty;
      // Ties go to the later heading, so a repeated heading takes the one that opens the body.
      if (s >= (best[i] as number)) {
        best[i] = s;
        from[i] = j;
        keyRank[i] = own ?? (keyRank[j] as number);
      }
    }
  }
  let top = -1;
  for (let i = 0; i < n; i++) if (top < 0 || (best[i] as number) >= (best[top] as number)) top = i;
  const chain: HeadingCandidate[] = [];
  for (let i = top; i >= 0; i = from[i] as number) chain.unshift(cands[i] as HeadingCandidate);
  return { chain, score: top < 0 ? 0 : (best[top] as number) };
}

function isBlank(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/[\s。.:：]/.test(view[i] as string)) return false;
  return true;
}

/**
 * Most heading candidates weighed: the chain search is quadratic in their number. Reports of
 * the corpus have at most a dozen; a file of thousands of heading lines is junk or an attack.
 */
export const MAX_HEADING_CANDIDATES = 1000;

/** The `MAX_HEADING_CANDIDATES` strongest candidates (earliest first among equals), in text order. */
export function capCandidates(cands: readonly HeadingCandidate[]): readonly HeadingCandidate[] {
  if (cands.length <= MAX_HEADING_CANDIDATES) return cands;
  return cands
    .map((c, i) => ({ c, i, s: candidateScore(c) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, MAX_HEADING_CANDIDATES)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.c);
}

/** Choose the headings of the report among the candidates. */
export function chooseHeadings(view: string, cands: readonly HeadingCandidate[]): HeadingCandidate[] {
  let winner: { chain: HeadingCandidate[]; score: number } = { chain: [], score: 0 };
  for (const style of ["cn", "paren", "arabic", "none"] as const) {
    const pool = cands.filter((c) => c.style === style || c.style === "none");
    const r = bestChain(view, pool);
    if (r.score > winner.score) winner = r;
  }
  return winner.chain;
}
