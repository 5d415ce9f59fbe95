/**
 * Lines of a text range and the page-number line, shared by the readers of PDF text (ingest's
 * line geometry, the narrative's unwrapping, the stacked table headers).
 */

/** A line of the text: `text.slice(start, end)`, without its newline. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** The lines of `text[from, to)`, split at "\n". */
export function lineSpans(text: string, from = 0, to = text.length): LineSpan[] {
  const out: LineSpan[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/** A line that is only a page number: 3, - 3 -, 第3页, 3/12, 第3页共12页. */
export const PAGE_NUMBER_LINE =
  /^[\s\-—–_·.]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–_·.]*$/u;
