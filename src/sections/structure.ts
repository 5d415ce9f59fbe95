/** One call for the pipeline: sections, template and metadata of an ingested document. */
import type { Diagnostic, IngestedDoc, ReportMeta, Sections, Template } from "../types.js";
import { detectMeta } from "./meta.js";
import { segmentReport } from "./segment.js";

/** What `readReportStructure` returns: the stage's output for one document. */
export interface ReportStructure {
  readonly sections: Sections;
  readonly template: Template;
  readonly meta: ReportMeta;
  /** Segmentation diagnostics, then metadata diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Segment an ingested document and read its metadata: `segmentReport(doc.text)` then
 * `detectMeta` with the title and publication date ingest found outside the body.
 */
export function readReportStructure(
  doc: Pick<IngestedDoc, "text" | "title" | "publishedHint" | "source">,
): ReportStructure {
  const seg = segmentReport(doc.text);
  const { meta, diagnostics } = detectMeta(
    { text: doc.text, title: doc.title, publishedHint: doc.publishedHint, source: doc.source },
    seg.sections,
    seg.template,
  );
  return { sections: seg.sections, template: seg.template, meta, diagnostics: [...seg.diagnostics, ...diagnostics] };
}
