/**
 * Stage `narrative`: the problems and improvements of section 五 as items with offsets, links from
 * improvements to problems, specificity scores, and the figures stated in the prose of section 一.
 *
 * The building blocks (markers, splitting, linking and scoring helpers) are exported as namespaces
 * (`narrativeMarkers`, `narrativeSplit`, `narrativeLinking`, `narrativeSpecificity`) so that their
 * generic names cannot collide with other stages' exports in `src/index.ts`.
 */

export type { NarrativeOptions } from "./extract.js";
export { extractNarrative, narrativeStrings } from "./extract.js";
export { extractFacts } from "./facts.js";
export type { FactRule, NarrativeLexicon, ZeroRule } from "./lexicon.js";
export { narrativeLexicon } from "./lexicon.js";
export type { HasText, LinkOptions } from "./link.js";
export * as narrativeLinking from "./link.js";
export { linkItems } from "./link.js";
export type { Marker, MarkerFamily } from "./markers.js";
export * as narrativeMarkers from "./markers.js";
export * as narrativeSpecificity from "./specificity.js";
export { SPECIFICITY_WEIGHTS, SpecificityCorpus, specificityScorer } from "./specificity.js";
export type { SplitResult, SubHeading } from "./split.js";
export * as narrativeSplit from "./split.js";
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
