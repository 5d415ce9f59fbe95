/** Types of the `narrative` stage: items of section 五, their links and scores, and prose facts. */
import type { Diagnostic, Fact, Origin, SectionKey, Span } from "../types.js";

/** Whether an item states a problem or an improvement. */
export type NarrativeKind = "problem" | "improvement";

/** One enumerated (or unmarked) item of the problems or improvements. */
export interface NarrativeItem {
  readonly kind: NarrativeKind;
  /** The item text as printed (markers and surrounding white space trimmed off). */
  readonly text: string;
  /** Span of `text` in the normalised text. */
  readonly span: Span;
  /** The same place in the decoded file text (set by the pipeline). */
  readonly origin?: Origin | null;
  /** The section the item was found in (`issues`, or `other` when a report puts improvements under 六). */
  readonly section: SectionKey;
  /** The enumeration marker as printed (`一是`, `（一）`, `1.`, `首先`, `-`), or null for an unmarked item. */
  readonly marker: string | null;
  /** Span of the marker, or null. */
  readonly markerSpan: Span | null;
  /** Specificity score in [0, 1] (see SPECIFICITY.md), when a scorer was given or built. */
  readonly specificity?: number;
}

/** Why a piece of section text is not part of an item. */
/** `none`: the report states that there is nothing (无, 暂无); `empty`: a marker with no text after it. */
export type NarrativeSkipReason = "heading" | "connective" | "trailer" | "none" | "empty";

/** A piece of section text that belongs to no item, kept with its reason (nothing is dropped silently). */
export interface NarrativeSkip {
  readonly reason: NarrativeSkipReason;
  readonly text: string;
  readonly span: Span;
  readonly section: SectionKey;
}

/** An improvement linked to the problem it answers, or to none. */
export interface NarrativeLink {
  /** Index into `improvements`. */
  readonly improvement: number;
  /** Index into `problems`, or null when no problem is similar enough. */
  readonly problem: number | null;
  /** Cosine similarity with the chosen problem (or with the best candidate when `problem` is null). */
  readonly score: number;
  /** The shared content words that made the link. */
  readonly shared: readonly string[];
}

/** A prose figure with the category label it was printed with (其中: 村务公开238条 → label 村务公开). */
export interface NarrativeFact extends Fact {
  /** For `*.category` subjects: the category as printed. */
  readonly label?: string;
  /** True when the figure is approximate (1000余条, 300多件). */
  readonly approximate?: boolean;
  /** True when the report states the figure as a negation (未收到…申请 → 0); the span is the phrase. */
  readonly negated?: boolean;
}

/** What `extractNarrative` returns. */
export interface Narrative {
  readonly problems: NarrativeItem[];
  readonly improvements: NarrativeItem[];
  /** One link per improvement, in improvement order. */
  readonly links: NarrativeLink[];
  readonly facts: NarrativeFact[];
  /** Headings, connectives and trailers that are not items. */
  readonly skipped: NarrativeSkip[];
  readonly diagnostics: Diagnostic[];
}

/** Breakdown of a specificity score. */
export interface SpecificityParts {
  /** Numbers other than enumeration markers (counts, percentages). */
  readonly numbers: number;
  /** Dates and years. */
  readonly dates: number;
  /** Named documents, systems, platforms, programmes (《…》, “…”, …平台/系统/工程). */
  readonly names: number;
  /** Mean IDF of the item's content words, scaled to [0, 1] by the corpus maximum. */
  readonly rarity: number;
  /** Share of the item's characters covered by generic phrases (套话) from the lexicon, in [0, 1]. */
  readonly generic: number;
}

/** A specificity score and its parts. */
export interface Specificity {
  readonly score: number;
  readonly parts: SpecificityParts;
}
