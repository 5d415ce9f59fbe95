/** Build an `IngestedDoc` from an extraction: normalise, then map table cells to the final text. */
import type { Diagnostic, GridCell, GridTable, IngestedDoc, InputFormat, Span } from "../types.js";
import type { RawGridTable } from "./html.js";
import { type Edit, lowerBound, type MappedText } from "./mapped-text.js";
import { normalizeExtracted } from "./normalize.js";

/** Facts about the file, independent of its text. */
export interface FileFacts {
  readonly source: string;
  readonly sha256: string | null;
  readonly bytes: number;
  readonly encoding: string | null;
  readonly bomBytes: number;
}

/** What a format extractor produced. */
export interface Extraction {
  readonly decoded: string;
  readonly base: MappedText;
  readonly tables?: readonly RawGridTable[];
  readonly layoutEdits?: readonly Edit[];
  readonly pageStarts?: readonly number[];
  readonly title?: string | null;
  readonly publishedHint?: string | null;
  readonly diagnostics?: readonly Diagnostic[];
}

/** Normalise an extraction into the document. */
export function assembleDoc(
  ex: Extraction,
  format: InputFormat,
  facts: FileFacts,
  extra: readonly Diagnostic[] = [],
): IngestedDoc {
  const r = normalizeExtracted({ ...ex, format });
  // A table whose text normalisation removed entirely (navigation outside the body) is gone.
  const tables = (ex.tables ?? [])
    .map((t) => mapTable(t, ex.base, r.origin, r.text))
    .filter((t) => t.span.end > t.span.start);
  return {
    ...facts,
    format,
    script: r.script,
    text: r.text,
    decoded: ex.decoded,
    origin: r.origin,
    pageStarts: ex.pageStarts ?? [],
    removed: r.removed,
    tables,
    title: r.title,
    publishedHint: r.publishedHint,
    diagnostics: [...extra, ...(ex.diagnostics ?? []), ...r.diagnostics],
  };
}

/** A document with no text: the file could not be read or decoded. */
export function emptyDoc(format: InputFormat, facts: FileFacts, diagnostics: readonly Diagnostic[]): IngestedDoc {
  return {
    ...facts,
    format,
    script: "simplified",
    text: "",
    decoded: "",
    origin: new Int32Array(1),
    pageStarts: [],
    removed: [],
    tables: [],
    title: null,
    publishedHint: null,
    diagnostics,
  };
}

function mapTable(t: RawGridTable, base: MappedText, origin: Int32Array, text: string): GridTable {
  const rows = t.rows.map((row) =>
    row.map((cell): GridCell => {
      if (cell.range === null) return { text: "", span: null, merged: cell.merged };
      const span = mapRange(cell.range, base, origin);
      return { text: text.slice(span.start, span.end), span, merged: false };
    }),
  );
  return { span: mapRange(t.range, base, origin), rows };
}

/** Map `[s, e)` of the extracted text to the final text through the source offsets. */
function mapRange(range: readonly [number, number], base: MappedText, origin: Int32Array): Span {
  const [s, e] = range;
  const srcStart = base.origin[s] ?? 0;
  const srcEnd = e > s ? (base.origin[e - 1] ?? srcStart) + 1 : srcStart;
  const start = lowerBound(origin, srcStart);
  return { start, end: Math.max(start, lowerBound(origin, srcEnd)) };
}
