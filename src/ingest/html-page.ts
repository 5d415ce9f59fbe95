/** The page around the report: the body window of a CMS page, its title, attachment links and a publication date in its meta tags. */

import { type DomNode, findFirst, textOf, walkDom } from "./html-dom.js";
import type { Walker } from "./html-walker.js";
import type { Edit, MappedText } from "./mapped-text.js";
import { parseDate } from "./passes/context.js";

/** `prefix[i]` = number of Han characters (BMP) in `text.slice(0, i)`. */
export function hanPrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) n++;
    prefix[i + 1] = n;
  }
  return prefix;
}

/**
 * The report body: descend from `<body>` while one child holds at least `BODY_SHARE` of
 * the Han characters (a high share, so that report text split over sibling blocks is kept); keep from the nearest report-title line before it (if any) to its end.
 * Returns deletions of the text outside that window.
 */
export function bodyWindow(dom: DomNode, walker: Walker, base: MappedText, han: Int32Array): Edit[] {
  const text = base.text;
  const total = han[text.length] ?? 0;
  if (total < 200) return [];
  let node = findBody(dom);
  for (;;) {
    const next = (node.children ?? []).find((c) => {
      const e = walker.extent.get(c);
      return e !== undefined && (han[e[1]] ?? 0) - (han[e[0]] ?? 0) >= total * BODY_SHARE;
    });
    if (next === undefined || walker.tables.some((t) => inside(walker.extent.get(next), t.range))) break;
    node = next;
  }
  const extent = walker.extent.get(node);
  if (extent === undefined) return [];
  const start = titleLineBefore(text, extent[0]);
  const edits: Edit[] = [];
  if (start > 0) edits.push({ start: 0, end: start, insert: "", reason: "html outside report body" });
  if (extent[1] < text.length)
    edits.push({ start: extent[1], end: text.length, insert: "", reason: "html outside report body" });
  return edits;
}

export function inside(e: [number, number] | undefined, range: readonly [number, number]): boolean {
  return e !== undefined && e[0] >= range[0] && e[1] <= range[1] && e[1] - e[0] < range[1] - range[0];
}

export function findBody(node: DomNode): DomNode {
  if (node.name === "body") return node;
  let body: DomNode = node;
  walkDom(node, (c) => {
    if (c.type !== "tag" && c.type !== "root") return "skip";
    if (c.name !== "body") return undefined;
    body = c;
    return "stop";
  });
  return body;
}

export const BODY_SHARE = 0.75;
export const TITLE_LINE = /(?:报告|報告|年报|年報)/;

/** Start of the last short line before `at` (within 30 lines) naming a report; else `at`'s line start. */
export function titleLineBefore(text: string, at: number): number {
  let end = text.lastIndexOf("\n", at - 1);
  let best = at;
  for (let n = 0; n < 30 && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line.length > 0 && line.length <= 100 && TITLE_LINE.test(line)) {
      best = start;
      break;
    }
    end = start - 1;
  }
  return best;
}

export const ATTACHMENT = /\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar)(?:$|[?#])/i;

/** Hrefs of links to document files (the report as an attachment). */
export function attachmentLinks(dom: DomNode): string[] {
  const out: string[] = [];
  walkDom(dom, (c) => {
    const href = c.name === "a" ? c.attribs?.href : undefined;
    if (href !== undefined && ATTACHMENT.test(href)) out.push(href);
    return undefined;
  });
  return out;
}

/** Text of `<title>`, entities decoded, whitespace collapsed. */
export function pageTitle(dom: DomNode, html: string): string | null {
  const t = findFirst(dom, "title");
  if (t === null || t.startIndex === null || t.endIndex === null) return null;
  const inner = textOf(t)
    .replace(/&nbsp;?/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  if (inner === "" || html.length === 0) return null;
  // "报告标题_站点名" / "站点名 - 报告标题": keep the part that names the report.
  const parts = inner.split(/\s*(?:[_|｜]|\s[-－—]\s|--)\s*/).filter((p) => p !== "");
  return parts.find((p) => TITLE_LINE.test(p)) ?? inner;
}

/** A publication date in `<meta name="PubDate|publishdate|…" content="…">`. */
export function metaDate(dom: DomNode): string | null {
  const metas: DomNode[] = [];
  walkDom(dom, (c) => {
    if (c.name !== "meta") return undefined;
    metas.push(c);
    return "skip";
  });
  for (const m of metas) {
    const name = (m.attribs?.name ?? m.attribs?.property ?? "").toLowerCase();
    if (/pubdate|publishdate|firstpublishedtime|article:published_time|publish_time/.test(name)) {
      const d = parseDate(m.attribs?.content ?? "");
      if (d !== null) return d;
    }
  }
  return null;
}
