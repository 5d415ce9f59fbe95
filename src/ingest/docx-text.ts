/**
 * The text of a DOCX as `xxgk text` prints it, built from mammoth's HTML: paragraphs and
 * table cells in document order, a newline after each paragraph and table row, a tab
 * between the cells of a row, the paragraphs of one cell joined by a newline (as
 * python-docx's `cell.text`), a line break (`<br>`) as a newline. Along with it, a map
 * from every offset of the HTML to the offset of the character it became, so that an
 * extraction over the HTML can be re-pointed at this text (`repointExtraction`).
 *
 * Entities are decoded here by hand: mammoth escapes only `&amp; &lt; &gt; &quot;` (and
 * numeric references are legal HTML), so five cases are all there is to it.
 */
import { parseDocument } from "htmlparser2";
import type { Removal } from "../types.js";
import { type DomNode, walkDom } from "./html-dom.js";
import type { MappedText } from "./mapped-text.js";

/**
 * The document's text and `map[h]`: the text offset of the character HTML offset `h`
 * became, or for markup the offset just past the text before it (length `html.length + 1`,
 * non-decreasing).
 */
export interface DocxText {
  readonly text: string;
  readonly map: Int32Array;
}

const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);
const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Build the DOCX text of mammoth's HTML. */
export function docxText(html: string): DocxText {
  const dom = parseDocument(html, {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: false,
  }) as unknown as DomNode;
  const parts: string[] = [];
  const map = new Int32Array(html.length + 1).fill(-1);
  let size = 0;
  let open = 0;
  const last = (): string => parts[parts.length - 1]?.slice(-1) ?? "";
  const emit = (s: string): void => {
    if (s === "") return;
    parts.push(s);
    size += s.length;
  };
  const text = (node: DomNode): void => {
    const data = node.data ?? "";
    const at = node.startIndex ?? 0;
    let pos = 0;
    ENTITY.lastIndex = 0;
    for (let m = ENTITY.exec(data); m !== null; m = ENTITY.exec(data)) {
      for (let k = pos; k < m.index; k++) map[at + k] = size + k - pos;
      emit(data.slice(pos, m.index));
      for (let k = 0; k < m[0].length; k++) map[at + m.index + k] = size;
      emit(entityChar(m));
      pos = m.index + m[0].length;
    }
    for (let k = pos; k < data.length; k++) map[at + k] = size + k - pos;
    emit(data.slice(pos));
  };
  /** Render `root`'s children; inside a cell, paragraphs are joined rather than ended by a newline. */
  const render = (root: DomNode, inCell: boolean): void => {
    let paragraphs = 0;
    walkDom(root, (node) => {
      if (node.type === "text") text(node);
      else if (node.name === "br") emit("\n");
      else if (node.name === "table") {
        table(node);
        return "skip";
      } else if (PARAGRAPH.has(node.name ?? "")) {
        // a paragraph inside a paragraph (a nested list item) starts a line of its own
        if (inCell ? paragraphs++ > 0 : open > 0 && last() !== "\n") emit("\n");
        open++;
        render(node, inCell);
        open--;
        if (!inCell && last() !== "\n") emit("\n");
        return "skip";
      }
      return undefined;
    });
  };
  const table = (node: DomNode): void => {
    walkDom(node, (row) => {
      if (row.name === "table") return "skip";
      if (row.name !== "tr") return undefined;
      let cells = 0;
      for (const cell of row.children ?? []) {
        if (cell.name !== "td" && cell.name !== "th") continue;
        if (cells++ > 0) emit("\t");
        render(cell, true);
      }
      emit("\n");
      return "skip";
    });
  };
  render(dom, false);
  map[html.length] = size;
  // Markup maps to just past the text before it: where the separators of the DOCX text stand.
  let after = 0;
  for (let h = 0; h < html.length; h++) {
    const d = map[h] ?? -1;
    if (d < 0) map[h] = after;
    else after = d + 1;
  }
  return { text: parts.join(""), map };
}

function entityChar(m: RegExpExecArray): string {
  if (m[1] !== undefined) return String.fromCodePoint(Number(m[1]));
  if (m[2] !== undefined) return String.fromCodePoint(Number.parseInt(m[2], 16));
  return NAMED[m[3] ?? ""] ?? m[0];
}

/** An extraction's mapped text re-pointed from the HTML at the DOCX text. */
export function repointMapped(mt: MappedText, d: DocxText): MappedText {
  const origin = mt.origin.map((h) => d.map[h] ?? d.text.length);
  const removed = mt.removed.map((r): Removal => {
    const start = d.map[r.source.start] ?? 0;
    const end = Math.max(start, d.map[r.source.end] ?? start);
    return { ...r, source: { start, end }, text: d.text.slice(start, end) };
  });
  return { text: mt.text, origin, removed };
}
