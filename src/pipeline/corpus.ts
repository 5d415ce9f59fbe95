/**
 * Corpus-level steps after every report is read: near-duplicates, text reuse (passages, template
 * clusters, shares), cross-year identity checks, and specificity scored against the whole corpus.
 */
import type { ReportRecord, ReuseRecord, Row } from "../frames/index.js";
import { specificityScorer } from "../narrative/index.js";
import { checkCrossYear } from "../rules/index.js";
import { type ReuseResult, type SimilarityDoc, findNearDuplicates, findReuse } from "../similarity/index.js";
import type { Diagnostic, ParsedReport, TableKey, Tables } from "../types.js";
import type { SlimAnalysis } from "./slim.js";
import { reuseFiles } from "./reuse-files.js";

export interface CorpusResult {
  readonly records: ReportRecord[];
  /** Pairs of report ids whose texts are near-identical (containment ≥ 0.9), for duplicate marking. */
  readonly nearDuplicates: readonly (readonly [string, string])[];
  /** Rule rows of the corpus-level checks (carried_forward(y) = carried_over(y+1), stock-flow). */
  readonly crossYearRows: readonly Row[];
  /** Reuse outputs: file name under reuse/ → content. */
  readonly reuseFiles: readonly (readonly [string, string])[];
  /** The reuse analysis itself (for notebooks and index.html); null when no report had text. */
  readonly reuse: ReuseResult | null;
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

/** Tables in the stage form (cells with details) from the parse contract form. */
export function tablesOf(report: ParsedReport): Tables {
  const out = {} as Record<TableKey, Tables[TableKey]>;
  for (const key of ["proactive", "requests", "review"] as const) {
    const t = report.tables[key];
    out[key] = {
      key,
      status: t.status,
      template: t.template,
      layout: t.layout,
      span: t.span,
      cells: t.details,
      diagnostics: [],
    };
  }
  return out;
}

/** The similarity stage's documents for the records that have text (id, agency, year, text, sections). */
export function similarityDocs(
  records: readonly ReportRecord[],
  analyses: ReadonlyMap<string, SlimAnalysis>,
): SimilarityDoc[] {
  const docs: SimilarityDoc[] = [];
  for (const r of records) {
    const a = analyses.get(r.id);
    if (a === undefined || a.doc.text.trim() === "") continue;
    docs.push({
      id: r.id,
      agency_id: r.report.meta.agency_id,
      year: r.report.meta.year,
      text: a.doc.text,
      sections: a.sections,
    });
  }
  return docs;
}

function reuseOf(share: ReuseResult["shares"][number] | undefined): ReuseRecord | null {
  if (share === undefined || share.chars === 0) return null;
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

function crossYearRows(records: readonly ReportRecord[]): Row[] {
  const counted = records.filter(
    (r) => r.report.meta.agency_id !== null && r.report.meta.year !== null && r.report.status !== "error",
  );
  const byKey = new Map(counted.map((r) => [`${r.report.meta.agency_id}\u0000${r.report.meta.year}`, r]));
  const results = checkCrossYear(
    [...byKey.values()].map((r) => ({
      agency_id: r.report.meta.agency_id!,
      year: r.report.meta.year!,
      tables: tablesOf(r.report),
    })),
  );
  return results.map((c) => {
    const r = byKey.get(`${c.agency_id}\u0000${c.year}`);
    const m = r?.report.meta;
    return {
      report_id: r?.id ?? null,
      agency_id: c.agency_id,
      agency: m?.agency ?? null,
      year: c.year,
      level: m?.level ?? null,
      province: m?.province ?? null,
      template: m?.template ?? null,
      rule: c.rule,
      outcome: c.outcome,
      expected: c.expected,
      found: c.found,
      cells: c.cells.join(" "),
      message: `${c.message} (${c.previous_year} → ${c.year})`,
    };
  });
}

/** Run the corpus-level steps on the records of one run. Pure. */
export function corpusSteps(
  records: readonly ReportRecord[],
  analyses: ReadonlyMap<string, SlimAnalysis>,
  { duplicateThreshold = 0.9 }: CorpusOptions = {},
): CorpusResult {
  const docs = similarityDocs(records, analyses);
  const diagnostics: Diagnostic[] = [];
  let reuse: ReuseResult | null = null;
  let near: (readonly [string, string])[] = [];
  if (docs.length > 0) {
    const nd = findNearDuplicates(docs, { threshold: 0.5 });
    near = nd.pairs
      .filter((p) => Math.max(p.containmentAB, p.containmentBA) >= duplicateThreshold)
      .map((p) => [p.a, p.b] as const);
    reuse = findReuse(docs);
    diagnostics.push(...nd.diagnostics, ...reuse.diagnostics);
  }
  const shares = new Map(reuse?.shares.map((s) => [s.id, s]) ?? []);
  // specificity against the whole corpus: rare wording is rare across reports, not within one
  const score = specificityScorer(records.flatMap((r) => r.items.map((i) => i.text)));
  const scored = records.map((r) => ({
    ...r,
    items: r.items.map((i) => ({ ...i, specificity: score(i.text).score })),
    reuse: reuseOf(shares.get(r.id)),
  }));
  const files: [string, string][] = reuse === null ? [] : reuseFiles(reuse, docs);
  return {
    records: scored,
    nearDuplicates: near,
    crossYearRows: crossYearRows(records),
    reuseFiles: files,
    reuse,
    diagnostics,
  };
}
