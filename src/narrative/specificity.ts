/**
 * Specificity of a problem or improvement: how much it says that only this agency could say.
 * See SPECIFICITY.md for the score and its calibration.
 */
import { describe, InvalidInputError } from "../errors.js";
import { narrativeLexicon } from "./lexicon.js";
import { contentWords } from "./link.js";
import type { Specificity, SpecificityParts } from "./types.js";

/** Weights of the specificity score (see SPECIFICITY.md). */
export const SPECIFICITY_WEIGHTS = {
  names: 0.3,
  numbers: 0.2,
  dates: 0.1,
  rarity: 0.4,
  generic: 0.3,
} as const;

/** A date with a month (2023年5月, 5月12日); a year alone is the report's or the plan's year, not a specific. */
const DATE = /(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月(?:[0-9]{1,2}\s*日)?/gu;
/** A year, removed before counting numbers. */
const YEAR = /[0-9]{4}\s*年度?/gu;
/** Endings of a quoted name that make it a named thing rather than a slogan (“局长信箱”, “八大工程”). */
const NAME_SUFFIX =
  /(?:信箱|平台|系统|专栏|栏目|公众号|号|网|APP|App|热线|工程|行动|计划|中心|窗口|小程序|客户端|频道|在线)$/u;
const NUMBER = /[0-9]+(?:\.[0-9]+)?%?/gu;
const BOOK = /《[^《》]{1,40}》/gu;
const QUOTED = /[“"「]([^”"」]{2,20})[”"」]/gu;
const LATIN = /[A-Za-z]{2,}/gu;
const NAMED_SUFFIX = /[\p{Script=Han}A-Za-z0-9]{2,8}(?:系统|工程|小程序|APP|客户端|热线)/gu;

/** Count matches of a global regex. */
function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Named documents, systems and programmes: 《…》 (not the stock 《条例》), quoted names that are not slogans, Latin names, …系统/工程. */
export function countNames(text: string): number {
  const lex = narrativeLexicon();
  let n = count(LATIN, text) + count(NAMED_SUFFIX, text.replace(BOOK, "").replace(QUOTED, ""));
  BOOK.lastIndex = 0;
  for (let m = BOOK.exec(text); m !== null; m = BOOK.exec(text)) {
    if (!lex.genericNames.includes(m[0].slice(1, -1))) n++;
  }
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const inner = m[1] ?? "";
    const slogan = /[、，,]/u.test(inner) || lex.genericPhrases.some((g) => g.length >= 3 && inner.includes(g));
    const named = [...inner].length >= 5 || NAME_SUFFIX.test(inner);
    if (!slogan && named) n++;
  }
  return n;
}

/** Numbers that are not dates nor nested enumeration markers (1、 2. (3)). */
function countNumbers(text: string): number {
  const rest = text
    .replace(DATE, " ")
    .replace(YEAR, " ")
    .replace(/(?:^|[\s。；;：:，,（(])[0-9]{1,2}[、.．)）](?![0-9])/gu, " ");
  return count(NUMBER, rest);
}

/** Share of Han characters covered by generic phrases (longest first, without overlap). */
export function genericShare(text: string): number {
  const han = text.replace(/[^\p{Script=Han}]/gu, "");
  if (han.length === 0) return 0;
  let rest = han;
  for (const p of narrativeLexicon().genericPhrases) rest = rest.split(p).join("\u0000".repeat(p.length));
  let covered = 0;
  for (const ch of rest) if (ch === "\u0000") covered++;
  return covered / han.length;
}

const sat = (x: number, k: number): number => Math.min(1, x / k);

/** Combine the parts into the score in [0, 1]. */
export function combineSpecificity(parts: SpecificityParts): number {
  const w = SPECIFICITY_WEIGHTS;
  const raw =
    w.names * sat(parts.names, 1) +
    w.numbers * sat(parts.numbers, 2) +
    w.dates * sat(parts.dates, 1) +
    w.rarity * parts.rarity -
    w.generic * parts.generic;
  return Math.round(Math.min(1, Math.max(0, raw)) * 1e4) / 1e4;
}

/**
 * Build a specificity scorer from a corpus of items (all the problems and improvements the caller
 * studies, of one report or of many). Rarity is the mean IDF of an item's content words against that
 * corpus, divided by the largest IDF possible (a word seen in no item), so wording shared by many
 * reports scores low and wording of its own scores high.
 * @param corpusItems texts of the items that define how common a wording is
 * @returns a function from an item text to its score in [0, 1] and the parts of the score
 * @throws InvalidInputError when corpusItems is not an array of strings
 * @example specificityScorer(items)("建设“立岗镇政务公开”小程序").score > specificityScorer(items)("公开意识有待加强").score
 */
export function specificityScorer(corpusItems: readonly string[]): (item: string) => Specificity {
  if (!Array.isArray(corpusItems) || !corpusItems.every((c) => typeof c === "string")) {
    throw new InvalidInputError(
      `specificityScorer: corpusItems must be an array of strings; found ${describe(corpusItems)}`,
    );
  }
  const corpus = new SpecificityCorpus();
  for (const item of corpusItems) corpus.add(item);
  return corpus.scorer();
}

/**
 * The corpus of items behind `specificityScorer`, built one item at a time: memory grows with the
 * vocabulary (one count per distinct content word), not with the number of items, so a corpus of
 * 100,000 reports is read in one pass and scored in a second.
 * @example const c = new SpecificityCorpus(); for (const t of items) c.add(t); const score = c.scorer();
 */
export class SpecificityCorpus {
  private readonly df = new Map<string, number>();
  private n = 0;

  /** Count one item's content words (each distinct word once). */
  add(item: string): void {
    if (typeof item !== "string") {
      throw new InvalidInputError(`SpecificityCorpus.add: item must be a string; found ${describe(item)}`);
    }
    this.n++;
    for (const t of new Set(contentWords(item))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** Items added so far. */
  get size(): number {
    return this.n;
  }

  /** A scorer against the items added so far (later additions do not change it). */
  scorer(): (item: string) => Specificity {
    const idf = new Map<string, number>();
    for (const [t, k] of this.df) idf.set(t, Math.log(1 + this.n / k));
    const maxIdf = Math.log(1 + (this.n + 1));
    return (item: string): Specificity => {
      const tokens = contentWords(item);
      let sum = 0;
      for (const t of tokens) sum += idf.get(t) ?? maxIdf;
      const rarity = tokens.length === 0 ? 0 : Math.min(1, sum / tokens.length / maxIdf);
      const parts: SpecificityParts = {
        numbers: countNumbers(item),
        dates: count(DATE, item),
        names: countNames(item),
        rarity: Math.round(rarity * 1e4) / 1e4,
        generic: Math.round(genericShare(item) * 1e4) / 1e4,
      };
      return { score: combineSpecificity(parts), parts };
    };
  }
}
