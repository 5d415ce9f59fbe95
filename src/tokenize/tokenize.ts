/**
 * Tokenisation of Chinese report text: nodejieba words (HMM on, domain dictionary),
 * numbers as one slot token, and the character offset of every token.
 */
import { describe, InvalidInputError } from "../errors.js";
import { getJieba } from "./dictionary.js";

/** The slot that stands for any number when `numbers: "slot"`. */
export const NUMBER_SLOT = "<NUM>";

export type TokenKind = "word" | "number" | "punct" | "space";

export interface Token {
  /** The text as printed. */
  readonly text: string;
  /** The comparison form: the word itself, or `NUMBER_SLOT` for numbers when slotted. */
  readonly norm: string;
  readonly kind: TokenKind;
  /** Offset of the first code unit in the input. */
  readonly start: number;
  /** Offset after the last code unit. */
  readonly end: number;
}

export interface TokenizeOptions {
  /** Replace numbers by `NUMBER_SLOT` in `norm` (default) or keep them. */
  readonly numbers?: "slot" | "keep";
  /** Use jieba's HMM for words not in the dictionary (default true). */
  readonly hmm?: boolean;
}

// Numbers: ASCII digits with decimal point, percent, or Chinese numerals of a count.
const NUMBER = /[0-9]+(?:\.[0-9]+)?%?/y;
const SPACE = /\s+/y;
// Punctuation: anything that is not a letter, digit or CJK ideograph.
const PUNCT = /[^\p{L}\p{N}\s]+/uy;
const WORDY = /[\p{L}\p{N}]*?(?=[0-9]|[^\p{L}\p{N}]|$)/uy;

/**
 * The general tokeniser: numbers, white space and punctuation by pattern, runs of letters
 * and ideographs cut by nodejieba. Offsets are shifted by `base`.
 */
function tokenizeSlow(text: string, numbers: "slot" | "keep", hmm: boolean, base: number, out: Token[]): void {
  const jieba = getJieba();
  let i = 0;
  while (i < text.length) {
    NUMBER.lastIndex = i;
    let m = NUMBER.exec(text);
    if (m !== null) {
      const end = i + m[0].length;
      out.push({
        text: m[0],
        norm: numbers === "slot" ? NUMBER_SLOT : m[0],
        kind: "number",
        start: base + i,
        end: base + end,
      });
      i = end;
      continue;
    }
    SPACE.lastIndex = i;
    m = SPACE.exec(text);
    if (m !== null) {
      out.push({
        text: m[0],
        norm: " ",
        kind: "space",
        start: base + i,
        end: base + i + m[0].length,
      });
      i += m[0].length;
      continue;
    }
    PUNCT.lastIndex = i;
    m = PUNCT.exec(text);
    if (m !== null) {
      // one token per punctuation character, so that offsets stay fine-grained
      for (const ch of m[0]) {
        out.push({
          text: ch,
          norm: ch,
          kind: "punct",
          start: base + i,
          end: base + i + ch.length,
        });
        i += ch.length;
      }
      continue;
    }
    WORDY.lastIndex = i;
    m = WORDY.exec(text);
    const run = m !== null && m[0].length > 0 ? m[0] : text.slice(i, i + 1);
    let pos = i;
    for (const w of jieba.cut(run, hmm)) {
      out.push({
        text: w,
        norm: w,
        kind: "word",
        start: base + pos,
        end: base + pos + w.length,
      });
      pos += w.length;
    }
    i += run.length;
  }
}

const SPACE_ONLY = /^\s+$/;
const NUMBER_ONLY = /^[0-9]+(?:\.[0-9]+)?$/;
const WORD_ONLY = /^[\p{L}\p{N}]+$/u;
const HAS_ASCII_DIGIT = /[0-9]/;

/** True when every code unit is a common CJK ideograph (the usual jieba piece; checked without a regex). */
function allHan(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/** Classify one piece of jieba's output; null when it needs the general tokeniser. */
function pieceKind(w: string): TokenKind | null {
  if (allHan(w)) return "word";
  if (NUMBER_ONLY.test(w)) return "number";
  if (WORD_ONLY.test(w)) return HAS_ASCII_DIGIT.test(w) ? null : "word";
  if (SPACE_ONLY.test(w)) return "space";
  return w.length === 1 && !/[\p{L}\p{N}\s]/u.test(w) ? "punct" : null;
}

/** Append one classified piece, merging adjacent white space. */
function pushPiece(out: Token[], w: string, kind: TokenKind, start: number, numbers: "slot" | "keep"): void {
  const last = out[out.length - 1];
  if (kind === "space" && last !== undefined && last.kind === "space" && last.end === start) {
    out[out.length - 1] = { ...last, text: last.text + w, end: start + w.length };
    return;
  }
  const norm = kind === "number" && numbers === "slot" ? NUMBER_SLOT : kind === "space" ? " " : w;
  out.push({ text: w, norm, kind, start, end: start + w.length });
}

/**
 * Split `text` into tokens with offsets. One nodejieba call cuts the whole text (words,
 * numbers, punctuation and white space come back as pieces); a piece that mixes kinds, or a
 * stretch jieba did not return verbatim, goes through the general tokeniser.
 * @param text the (normalised, simplified) text
 * @returns tokens covering `text` from start to end, in order
 * @throws InvalidInputError when `text` is not a string
 * @example tokenize("收到申请12件").map(t => t.norm) // ["收到", "申请", "<NUM>", "件"]
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  if (typeof text !== "string") {
    throw new InvalidInputError(`tokenize: text must be a string; found ${describe(text)}`);
  }
  const { numbers = "slot", hmm = true } = options;
  const out: Token[] = [];
  let pos = 0;
  for (const w of getJieba().cut(text, hmm)) {
    if (w.length === 0) continue;
    let at = pos;
    if (!text.startsWith(w, pos)) {
      at = text.indexOf(w, pos);
      if (at < 0) break;
      tokenizeSlow(text.slice(pos, at), numbers, hmm, pos, out);
    }
    const kind = pieceKind(w);
    if (kind === null) tokenizeSlow(w, numbers, hmm, at, out);
    else pushPiece(out, w, kind, at, numbers);
    pos = at + w.length;
  }
  if (pos < text.length) tokenizeSlow(text.slice(pos), numbers, hmm, pos, out);
  return out;
}

/**
 * The comparison forms of the word and number tokens of `text` (no spaces or punctuation).
 * @example words("依申请公开12件。") // ["依申请公开", "<NUM>", "件"]
 */
export function words(text: string, options: TokenizeOptions = {}): string[] {
  const out: string[] = [];
  for (const t of tokenize(text, options)) if (t.kind === "word" || t.kind === "number") out.push(t.norm);
  return out;
}
