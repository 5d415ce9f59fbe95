/** A heading candidate: where a heading phrase stands in the match view (shared by segmentation and template detection). */
import type { HeadingPhrase } from "./lexicon.js";

/** Numbering style of a heading: 一、 / （一） / 1. / none. */
export type NumberStyle = "cn" | "paren" | "arabic" | "none";

/** A place where a heading phrase stands, in view offsets. */
export interface HeadingCandidate {
  readonly phrase: HeadingPhrase;
  /** Start of the heading (its number, if any). */
  readonly start: number;
  /** Start of the phrase. */
  readonly phraseStart: number;
  /** End of the heading, after trailing punctuation. */
  readonly end: number;
  readonly number: number | null;
  readonly style: NumberStyle;
  /** True when the heading stands at a line start (or cell start). */
  readonly lineStart: boolean;
  readonly penalty: number;
}
