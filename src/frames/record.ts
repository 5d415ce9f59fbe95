/** The per-report record that tidy tables are built from: the parse contract plus analysis extras. */
import type { Fact, Origin, ParsedReport } from "../types.js";

/** A problem or improvement item of section 五 (or wherever the report really puts it). */
export interface ItemRecord {
  readonly kind: "problem" | "improvement";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly section: string;
  /** Specificity score (see narrative/SPECIFICITY.md); null when not scored. */
  readonly specificity: number | null;
  /** For an improvement: index of the problem it answers among this report's problems, or null. */
  readonly answers: number | null;
  /** Where the item is in the decoded file text; absent in records written before origins. */
  readonly origin?: Origin | null;
}

/** Reuse shares of one report (from the similarity stage); null fields when not computed. */
export interface ReuseRecord {
  readonly boilerplate_share: number | null;
  readonly mandated_share: number | null;
  readonly self_share: number | null;
  readonly cross_share: number | null;
  readonly by_section: Readonly<Record<string, number | null>>;
}

/** One report as the analysis sees it. */
export interface ReportRecord {
  /** Stable id: the source path relative to the input it was found under. */
  readonly id: string;
  readonly report: ParsedReport;
  /** Length of the normalised text in characters. */
  readonly chars: number;
  /** The id of the report this one duplicates (same bytes, or same agency/year and near-identical text). */
  readonly duplicate_of: string | null;
  /** True for a government's 汇总 report that sums its units. */
  readonly aggregate: boolean;
  readonly items: readonly ItemRecord[];
  readonly facts: readonly Fact[];
  readonly reuse: ReuseRecord | null;
}
