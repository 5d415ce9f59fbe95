/** The part of a ReportAnalysis that crosses threads and goes into the cache (no decoded source, no offset map). */
import type { Narrative } from "../narrative/index.js";
import type { IngestedDoc, ParsedReport, Sections } from "../types.js";
import type { ReportAnalysis } from "./report.js";

export interface SlimAnalysis {
  readonly report: ParsedReport;
  readonly doc: Pick<IngestedDoc, "source" | "sha256" | "bytes" | "format" | "text" | "title">;
  readonly sections: Sections;
  readonly narrative: Narrative;
}

/** Drop what the corpus-level steps do not need (the decoded source and its offset map). */
export function slimAnalysis(a: ReportAnalysis): SlimAnalysis {
  const { source, sha256, bytes, format, text, title } = a.doc;
  return {
    report: a.report,
    doc: { source, sha256, bytes, format, text, title },
    sections: a.sections,
    narrative: a.narrative,
  };
}
