/**
 * Stage `ingest`: files of any scrape (txt, md, html, docx, doc, wps, pdf; UTF-8, GBK,
 * UTF-16; simplified or traditional) → one normalised `IngestedDoc` whose every character
 * maps back to the source. Normalisation is a chain of numbered passes (`passes/`).
 */

export { type Decoded as DecodedBytes, decodeBytes as decodeReportBytes } from "./decode.js";
export { ingestBuffer, ingestFile } from "./file.js";
export { type InputEntry, listInputs } from "./list-inputs.js";
export {
  applyEdits as applyIngestEdits,
  type Edit as IngestEdit,
  type MappedText as IngestMappedText,
  mappedFromText,
} from "./mapped-text.js";
export { INGEST_PASSES } from "./normalize.js";
export type { IngestOptions } from "./options.js";
export { type OriginMap, originOf } from "./origin.js";
export type {
  Pass as IngestPass,
  PassContext as IngestPassContext,
  PassNotes as IngestPassNotes,
} from "./passes/context.js";
export { layoutPdf as layoutPdfPages, type PdfLine } from "./pdf.js";
export { sourcePosition } from "./source-position.js";
export { ingestText } from "./text.js";
