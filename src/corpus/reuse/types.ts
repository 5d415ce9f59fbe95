/** Types of the corpus reuse steps: options and results, and the plans and typed columns that the passes hand on. */
import type {
  AlignParams,
  LshOptions,
  Passage,
  PassageOptions,
  PrepareOptions,
  ReuseKind,
  SimilarityDoc,
} from "../../similarity/index.js";
import type { Diagnostic, SectionKey, Span } from "../../types.js";
import type { CandidateOptions, CandidateParams } from "./candidates.js";
import type { PassageEnds } from "./clusters.js";

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

export interface NearDuplicateOptions extends PrepareOptions, LshOptions {
  /** Smallest exact Jaccard similarity reported (default 0.5). */
  readonly threshold?: number;
  /** MinHash slots per document (default 126). */
  readonly numHashes?: number;
  /** Candidates whose MinHash estimate is below `threshold - slack` are dropped unverified (default 0.15). */
  readonly slack?: number;
}

/** A verified near-duplicate pair. */
export interface NearDuplicatePair {
  readonly a: string;
  readonly b: string;
  /** Exact Jaccard similarity of the masked shingle sets. */
  readonly jaccard: number;
  /** Share of A's shingles found in B. */
  readonly containmentAB: number;
  /** Share of B's shingles found in A. */
  readonly containmentBA: number;
}

/** A connected group of near-duplicates (pairs inside it are not all listed when it is large). */
export interface NearDuplicateCluster {
  readonly members: readonly string[];
}

export interface NearDuplicateResult {
  readonly pairs: readonly NearDuplicatePair[];
  readonly clusters: readonly NearDuplicateCluster[];
  /** How many candidate pairs LSH produced and how many were verified exactly. */
  readonly stats: { readonly candidates: number; readonly verified: number; readonly largeBuckets: number };
  readonly diagnostics: readonly Diagnostic[];
}

/** Id, agency and year of a document: what the corpus steps keep in memory for every document. */
export interface DocInfo {
  readonly id: string;
  /** Canonical agency key; null when unknown (then the report counts as its own agency). */
  readonly agency_id: string | null;
  /** Year reported on; null when unknown. */
  readonly year: number | null;
}

/** Documents of a corpus, read on demand (e.g. from disk). */
export interface DocSource {
  /** Every document's info, in corpus order (index = document number). */
  readonly infos: readonly DocInfo[];
  /**
   * Text and sections of document `i` (same id, agency and year as `infos[i]`). May read from
   * disk: the corpus steps call it a bounded number of times per document, never per pair.
   */
  load(i: number): SimilarityDoc;
}

export interface CorpusSimilarityOptions extends ReuseOptions {
  /** Smallest exact Jaccard of near-duplicate pairs (default 0.5), as `findNearDuplicates`' `threshold`. */
  readonly nearThreshold?: number;
  /**
   * Most A-side documents whose alignment data is held at once while aligning, and B-side texts
   * held at once by `passageRows` (default: no limit; `blockBytes` decides).
   */
  readonly blockDocs?: number;
  /**
   * Most bytes a block holds (default 512 MiB): alignment data (about 3.7 bytes per compact code,
   * ≈ 8.5 KB for a 7 KB report) while aligning, texts (2 bytes a character) in `passageRows`.
   * Each document is loaded once more per block, so the loads grow with corpus bytes ÷ budget.
   */
  readonly blockBytes?: number;
}

/** Reuse results small enough to hold for a whole corpus: all of `ReuseResult` but passages and spans. */
export interface CorpusReuse {
  readonly clusters: readonly ReuseCluster[];
  readonly shares: readonly ReportShare[];
  readonly selfReuse: readonly SelfReuseRow[];
  readonly stats: ReuseResult["stats"];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reuse results with the per-passage and per-span outputs as generators. */
export interface ReuseRun extends CorpusReuse {
  /** Passages in the order of `findReuse` (held as typed columns, built one object at a time). */
  passages(): Generator<ReusePassage>;
  /** Classified spans, document by document in corpus order (loads each document once). */
  spans(): Generator<ReuseSpan>;
  /**
   * The rows of `reusePassageRows`, with both texts, in blocks of `blockDocs` B-side documents,
   * within a block by A-side document, then in passage order (so by document A, then passage
   * order, when the corpus fits in one block). Loads each document at most once per block.
   */
  passageRows(): Generator<ReuseRow>;
}

/** Near-duplicates and reuse of a corpus read from a `DocSource`. */
export interface CorpusSimilarity extends Omit<ReuseRun, keyof CorpusReuse> {
  /** The same as `findNearDuplicates(docs, {threshold: nearThreshold})` (whole texts, reuse's mandated options). */
  readonly near: NearDuplicateResult;
  /** The same values as `findReuse(docs, options)`, without passages and spans. */
  readonly reuse: CorpusReuse;
}

/** Resolved near-duplicate settings of a run. */
export interface NearPlan {
  readonly threshold: number;
  readonly numHashes: number;
  readonly slack: number;
  readonly lsh: LshOptions;
}

/** Resolved reuse settings of a run. */
export interface ReusePlan {
  readonly params: AlignParams;
  readonly candidates: CandidateParams;
  readonly clusterOverlap: number;
  readonly maxAgencyReports: number;
}

/** What one run computes, and how. */
export interface RunPlan {
  /** Public function, for messages. */
  readonly fn: string;
  /** Preparation of every document; `shingles` is decided per pass. A section is only for near-duplicates alone. */
  readonly prep: PrepareOptions;
  readonly near: NearPlan | null;
  readonly reuse: ReusePlan | null;
  readonly blockDocs: number;
  readonly blockBytes: number;
}

/** An exactly verified near-duplicate pair (document numbers). */
export interface NearHit {
  readonly a: number;
  readonly b: number;
  readonly jaccard: number;
  readonly containmentAB: number;
  readonly containmentBA: number;
}

/** Aligned passages as typed columns (compact coordinates), ordered as their candidate pairs. */
export interface Passages extends PassageEnds {
  readonly identity: Float64Array;
}

/** Where a cluster's prototype is (compact coordinates), and its record without the text. */
export interface ClusterDraft {
  readonly doc: number;
  readonly from: number;
  readonly to: number;
  readonly reports: number;
  readonly agencies: number;
  readonly years: readonly number[];
  readonly passages: number;
}

/** One row of a reuse output file (CSV or JSON Lines). */
export type ReuseRow = Record<string, string | number | boolean | null>;
