/**
 * Stage `narrative`: the problems and improvements of section 五 as items with offsets, links from
 * improvements to problems, specificity scores, and the figures stated in the prose of section 一.
 */
export { extractNarrative, narrativeStrings } from "./extract.js";
export type { NarrativeOptions } from "./extract.js";
export { extractFacts } from "./facts.js";
export { NARRATIVE_FACTS_PATH, NARRATIVE_LEXICON_PATH, narrativeLexicon } from "./lexicon.js";
export type { FactRule, NarrativeLexicon, ZeroRule } from "./lexicon.js";
export { contentWords, inverseDocumentFrequency, linkItems } from "./link.js";
export type { HasText, LinkOptions } from "./link.js";
export { cnNumber, enumerationRuns, findMarkers, pickEnumeration } from "./markers.js";
export type { Marker, MarkerFamily } from "./markers.js";
export { SPECIFICITY_WEIGHTS, combineSpecificity, countNames, genericShare, specificityScorer } from "./specificity.js";
export { findPivot, findSubHeadings, findTrailer, isConnective, sentenceSpans, splitPart } from "./split.js";
export type { SplitResult, SubHeading } from "./split.js";
export type {
  Narrative,
  NarrativeFact,
  NarrativeItem,
  NarrativeKind,
  NarrativeLink,
  NarrativeSkip,
  NarrativeSkipReason,
  Specificity,
  SpecificityParts,
} from "./types.js";
