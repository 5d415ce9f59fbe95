/**
 * HTML extraction: the page's text in reading order with exact offsets into the markup,
 * block elements as line breaks, data tables rendered one row per line with cells
 * tab-separated (rowspan/colspan positions as empty cells), and the report body found in
 * a CMS page (the text outside it is marked for removal, so it is kept as removed).
 */
import { parseDocument } from "htmlparser2";
import type { Diagnostic, Removal } from "../types.js";
import { type Edit, MappedBuilder, type MappedText } from "./mapped-text.js";
import { parseDate } from "./passes/context.js";

/** Minimal structural view of htmlparser2's DOM nodes. */
interface DomNode {
  readonly type: string;
  readonly startIndex: number | null;
  readonly endIndex: number | null;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly DomNode[];
}

/** A table cell's extent in the extracted text, before normalisation. */
export interface RawGridCell {
  /** `[start, end)` in the extracted text; null for a position covered by a span. */
  readonly range: readonly [number, number] | null;
  readonly merged: boolean;
}

/** A table as extracted: its range in the extracted text and its grid. */
export interface RawGridTable {
  readonly range: readonly [number, number];
  readonly rows: ReadonlyArray<ReadonlyArray<RawGridCell>>;
}

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

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "head",
  "iframe",
  "svg",
  "canvas",
  "template",
  "select",
  "button",
  "input",
  "textarea",
  "object",
  "embed",
  "link",
  "meta",
  "map",
  "audio",
  "video",
]);
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "tr",
  "table",
  "section",
  "article",
  "blockquote",
  "pre",
  "hr",
  "center",
  "form",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "address",
  "figure",
  "figcaption",
  "tbody",
  "thead",
  "tfoot",
  "caption",
  "td",
  "th",
  "title",
  "body",
  "html",
  "fieldset",
]);
const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

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

/** What `walkDom`'s visitor tells it: `"skip"` the node's children, `"stop"` the walk. */
type WalkStep = "skip" | "stop" | undefined;

/**
 * Visit the descendants of `root` in document order (pre-order), with their depth below it
 * (children are depth 0). Iterative: a page nested thousands of elements deep cannot
 * overflow the call stack.
 */
function walkDom(root: DomNode, visit: (node: DomNode, depth: number) => WalkStep): void {
  const stack: Array<{ readonly node: DomNode; readonly depth: number }> = [];
  const pushChildren = (n: DomNode, depth: number): void => {
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as DomNode, depth });
  };
  pushChildren(root, 0);
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const step = visit(top.node, top.depth);
    if (step === "stop") return;
    if (step !== "skip") pushChildren(top.node, top.depth + 1);
  }
}

/** A pending step of the renderer: enter a node, or close an element entered before. */
type Frame =
  | { readonly kind: "enter"; readonly node: DomNode; readonly pre: boolean }
  | { readonly kind: "exit"; readonly node: DomNode; readonly start: number; readonly isBlock: boolean };

/** Depth-first renderer of the DOM into a `MappedBuilder` (iterative: no depth limit). */
class Walker {
  readonly out = new MappedBuilder();
  readonly tables: RawGridTable[] = [];
  /** Extracted-text start and end of each element visited. */
  readonly extent = new Map<DomNode, [number, number]>();
  /** Hidden elements with text (spam mirrors hide junk this way), kept as removals. */
  readonly hidden: Removal[] = [];
  constructor(private readonly html: string) {}

  /** Render `root` and everything under it. */
  block(root: DomNode): void {
    const stack: Frame[] = [{ kind: "enter", node: root, pre: false }];
    for (let f = stack.pop(); f !== undefined; f = stack.pop()) {
      if (f.kind === "exit") {
        if (f.isBlock) this.newline(f.node.endIndex ?? f.node.startIndex ?? 0);
        this.extent.set(f.node, [f.start, this.out.size]);
      } else this.enter(f.node, f.pre, stack);
    }
  }

  /** Render a leaf, or open an element: its exit and then its children go on `stack`. */
  private enter(node: DomNode, pre: boolean, stack: Frame[]): void {
    const start = this.out.size;
    if (node.type === "text") this.text(node, pre);
    else if (isElementLike(node) && this.isHidden(node)) this.recordHidden(node);
    else if (isElementLike(node) && !this.skipped(node)) {
      const name = node.name ?? "";
      if (name === "table" && isDataTable(node)) this.table(node);
      else {
        const isBlock = BLOCK.has(name);
        if (isBlock) this.newline(node.startIndex ?? 0);
        stack.push({ kind: "exit", node, start, isBlock });
        const kids = node.children ?? [];
        const inPre = pre || name === "pre";
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ kind: "enter", node: kids[i] as DomNode, pre: inPre });
        return;
      }
    }
    this.extent.set(node, [start, this.out.size]);
  }

  private skipped(node: DomNode): boolean {
    return SKIP.has(node.name ?? "") || this.isHidden(node);
  }

  private isHidden(node: DomNode): boolean {
    const a = node.attribs;
    return a !== undefined && ("hidden" in a || HIDDEN.test(a.style ?? ""));
  }

  private recordHidden(node: DomNode): void {
    const start = node.startIndex ?? 0;
    const end = (node.endIndex ?? start) + 1;
    if (textOf(node).trim() === "") return;
    this.hidden.push({
      at: this.out.size,
      source: { start, end },
      text: this.html.slice(start, end),
      reason: "html hidden element",
    });
  }

  /** Push a text node, whitespace runs collapsed to one space (kept in `<pre>`). */
  text(node: DomNode, pre: boolean, inline = false): void {
    const data = node.data ?? "";
    const at = node.startIndex ?? 0;
    if (pre && !inline) {
      this.out.push(data, at);
      return;
    }
    const re = /\s+/g;
    let pos = 0;
    for (let m = re.exec(data); m !== null; m = re.exec(data)) {
      this.out.push(data.slice(pos, m.index), at + pos);
      const last = this.out.lastChar();
      if (last !== "" && last !== "\n" && last !== " " && last !== "\t") this.out.push(" ", at + m.index, false);
      pos = m.index + m[0].length;
    }
    this.out.push(data.slice(pos), at + pos);
  }

  newline(at: number): void {
    const last = this.out.lastChar();
    if (last !== "" && last !== "\n") this.out.push("\n", at, false);
  }

  /** Render a data table: one line per grid row, cells tab-separated. */
  table(node: DomNode): void {
    this.newline(node.startIndex ?? 0);
    const start = this.out.size;
    const grid = buildGrid(node);
    const rows: RawGridCell[][] = [];
    for (const gridRow of grid) {
      const row: RawGridCell[] = [];
      // Separators map past the markup of the cell before them, never onto its text.
      let after = node.startIndex ?? 0;
      gridRow.forEach((slot, c) => {
        if (c > 0) this.out.push("\t", after, false);
        if (slot === null || slot.covered) {
          row.push({ range: null, merged: slot !== null });
          return;
        }
        const s = this.out.size;
        this.inline(slot.cell);
        row.push({ range: [s, this.out.size], merged: false });
        after = Math.max(after, (slot.cell.endIndex ?? after) + 1);
      });
      rows.push(row);
      this.out.push("\n", after, false);
    }
    this.tables.push({ range: [start, this.out.size], rows });
  }

  /** A cell's text on one line: blocks inside become single spaces. */
  private inline(node: DomNode): void {
    walkDom(node, (child) => {
      if (child.type === "text") this.text(child, false, true);
      else if (isElementLike(child) && !this.skipped(child)) {
        const gap = BLOCK.has(child.name ?? "");
        const last = this.out.lastChar();
        if (gap && last !== "" && last !== " " && last !== "\t") this.out.push(" ", child.startIndex ?? 0, false);
        return undefined;
      }
      return "skip";
    });
  }
}

function isElementLike(node: DomNode): boolean {
  return node.type === "tag" || node.type === "root" || node.type === "script" || node.type === "style";
}

/** A layout table (nested tables, long prose in a cell) is rendered as blocks, not as a grid. */
function isDataTable(table: DomNode): boolean {
  let data = true;
  walkDom(table, (c, depth) => {
    if (c.name === "table" && depth > 0) data = false;
    if ((c.name === "td" || c.name === "th") && textLongerThan(c, 600)) data = false;
    return data ? undefined : "stop";
  });
  return data;
}

/** Whether the text under `node` is longer than `limit` characters (stops counting there). */
function textLongerThan(node: DomNode, limit: number): boolean {
  let n = 0;
  walkDom({ type: "root", startIndex: null, endIndex: null, children: [node] }, (c) => {
    if (c.type === "text") n += (c.data ?? "").length;
    return n > limit ? "stop" : undefined;
  });
  return n > limit;
}

interface Slot {
  readonly cell: DomNode;
  readonly covered: boolean;
}

/** Rows of the table (not of nested tables), rowspan/colspan expanded. */
function buildGrid(table: DomNode): Array<Array<Slot | null>> {
  const trs: DomNode[] = [];
  const collect = (n: DomNode): void => {
    for (const c of n.children ?? []) {
      if (c.name === "tr") trs.push(c);
      else if (c.name === "thead" || c.name === "tbody" || c.name === "tfoot") collect(c);
    }
  };
  collect(table);
  const grid: Array<Array<Slot | null>> = [];
  trs.forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let c = 0;
    for (const cell of tr.children ?? []) {
      if (cell.name !== "td" && cell.name !== "th") continue;
      while (row[c] !== undefined && row[c] !== null) c++;
      const rs = spanOf(cell.attribs?.rowspan, 1000 - r);
      const cs = spanOf(cell.attribs?.colspan, 200);
      for (let dr = 0; dr < rs && r + dr < trs.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) target[c + dc] = { cell, covered: dr > 0 || dc > 0 };
      }
      c += cs;
    }
  });
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
}

function spanOf(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, Math.max(1, max)) : 1;
}

function textOf(node: DomNode): string {
  if (node.type === "text") return node.data ?? "";
  const parts: string[] = [];
  walkDom(node, (c) => {
    if (c.type === "text") parts.push(c.data ?? "");
    return undefined;
  });
  return parts.join("");
}

/** `prefix[i]` = number of Han characters (BMP) in `text.slice(0, i)`. */
function hanPrefix(text: string): Int32Array {
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
function bodyWindow(dom: DomNode, walker: Walker, base: MappedText, han: Int32Array): Edit[] {
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

function inside(e: [number, number] | undefined, range: readonly [number, number]): boolean {
  return e !== undefined && e[0] >= range[0] && e[1] <= range[1] && e[1] - e[0] < range[1] - range[0];
}

function findBody(node: DomNode): DomNode {
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

const BODY_SHARE = 0.75;
const TITLE_LINE = /(?:报告|報告|年报|年報)/;

/** Start of the last short line before `at` (within 30 lines) naming a report; else `at`'s line start. */
function titleLineBefore(text: string, at: number): number {
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

const ATTACHMENT = /\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar)(?:$|[?#])/i;

/** Hrefs of links to document files (the report as an attachment). */
function attachmentLinks(dom: DomNode): string[] {
  const out: string[] = [];
  walkDom(dom, (c) => {
    const href = c.name === "a" ? c.attribs?.href : undefined;
    if (href !== undefined && ATTACHMENT.test(href)) out.push(href);
    return undefined;
  });
  return out;
}

/** Text of `<title>`, entities decoded, whitespace collapsed. */
function pageTitle(dom: DomNode, html: string): string | null {
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
function metaDate(dom: DomNode): string | null {
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

function findFirst(node: DomNode, name: string): DomNode | null {
  let found: DomNode | null = null;
  walkDom(node, (c) => {
    if (c.name !== name) return undefined;
    found = c;
    return "stop";
  });
  return found;
}
