/** Map a span of the normalised text to its `Origin` in the decoded file text. */
import type { IngestedDoc, Origin, Span } from "../types.js";

/** What mapping needs of a document. */
export type OriginMap = Pick<IngestedDoc, "origin" | "decoded" | "pageStarts">;

/**
 * The decoded-text place of `span` of the normalised text: from the source of its first
 * character to just past the source of its last (a surrogate pair whole), with the page
 * of its start for a paged format. Null for no span.
 */
export function originOf(doc: OriginMap, span: Span | null): Origin | null {
  if (span === null) return null;
  const { origin, decoded } = doc;
  const start = origin[span.start] ?? decoded.length;
  let end = start;
  if (span.end > span.start) {
    const last = origin[span.end - 1] ?? start;
    const code = decoded.charCodeAt(last);
    end = Math.min(decoded.length, last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1));
  }
  const page = pageOf(doc.pageStarts, start);
  return page === null ? { start, end: Math.max(start, end) } : { start, end: Math.max(start, end), page };
}

/** The 1-based page holding decoded offset `char`, or null for a format without pages. */
export function pageOf(starts: readonly number[], char: number): number | null {
  if (starts.length === 0) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= char) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
