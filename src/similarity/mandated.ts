/**
 * Text mandated by the national format (headings, table labels, fixed sentences): found in a
 * report so that it can be masked before hashing and measured on its own. The phrases are data
 * modules, `lexicon/mandated-2021.ts` and `lexicon/mandated-2019.ts` (one phrase per line).
 */
import { describe, InvalidInputError } from "../errors.js";
import type { Span } from "../types.js";
import { type CompactText, compactSpan, compactText, NUMBER_CODE } from "./compact.js";
import mandated2019 from "./lexicon/mandated-2019.js";
import mandated2021 from "./lexicon/mandated-2021.js";

/** The lexicons of mandated text (one phrase per line, `#` comments), in the order they are read. */
const MANDATED_LEXICONS: readonly string[] = [mandated2021, mandated2019];

/** Phrases compiled for matching in compact form. */
export interface MandatedMatcher {
  /** Phrase codes, grouped by their first two codes; longest first within a group. */
  readonly byBigram: ReadonlyMap<number, readonly Uint16Array[]>;
  /** Phrases shorter than this many codes count only next to other mandated text. */
  readonly anchorLength: number;
}

export interface MandatedOptions {
  /** Phrases to use instead of the bundled lexicon. */
  readonly phrases?: readonly string[];
  /** Phrases shorter than this (in compact codes) are masked only next to other mandated text (default 6). */
  readonly anchorLength?: number;
  /** Largest gap (in compact codes) across which a short phrase joins mandated text (default 3). */
  readonly joinGap?: number;
}

let bundled: string[] | null = null;

/** Read the bundled phrases: one per line, `#` comments and blank lines skipped. */
export function mandatedPhrases(): readonly string[] {
  if (bundled === null) {
    const out: string[] = [];
    for (const lexicon of MANDATED_LEXICONS) {
      for (const line of lexicon.split(/\r?\n/)) {
        const p = line.trim();
        if (p !== "" && !p.startsWith("#")) out.push(p);
      }
    }
    bundled = out;
  }
  return bundled;
}

const matcherCache = new WeakMap<readonly string[], Map<number, MandatedMatcher>>();

/** Compile phrases for `mandatedMask` (cached per phrase list). */
export function compileMandated(phrases: readonly string[], anchorLength = 6): MandatedMatcher {
  let byAnchor = matcherCache.get(phrases);
  const hit = byAnchor?.get(anchorLength);
  if (hit !== undefined) return hit;
  const groups = new Map<number, Uint16Array[]>();
  const seen = new Set<string>();
  for (const p of phrases) {
    const codes = compactText(p).codes;
    const key = codes.join(",");
    if (codes.length < 2 || seen.has(key)) continue;
    seen.add(key);
    const g = (codes[0]! << 16) | codes[1]!;
    const list = groups.get(g) ?? [];
    list.push(codes);
    groups.set(g, list);
  }
  for (const list of groups.values()) list.sort((a, b) => b.length - a.length);
  const m: MandatedMatcher = { byBigram: groups, anchorLength };
  if (byAnchor === undefined) matcherCache.set(phrases, (byAnchor = new Map()));
  byAnchor.set(anchorLength, m);
  return m;
}

function matchesAt(codes: Uint16Array, i: number, p: Uint16Array): boolean {
  if (i + p.length > codes.length) return false;
  for (let t = 2; t < p.length; t++) if (codes[i + t] !== p[t]) return false;
  return true;
}

/** Phrase occurrences: long ones marked at once, short ones returned as candidates. */
function findPhrases(codes: Uint16Array, m: MandatedMatcher, mask: Uint8Array): Array<[number, number]> {
  const short: Array<[number, number]> = [];
  for (let i = 0; i + 1 < codes.length; i++) {
    const list = m.byBigram.get((codes[i]! << 16) | codes[i + 1]!);
    if (list === undefined) continue;
    for (const p of list) {
      if (!matchesAt(codes, i, p)) continue;
      if (p.length >= m.anchorLength) mask.fill(1, i, i + p.length);
      else short.push([i, i + p.length]);
      break;
    }
  }
  return short;
}

/** Is there mandated text within `gap` codes of `[s, e)` (number codes do not count as distance)? */
function nearMask(codes: Uint16Array, mask: Uint8Array, s: number, e: number, gap: number): boolean {
  for (let i = s - 1, d = 0; i >= 0 && d <= gap; i--) {
    if (mask[i] === 1) return true;
    if (codes[i] !== NUMBER_CODE) d++;
  }
  for (let i = e, d = 0; i < codes.length && d <= gap; i++) {
    if (mask[i] === 1) return true;
    if (codes[i] !== NUMBER_CODE) d++;
  }
  return false;
}

/** Mask number codes that stand between mandated text (table values), or after it at the end. */
function fillNumbers(codes: Uint16Array, mask: Uint8Array): void {
  let i = 0;
  while (i < codes.length) {
    if (codes[i] !== NUMBER_CODE || mask[i] === 1) {
      i++;
      continue;
    }
    let j = i;
    while (j < codes.length && codes[j] === NUMBER_CODE) j++;
    const before = i > 0 && mask[i - 1] === 1;
    const after = j >= codes.length || mask[j] === 1;
    if (before && after) mask.fill(1, i, j);
    i = j;
  }
}

/**
 * Mark the compact codes of `ct` that belong to mandated text.
 * @returns a mask over `ct.codes` (1 = mandated)
 */
export function mandatedMask(ct: CompactText, options: MandatedOptions = {}): Uint8Array {
  const { phrases = mandatedPhrases(), anchorLength = 6, joinGap = 3 } = options;
  const m = compileMandated(phrases, anchorLength);
  const mask = new Uint8Array(ct.length);
  let pending = findPhrases(ct.codes, m, mask);
  for (let changed = true; changed && pending.length > 0; ) {
    changed = false;
    const rest: Array<[number, number]> = [];
    for (const [s, e] of pending) {
      if (nearMask(ct.codes, mask, s, e, joinGap)) {
        mask.fill(1, s, e);
        changed = true;
      } else rest.push([s, e]);
    }
    pending = rest;
  }
  fillNumbers(ct.codes, mask);
  return mask;
}

/** Runs of 1 in a mask, as compact ranges `[from, to)`. */
export function maskRuns(mask: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < mask.length) {
    if (mask[i] !== 1) {
      i++;
      continue;
    }
    let j = i;
    while (j < mask.length && mask[j] === 1) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Result of `maskMandated`. */
export interface MandatedResult {
  /** Spans of mandated text in the input, ascending and disjoint. */
  readonly spans: readonly Span[];
  /** Compact codes (letters, ideographs, numbers) inside mandated spans. */
  readonly mandatedChars: number;
  /** All compact codes of the text. */
  readonly totalChars: number;
  /** `mandatedChars / totalChars`, null for a text without letters or numbers. */
  readonly share: number | null;
  /** The text with mandated spans replaced by spaces (same length, offsets unchanged). */
  readonly masked: string;
}

/**
 * Find the text mandated by the national format (2021 and 2019 formats): headings, table
 * labels with their values, fixed sentences. Numbers, white space and punctuation are ignored
 * when matching, so 本报告中所列数据的统计期限自2022年1月1日起… matches the lexicon's 2021 line.
 * @param text report text (simplified)
 * @returns the spans, how much of the text they cover, and the text with them blanked out
 * @throws InvalidInputError when `text` is not a string
 * @example maskMandated("一、总体情况\n今年我镇…").spans // [{start: 0, end: 6}]
 */
export function maskMandated(text: string, options: MandatedOptions = {}): MandatedResult {
  if (typeof text !== "string") {
    throw new InvalidInputError(`similarity.maskMandated: text must be a string; found ${describe(text)}`);
  }
  const ct = compactText(text);
  const mask = mandatedMask(ct, options);
  const spans: Span[] = [];
  let mandatedChars = 0;
  for (const [from, to] of maskRuns(mask)) {
    spans.push(compactSpan(ct, from, to));
    mandatedChars += to - from;
  }
  let masked = "";
  let at = 0;
  for (const s of spans) {
    masked += text.slice(at, s.start) + " ".repeat(s.end - s.start);
    at = s.end;
  }
  masked += text.slice(at);
  const share = ct.length === 0 ? null : mandatedChars / ct.length;
  return { spans, mandatedChars, totalChars: ct.length, share, masked };
}
