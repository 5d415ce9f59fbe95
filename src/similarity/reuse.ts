/**
 * Corpus-level reuse: passages between reports, clusters of reused text, the class of every
 * reused span (mandated / self / shared), boilerplate shares per report and section, and the
 * "same problems every year" share per agency and year. The computation is `runCorpus`'s
 * (corpus.ts); `findReuse` runs it over documents in memory.
 */
import type { Diagnostic, SectionKey, Span } from "../types.js";
import type { CandidateOptions } from "./candidates.js";
import { blockDocsOption, reusePlan, runCorpus } from "./corpus.js";
import type { Passage, PassageOptions, ReuseKind } from "./passages.js";
import { checkDocs } from "./prepare.js";
import { sourceOf } from "./source.js";
import type { SimilarityDoc } from "./types.js";

export interface ReuseOptions extends PassageOptions, CandidateOptions {
  /** Smallest overlap (share of the shorter) for two passage ends in one report to be one occurrence (default 0.5). */
  readonly clusterOverlap?: number;
  /** All pairs of one agency's reports are aligned when it has at most this many (default 64). */
  readonly maxAgencyReports?: number;
}

/** A reused passage with its kind and template cluster. */
export interface ReusePassage extends Passage {
  readonly kind: ReuseKind;
  /** Index into `clusters`. */
  readonly cluster: number;
}

/** A template: a set of passages linked across reports. */
export interface ReuseCluster {
  readonly id: number;
  /** The text of the occurrence in the earliest report (longest there). */
  readonly prototype: string;
  /** Where the prototype is: report id and offsets. */
  readonly source: { readonly id: string; readonly start: number; readonly end: number };
  readonly reports: number;
  /** Distinct agencies (a report without agency counts as its own). */
  readonly agencies: number;
  /** Distinct years, ascending (unknown years left out). */
  readonly years: readonly number[];
  /** Earliest year and the earliest report carrying the text. */
  readonly firstYear: number | null;
  readonly firstReport: string;
  /** `self` when every report is the same agency's, else `shared`. */
  readonly kind: ReuseKind;
  readonly passages: number;
}

/** Class of a span of report text. */
export type SpanClass = "mandated" | "self" | "shared";

/** A classified reused span. */
export interface ReuseSpan extends Span {
  readonly id: string;
  readonly kind: SpanClass;
}

/** Counts of compact codes (letters, ideographs, numbers) by class. */
export interface ShareCounts {
  readonly chars: number;
  readonly mandated: number;
  readonly self: number;
  readonly shared: number;
  readonly own: number;
  /** `(mandated + self + shared) / chars`; null for no text. */
  readonly boilerplate: number | null;
}

/** Boilerplate shares of one report, overall and by section. */
export interface ReportShare extends ShareCounts {
  readonly id: string;
  readonly agency_id: string | null;
  readonly year: number | null;
  /** Per section; null when the report has no sections (or no such section). */
  readonly sections: { readonly [K in SectionKey]: ShareCounts | null } | null;
}

/** "Same problems every year": the issues section's text reused from the agency's previous reports. */
export interface SelfReuseRow {
  readonly id: string;
  readonly agency_id: string;
  readonly year: number;
  /** Ids of the agency's reports of earlier years. */
  readonly previous: readonly string[];
  /** Compact codes of the issues section outside mandated text; null when the section is not known. */
  readonly issuesChars: number | null;
  /** Of those, codes aligned with an earlier report of the same agency. */
  readonly issuesReused: number | null;
  /** `issuesReused / issuesChars`; null when unknown or empty. */
  readonly issuesShare: number | null;
  /** Share of the whole report (outside mandated text) aligned with an earlier report of the agency. */
  readonly reportShare: number | null;
}

export interface ReuseResult {
  readonly passages: readonly ReusePassage[];
  readonly clusters: readonly ReuseCluster[];
  readonly spans: readonly ReuseSpan[];
  readonly shares: readonly ReportShare[];
  readonly selfReuse: readonly SelfReuseRow[];
  readonly stats: { readonly documents: number; readonly candidates: number; readonly passages: number };
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Find reused text across a corpus of reports.
 * Candidate pairs come from shared winnowed fingerprints (a fingerprint carried by more than
 * `maxDf` reports pairs each carrier with the earliest one only) plus every pair of reports of
 * one agency; each candidate pair is aligned (see `alignPassages`); passages are linked into
 * template clusters; every reused span is classified as `mandated` (national format text),
 * `self` (found in the same agency's report of another year) or `shared` (another agency's),
 * in that order of precedence. All passages and spans are materialised; for a corpus that does
 * not fit in memory use `corpusSimilarity` (same values, documents loaded on demand).
 * @param docs reports as plain data (`agency_id` and `year` drive self-reuse; `sections` the per-section shares)
 * @returns passages, clusters, classified spans, shares per report, self-reuse per agency-year, counts
 * @throws InvalidInputError for malformed documents; InvalidOptionError for bad options
 */
export function findReuse(docs: readonly SimilarityDoc[], options: ReuseOptions = {}): ReuseResult {
  const fn = "findReuse";
  checkDocs(docs, fn);
  const run = runCorpus(sourceOf(docs), {
    fn,
    prep: { maskMandated: options.maskMandated ?? true, mandated: options.mandated ?? {} },
    near: null,
    reuse: reusePlan(options, fn),
    blockDocs: blockDocsOption(undefined, fn),
  }).reuse!;
  const { clusters, shares, selfReuse, stats, diagnostics } = run;
  return { passages: [...run.passages()], clusters, spans: [...run.spans()], shares, selfReuse, stats, diagnostics };
}
