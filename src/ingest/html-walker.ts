/** The renderer of an HTML DOM into offset-keeping text: blocks as line breaks, data tables as tab-separated rows. */
import type { Removal } from "../types.js";
import { type DomNode, isElementLike, textOf, walkDom } from "./html-dom.js";
import { buildGrid, isDataTable, type RawGridCell, type RawGridTable } from "./html-tables.js";
import { MappedBuilder } from "./mapped-text.js";

export const SKIP = new Set([
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
export const BLOCK = new Set([
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
export const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** A pending step of the renderer: enter a node, or close an element entered before. */
export type Frame =
  | { readonly kind: "enter"; readonly node: DomNode; readonly pre: boolean }
  | { readonly kind: "exit"; readonly node: DomNode; readonly start: number; readonly isBlock: boolean };

/** Depth-first renderer of the DOM into a `MappedBuilder` (iterative: no depth limit). */
export class Walker {
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
