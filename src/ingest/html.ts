/**
 * HTML extraction: the page's text in reading order with exact offsets into the markup,
 * block elements as line breaks, data tables rendered one row per line with cells
 * tab-separated (rowspan/colspan positions as empty cells), and the report body found in
 * a CMS page (the text outside it is marked for removal, so it is kept as removed).
 */
import { parseDocument } from "htmlparser2";
import type { Diagnostic } from "../types.js";
import type { DomNode } from "./html-dom.js";
import { attachmentLinks, bodyWindow, hanPrefix, metaDate, pageTitle } from "./html-page.js";
import type { RawGridTable } from "./html-tables.js";

export type { RawGridCell, RawGridTable } from "./html-tables.js";

import { Walker } from "./html-walker.js";
import type { Edit, MappedText } from "./mapped-text.js";

/** Result of extracting an HTML page. */
export interface HtmlExtraction {
  readonly base: MappedText;
  readonly tables: readonly RawGridTable[];
  /** Deletions of the text outside the report body, in `base.text` coordinates. */
  readonly layoutEdits: readonly Edit[];
  readonly title: string | null;
  readonly publishedHint: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Extract the text, tables and body window of an HTML page. */
export function extractHtml(html: string, { findBody = true }: { findBody?: boolean } = {}): HtmlExtraction {
  const dom = parseDocument(html, {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: false,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  }) as unknown as DomNode;
  const walker = new Walker(html);
  walker.block(dom);
  const base = { ...walker.out.build(html.length), removed: walker.hidden };
  const diagnostics: Diagnostic[] = [];
  if (findBody && !/<\/html\s*>|<\/body\s*>/i.test(html.slice(-4096))) {
    diagnostics.push({
      code: "ingest.html_truncated",
      severity: "warning",
      message:
        "HTML page has no closing </body> or </html>; expected a complete page, found a possibly truncated one (read what is there)",
    });
  }
  const prefix = hanPrefix(base.text);
  const han = prefix[base.text.length] ?? 0;
  const files = attachmentLinks(dom);
  if (findBody && han < 100) {
    const links = files.length > 0 ? `; it links to ${files.slice(0, 5).join(", ")}` : "";
    diagnostics.push({
      code: "ingest.little_text",
      severity: "warning",
      message: `the page holds only ${han} Chinese characters; the report may be an attachment or loaded by script${links}`,
    });
  }
  return {
    base,
    tables: walker.tables,
    layoutEdits: findBody ? bodyWindow(dom, walker, base, prefix) : [],
    title: pageTitle(dom, html),
    publishedHint: metaDate(dom),
    diagnostics,
  };
}
