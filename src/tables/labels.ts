/**
 * Finding row labels: every occurrence of a label's core words (whitespace allowed
 * between characters), the longest ordered chain of them, and each label's full extent
 * (numbering prefix such as `1.` or `（三）` before it, wrapped remainder after it).
 */
import type { LabelDef } from "./lexicon.js";

/** A label found in the text. */
export interface FoundLabel {
  /** Index of the label in the definition list. */
  readonly index: number;
  readonly row: string | null;
  /** Extent of the whole label, numbering included. */
  readonly start: number;
  readonly end: number;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** Regex source for a word with optional whitespace between its characters. */
export function spacedWord(word: string): string {
  return [...word].map((ch) => ch.replace(ESCAPE, "\\$&")).join("[\\s]*");
}

/** The regex that finds a label's core. */
export function labelRegex(def: LabelDef): RegExp {
  const hit = regexCache.get(def);
  if (hit) return hit;
  const alts = def.words.map(spacedWord);
  if (def.pattern) alts.push(def.pattern);
  const re = new RegExp(alts.join("|"), "gu");
  regexCache.set(def, re);
  return re;
}

/** Compiled label regexes (global: callers use `matchAll`, which copies `lastIndex`). */
const regexCache = new WeakMap<LabelDef, RegExp>();

interface Hit {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

function allHits(text: string, defs: readonly LabelDef[], from: number, to: number): Hit[] {
  const slice = text.slice(from, to);
  const hits: Hit[] = [];
  defs.forEach((def, index) => {
    for (const m of slice.matchAll(labelRegex(def))) {
      hits.push({ index, start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
    }
  });
  return hits.sort((a, b) => a.start - b.start || a.index - b.index);
}

/** Longest chain of hits increasing in both position and label index (earliest wins ties). */
function longestChain(hits: readonly Hit[]): Hit[] {
  const n = hits.length;
  const best = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const hi = hits[i]!;
    for (let j = 0; j < i; j++) {
      const hj = hits[j]!;
      if (hj.index < hi.index && hj.end <= hi.start && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
    }
  }
  let at = -1;
  for (let i = 0; i < n; i++) if (at < 0 || best[i]! > best[at]!) at = i;
  const chain: Hit[] = [];
  while (at >= 0) {
    chain.push(hits[at]!);
    at = prev[at]!;
  }
  return chain.reverse();
}

const HAN = /\p{Script=Han}/u;
const LABEL_PUNCT = /[“”"'‘’、，,：:·]/u;
const CN_NUMERAL = /[一二三四五六七八九十]/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Extend a label start backwards over label characters and one numbering prefix. */
function extendBack(text: string, start: number, limit: number): number {
  let i = start;
  for (;;) {
    const ch = text[i - 1];
    if (i <= limit || ch === undefined) return i;
    if (/[.．、]/u.test(ch) && i - 2 >= limit && /[0-9０-９]/u.test(text[i - 2] ?? "")) return i - 2;
    if (ch === "、" && CN_NUMERAL.test(text[i - 2] ?? "")) {
      let k = i - 2;
      while (k - 1 >= limit && CN_NUMERAL.test(text[k - 1] ?? "")) k--;
      return k;
    }
    if (ch === "）" || ch === ")") {
      const open = Math.max(text.lastIndexOf("（", i - 1), text.lastIndexOf("(", i - 1));
      if (
        open >= limit &&
        i - 1 - open <= 4 &&
        /^[（(]\s*[一二三四五六七八九十0-9]+\s*$/u.test(text.slice(open, i - 1))
      ) {
        return open;
      }
      return i;
    }
    if (isHan(ch) || LABEL_PUNCT.test(ch)) {
      i--;
      continue;
    }
    return i;
  }
}

function closeParen(text: string, at: number, limit: number): number {
  const close = text[at] === "（" ? "）" : ")";
  for (let k = at + 1; k < Math.min(limit, at + 80); k++) {
    const ch = text[k] ?? "";
    if (ch === close || ch === "）" || ch === ")") return k + 1;
    if (/[0-9０-９]/u.test(ch)) return -1;
  }
  return -1;
}

/** True when the Han word starting at `at` is a blank marker such as 无. */
function blankWordAt(text: string, at: number): boolean {
  const m = /^(无|空)(?=[\s|]|$)/u.exec(text.slice(at, at + 2));
  return m !== null;
}

/** True when the words at `at` read as the wrapped rest of a label, not a sentence (no ：。；, short). */
function continuation(text: string, at: number, limit: number): boolean {
  const m = /^[^\s0-9０-９|]{1,30}/u.exec(text.slice(at, Math.min(limit, at + 31)));
  return m !== null && m[0].length <= 30 && !/[：:。；;]/u.test(m[0]);
}

/** Extend a label end forwards over the rest of its words, parentheses and wrapped lines. */
function extendForward(text: string, end: number, limit: number): number {
  let i = end;
  while (i < limit) {
    const ch = text[i] ?? "";
    if (ch === "（" || ch === "(") {
      const close = closeParen(text, i, limit);
      i = close < 0 ? i + 1 : close;
    } else if ((isHan(ch) && !blankWordAt(text, i)) || LABEL_PUNCT.test(ch)) {
      i++;
    } else if (ch === " " || ch === "\n" || ch === "\r" || ch === "\u3000") {
      let k = i;
      while (k < limit && /[ \n\r\u3000]/u.test(text[k] ?? "")) k++;
      if (k >= limit || !isHan(text[k]) || blankWordAt(text, k)) return i;
      if (text.slice(i, k).includes("\n") && !continuation(text, k, limit)) return i;
      i = k;
    } else {
      return i;
    }
  }
  return Math.min(i, limit);
}

/**
 * Find the labels of `defs` between `from` and `to`, in their printed order: the longest chain
 * of occurrences ordered like `defs`, each extended to its full printed extent.
 */
export function findLabels(text: string, defs: readonly LabelDef[], from: number, to: number): FoundLabel[] {
  const chain = longestChain(allHits(text, defs, from, to));
  const starts: number[] = [];
  chain.forEach((hit, k) => {
    const limit = k === 0 ? from : chain[k - 1]!.end;
    starts.push(extendBack(text, hit.start, limit));
  });
  return chain.map((hit, k) => {
    const limit = k + 1 < chain.length ? starts[k + 1]! : to;
    return {
      index: hit.index,
      row: defs[hit.index]?.row ?? null,
      start: starts[k]!,
      end: extendForward(text, hit.end, limit),
    };
  });
}
