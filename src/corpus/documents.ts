/** The similarity documents of a corpus held in memory: the records that have text, with their sections. */
import type { ReportRecord } from "../frames/index.js";
import type { SlimAnalysis } from "../pipeline/index.js";
import type { SimilarityDoc } from "../similarity/index.js";

/** The similarity stage's documents for the records that have text (id, agency, year, text, sections). */
export function similarityDocs(
  records: readonly ReportRecord[],
  analyses: ReadonlyMap<string, SlimAnalysis>,
): SimilarityDoc[] {
  const docs: SimilarityDoc[] = [];
  for (const r of records) {
    const a = analyses.get(r.id);
    if (a === undefined || !hasText(a)) continue;
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

/** Whether an analysis has text to compare. */
export function hasText(a: SlimAnalysis): boolean {
  return a.doc.text.trim() !== "";
}
