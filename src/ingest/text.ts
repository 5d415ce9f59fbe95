/** Ingest already-decoded text (txt/md scrapes). */
import type { IngestedDoc, InputFormat } from "../types.js";
import { assembleDoc, type Extraction, type FileFacts } from "./assemble.js";
import { mappedFromText } from "./mapped-text.js";
import { extractMarkdownTables } from "./markdown-tables.js";

/**
 * Normalise decoded text into an `IngestedDoc` (format `txt`, or `md` when told).
 * @example ingestText("政府信息公开工作年度报告\n").text // "政府信息公开工作年度报告\n"
 */
export function ingestText(text: string, options: { source?: string; format?: InputFormat } = {}): IngestedDoc {
  const facts: FileFacts = {
    source: options.source ?? "<text>",
    sha256: null,
    bytes: Buffer.byteLength(text, "utf8"),
    encoding: null,
    bomBytes: 0,
  };
  return docFromText(text, options.format ?? "txt", facts);
}

/** Build the document of a decoded text file. */
export function docFromText(
  decoded: string,
  format: InputFormat,
  facts: FileFacts,
  diagnostics: IngestedDoc["diagnostics"] = [],
): IngestedDoc {
  return assembleDoc(extractText(decoded), format, facts, diagnostics);
}

/** A text file's extraction: the text itself, with Markdown pipe tables rendered as tab rows. */
export function extractText(decoded: string): Extraction {
  const md = extractMarkdownTables(decoded);
  return { decoded, base: mappedFromText(decoded), tables: md.tables, layoutEdits: md.layoutEdits };
}
