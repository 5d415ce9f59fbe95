/**
 * Tokenisation of Chinese report text: nodejieba words (HMM on, domain dictionary),
 * numbers as one slot token, and the character offset of every token.
 */
import { InvalidInputError, describe } from "../errors.js";
import { getJieba } from "./dictionary.js";

export {
  DOMAIN_DICT_PATH,
  domainDictionary,
  getJieba,
  parseUserDict,
} from "./dictionary.js";
export type { Jieba } from "./dictionary.js";

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
 * Split `text` into tokens with offsets. Runs of letters and ideographs are cut by
 * nodejieba; digit runs, white space and punctuation are tokens of their own.
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
  const jieba = getJieba();
  const out: Token[] = [];
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
        start: i,
        end,
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
        start: i,
        end: i + m[0].length,
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
          start: i,
          end: i + ch.length,
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
        start: pos,
        end: pos + w.length,
      });
      pos += w.length;
    }
    i += run.length;
  }
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
