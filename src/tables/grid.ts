/**
 * Rows of a structured table (`GridTable` from HTML/DOCX ingest): the value cells of each
 * grid row by position, with empty cells as blanks — exact where the text alone is not.
 */
import type { GridTable } from "../types.js";
import { asciiDigits, tokenizeValues, unreadableToken, type ValueToken } from "./values.js";

/** The value cells of one grid row, and where its label cell is. */
export interface GridRow {
  readonly label: { start: number; end: number };
  readonly tokens: ValueToken[];
}

const VALUE_LIKE = /^\s*(?:[-−+]?[0-9]|[—\-/／\\]+\s*$|无\s*$|空\s*$)/u;
const NUMBERED_LABEL = /^\s*[0-9]+\s*[.．、]\s*\D/u;

function valueLike(text: string): boolean {
  const t = asciiDigits(text);
  return t.trim() === "" || (VALUE_LIKE.test(t) && !NUMBERED_LABEL.test(t));
}

function blank(at: number): ValueToken {
  return { kind: "blank", raw: "", start: at, end: at, value: null, digits: "", decimal: "", signed: false };
}

/** Value tokens of a grid row, or null when a value cell does not read as exactly one value. */
function rowTokens(text: string, cells: GridTable["rows"][number], from: number, at: number): ValueToken[] | null {
  const out: ValueToken[] = [];
  let pos = at;
  for (let k = from; k < cells.length; k++) {
    const cell = cells[k]!;
    if (cell.merged) continue;
    if (!cell.span || cell.text.trim() === "") {
      out.push(blank(pos));
      continue;
    }
    const toks = tokenizeValues(text, cell.span.start, cell.span.end);
    if (toks.length > 1) return null;
    out.push(toks[0] ?? unreadableToken(cell.text.trim(), cell.span.start));
    pos = cell.span.end;
  }
  return out;
}

/** Every grid row that has a label cell, with its value tokens (rows whose cells do not read are left out). */
export function gridRows(text: string, grids: readonly GridTable[], region: { start: number; end: number }): GridRow[] {
  const out: GridRow[] = [];
  for (const grid of grids) {
    if (grid.span.end <= region.start || grid.span.start >= region.end) continue;
    for (const cells of grid.rows) {
      let label = -1;
      cells.forEach((cell, k) => {
        if (!cell.merged && cell.span && !valueLike(cell.text)) label = k;
      });
      const labelCell = cells[label];
      if (!labelCell?.span) continue;
      const tokens = rowTokens(text, cells, label + 1, labelCell.span.end);
      if (tokens) out.push({ label: labelCell.span, tokens });
    }
  }
  return out;
}

/**
 * The value row of a label-less table (table 4): the last grid row inside the region whose
 * cells all read as values, when it has exactly `n` unmerged cells.
 */
export function gridValueRow(
  text: string,
  grids: readonly GridTable[],
  region: { start: number; end: number },
  n: number,
): ValueToken[] | null {
  for (const grid of grids) {
    if (grid.span.end <= region.start || grid.span.start >= region.end) continue;
    for (let r = grid.rows.length - 1; r >= 0; r--) {
      const cells = grid.rows[r]!;
      const open = cells.filter((c) => !c.merged);
      if (open.length !== n || !open.every((c) => valueLike(c.text))) continue;
      if (open.every((c) => c.text.trim() === "")) continue;
      const at = open.find((c) => c.span)?.span?.start ?? grid.span.start;
      return rowTokens(text, cells, 0, at);
    }
  }
  return null;
}

/**
 * Positional reading of one tab- or pipe-separated line that holds exactly `n` cells
 * (Markdown's outer pipes ignored): empty cells are blanks. Null when no line fits.
 */
export function lineCells(text: string, from: number, to: number, n: number): ValueToken[] | null {
  let start = from;
  while (start < to) {
    let end = text.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    const line = text.slice(start, end);
    if (/[\t|]/u.test(line) && /\d/u.test(line)) {
      const inner = line.replace(/^\s*\|/u, "").replace(/\|\s*$/u, "");
      const offset = start + line.indexOf(inner);
      const parts = inner.split(/[\t|]/u);
      if (parts.length === n && parts.every((p) => valueLike(p))) {
        const out: ValueToken[] = [];
        let at = offset;
        for (const p of parts) {
          const toks = tokenizeValues(text, at, at + p.length);
          if (toks.length > 1) return null;
          out.push(toks[0] ?? blank(at));
          at += p.length + 1;
        }
        return out;
      }
    }
    start = end + 1;
  }
  return null;
}

/**
 * Positional reading of the cells after a row label on its own tab- or pipe-separated line
 * (`label\t\t1\t\t\t\t\t1`): the tokens when the line after the label holds exactly `n`
 * cells and the row's values are all on it (an empty cell is a blank, the first included);
 * `mismatch` when the values are on the line but the cell count differs (a spacer column or a
 * lost cell: the caller then trusts no row of the table positionally); `off` otherwise.
 */
export function labelLineCells(
  text: string,
  labelEnd: number,
  regionEnd: number,
  n: number,
): ValueToken[] | "mismatch" | "off" {
  let lineEnd = text.indexOf("\n", labelEnd);
  if (lineEnd < 0 || lineEnd > regionEnd) lineEnd = regionEnd;
  // below the line only label text may follow (the next row's numbering), no value
  if (/[0-9０-９]|(^|\s)[—\-/／无](\s|$)/u.test(text.slice(lineEnd, regionEnd))) return "off";
  const line = text.slice(labelEnd, lineEnd);
  // the rest of the label cell (a parenthesis the label words stop before) holds no digit
  const lead = /^[^\t|｜\n0-9０-９]*[\t|｜]/u.exec(line);
  if (!lead) return "off";
  const inner = line.slice(lead[0].length).replace(/[ \t]*[|｜][ \t]*$/u, "");
  const parts = inner.split(/[\t|｜]/u);
  if (!parts.every((p) => valueLike(p))) return "off";
  if (parts.length !== n) return "mismatch";
  const out: ValueToken[] = [];
  let at = labelEnd + lead[0].length;
  for (const p of parts) {
    const toks = tokenizeValues(text, at, at + p.length);
    if (toks.length > 1) return "off";
    out.push(toks[0] ?? blank(at));
    at += p.length + 1;
  }
  return out;
}
