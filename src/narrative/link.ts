/** Linking each improvement to the problem it answers: TF-IDF cosine over segmented content words. */
import { describe, InvalidInputError, InvalidOptionError } from "../errors.js";
import { words } from "../tokenize/index.js";
import { narrativeLexicon } from "./lexicon.js";
import type { NarrativeLink } from "./types.js";

/** Options of `linkItems`. */
export interface LinkOptions {
  /** Minimum cosine similarity for a link (default 0.035); below it the improvement links to no problem. */
  readonly threshold?: number;
}

/** Something with a text: a `NarrativeItem` or a plain `{text}`. */
export interface HasText {
  readonly text: string;
}

/**
 * Content words of a text for comparison: jieba words without stopwords, numbers and single
 * characters, plus the two-character heads of longer words (便民性 → 便民) so that variants meet.
 */
export function contentWords(text: string): string[] {
  const stop = narrativeLexicon().linkStopwords;
  const out: string[] = [];
  for (const w of words(text)) {
    if (w === "<NUM>" || stop.has(w) || [...w].length < 2 || !/\p{Script=Han}/u.test(w)) continue;
    out.push(w);
    if (w.length >= 3) {
      const head = w.slice(0, 2);
      if (!stop.has(head)) out.push(head);
    }
  }
  return out;
}

type Vector = Map<string, number>;

function vectorize(tokens: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const v: Vector = new Map();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 1));
  return v;
}

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Vector, b: Vector): { score: number; shared: string[] } {
  let dot = 0;
  const shared: string[] = [];
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) {
      dot += x * y;
      shared.push(k);
    }
  }
  const n = norm(a) * norm(b);
  return { score: n === 0 ? 0 : dot / n, shared: shared.sort() };
}

/** IDF over documents given as token lists: ln(1 + N / df). */
export function inverseDocumentFrequency(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + docs.length / n));
  return idf;
}

/**
 * Link every improvement to the problem it answers: the problem with the highest TF-IDF cosine
 * similarity over content words (IDF over this report's items), when it reaches `threshold`;
 * otherwise `problem: null` (the improvement answers no stated problem), with the best score kept.
 * @param problems the problem items, in order
 * @param improvements the improvement items, in order
 * @returns one link per improvement, in order
 * @throws InvalidInputError when problems or improvements is not an array
 * @throws InvalidOptionError when threshold is not a number in [0, 1]
 * @example linkItems([{text: "队伍力量薄弱"}], [{text: "加强队伍建设"}])[0].problem // 0
 */
export function linkItems(
  problems: readonly HasText[],
  improvements: readonly HasText[],
  options: LinkOptions = {},
): NarrativeLink[] {
  const { threshold = 0.035 } = options;
  if (!(typeof threshold === "number" && threshold >= 0 && threshold <= 1)) {
    throw new InvalidOptionError(`linkItems: threshold must be a number in [0, 1]; found ${describe(threshold)}`);
  }
  if (!Array.isArray(problems) || !Array.isArray(improvements)) {
    throw new InvalidInputError(
      `linkItems: problems and improvements must be arrays; found ${describe(problems)} and ${describe(improvements)}`,
    );
  }
  const pTokens = problems.map((p) => contentWords(p.text));
  const iTokens = improvements.map((p) => contentWords(p.text));
  const idf = inverseDocumentFrequency([...pTokens, ...iTokens]);
  const pVec = pTokens.map((t) => vectorize(t, idf));
  return iTokens.map((tokens, improvement) => {
    const v = vectorize(tokens, idf);
    let best: { problem: number; score: number; shared: string[] } | null = null;
    pVec.forEach((p, problem) => {
      const c = cosine(v, p);
      if (best === null || c.score > best.score) best = { problem, ...c };
    });
    const b = best as { problem: number; score: number; shared: string[] } | null;
    if (b === null) return { improvement, problem: null, score: 0, shared: [] };
    const linked = b.score >= threshold;
    return { improvement, problem: linked ? b.problem : null, score: round(b.score), shared: b.shared };
  });
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
