/**
 * Corpus-level steps after every report is read: near-duplicates, text reuse (passages, template
 * clusters, shares), cross-year identity checks, and specificity scored against the whole corpus.
 */
import type { ReportRecord, ReuseRecord, Row } from "../frames/index.js";
import type { SpecificityCorpus } from "../narrative/index.js";
import type { Diagnostic } from "../types.js";
import { crossYearRows } from "./cross-year.js";
import { legacyChainRows } from "./legacy-chain.js";
import { type CorpusSimilarity, corpusSimilarity, type DocSource, type ReuseResult } from "./reuse/index.js";

/** The corpus-level results that every report's record is completed with (see `finishRecord`). */
export interface CorpusSteps {
  /** Pairs of report ids whose texts are near-identical (containment ≥ the duplicate threshold). */
  readonly nearDuplicates: readonly (readonly [string, string])[];
  /** Rule rows of the corpus-level checks (carried_forward(y) = carried_over(y+1), stock-flow, the legacy cumulative chain). */
  readonly crossYearRows: readonly Row[];
  /** Near-duplicates and text reuse; null when no report had text. */
  readonly similarity: CorpusSimilarity | null;
  /** Reuse shares by report id. */
  readonly reuse: ReadonlyMap<string, ReuseRecord>;
  /** Specificity of an item text against every item of the corpus. */
  readonly specificity: (text: string) => number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface CorpusOptions {
  /**
   * Containment (share of one report's shingles found in the other, the larger of the two directions)
   * at or above which two reports of the same agency and year are one report (default 0.9). Containment
   * rather than Jaccard, because a PDF or HTML copy carries extra layout text around the same report.
   */
  readonly duplicateThreshold?: number;
}

function reuseOf(share: ReuseResult["shares"][number]): ReuseRecord | null {
  if (share.chars === 0) return null;
  const frac = (n: number) => n / share.chars;
  const bySection: Record<string, number | null> = {};
  for (const [k, s] of Object.entries(share.sections ?? {}))
    bySection[k] = s === null || s.chars === 0 ? null : s.boilerplate;
  return {
    boilerplate_share: share.boilerplate,
    mandated_share: frac(share.mandated),
    self_share: frac(share.self),
    cross_share: frac(share.shared),
    by_section: bySection,
  };
}

/**
 * Run the corpus-level steps: near-duplicates and reuse over `docs` (read on demand), cross-year
 * checks over `records` (slim records carry the cells they need), specificity against `items`.
 */
export function corpusSteps(
  records: readonly ReportRecord[],
  docs: DocSource,
  items: SpecificityCorpus,
  { duplicateThreshold = 0.9 }: CorpusOptions = {},
): CorpusSteps {
  const diagnostics: Diagnostic[] = [];
  let similarity: CorpusSimilarity | null = null;
  let near: (readonly [string, string])[] = [];
  if (docs.infos.length > 0) {
    similarity = corpusSimilarity(docs, { nearThreshold: 0.5 });
    near = similarity.near.pairs
      .filter((p) => Math.max(p.containmentAB, p.containmentBA) >= duplicateThreshold)
      .map((p) => [p.a, p.b] as const);
    diagnostics.push(...similarity.near.diagnostics, ...similarity.reuse.diagnostics);
  }
  const reuse = new Map<string, ReuseRecord>();
  for (const s of similarity?.reuse.shares ?? []) {
    const r = reuseOf(s);
    if (r !== null) reuse.set(s.id, r);
  }
  const score = items.scorer();
  return {
    nearDuplicates: near,
    crossYearRows: [...crossYearRows(records), ...legacyChainRows(records)],
    similarity,
    reuse,
    specificity: (text) => score(text).score,
    diagnostics,
  };
}

/** A report's record completed with the corpus results: item specificity, reuse shares, duplicate mark. */
export function finishRecord(r: ReportRecord, steps: CorpusSteps, duplicateOf: string | null): ReportRecord {
  return {
    ...r,
    duplicate_of: duplicateOf,
    items: r.items.map((i) => ({ ...i, specificity: steps.specificity(i.text) })),
    reuse: steps.reuse.get(r.id) ?? null,
  };
}
