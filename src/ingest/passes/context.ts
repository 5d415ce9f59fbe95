/** What every normalisation pass receives besides the text: the source and a place for notes. */
import type { Diagnostic, InputFormat } from "../../types.js";
import type { Edit, MappedText } from "../mapped-text.js";

/** Mutable collector for facts a pass sees on its way (title in chrome, publication date). */
export interface PassNotes {
  title: string | null;
  publishedHint: string | null;
  readonly diagnostics: Diagnostic[];
}

/** Read-only context of one document's normalisation. */
export interface PassContext {
  /** The decoded source string that origins index. */
  readonly decoded: string;
  readonly format: InputFormat;
  /**
   * Edits in `decoded` coordinates that the extractor decided (PDF page furniture to drop,
   * soft line wraps to join); applied first, by pass 00.
   */
  readonly layoutEdits: readonly Edit[];
  /** Page start offsets in `decoded` (PDF); empty otherwise. */
  readonly pageStarts: readonly number[];
  /** Convert traditional characters (set by the script detection before the chain runs). */
  readonly traditional: boolean;
  readonly notes: PassNotes;
}

/** A normalisation pass: pure with respect to the text, notes go to `ctx.notes`. */
export type Pass = (mt: MappedText, ctx: PassContext) => MappedText;

/** A line of the current text: `[start, end)` excludes the newline; `next` is after it. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** Split text into lines (by `\n`). */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, next: nl === -1 ? end : nl + 1 });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Parse a date printed as 2023-01-30, 2023/1/30, 2023.01.30 or 2023年1月30日 to `YYYY-MM-DD`. */
export function parseDate(s: string): string | null {
  const m = /((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (m === null) return null;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
