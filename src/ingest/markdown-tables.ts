/**
 * Markdown (GFM) pipe tables — a header row, a `|---|---|` rule, then rows — rendered like
 * HTML tables: one line per row, cells tab-separated, the rule line removed, and the grid
 * returned. Only tables with a rule line count: pipe-terminated cell-per-line layouts
 * (seed 003) are left to the tables stage as printed.
 */
import type { RawGridCell, RawGridTable } from "./html.js";
import type { Edit } from "./mapped-text.js";

const RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;

/** Tables found and the edits that render them, in coordinates of `text`. */
export interface MarkdownTables {
  readonly tables: readonly RawGridTable[];
  readonly layoutEdits: readonly Edit[];
}

interface SrcLine {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** Find GFM tables in `text`. */
export function extractMarkdownTables(text: string): MarkdownTables {
  if (!text.includes("---") || !text.includes("|")) return { tables: [], layoutEdits: [] };
  const lines = splitLines(text);
  const tables: RawGridTable[] = [];
  const edits: Edit[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    const rule = lines[i + 1];
    if (head === undefined || rule === undefined) break;
    const ruleText = text.slice(rule.start, rule.end);
    if (!RULE.test(ruleText) || !ruleText.includes("|") || !text.slice(head.start, head.end).includes("|")) continue;
    const rows: SrcLine[] = [head];
    let j = i + 2;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l === undefined || !text.slice(l.start, l.end).includes("|")) break;
      rows.push(l);
    }
    const width = rows.reduce((w, r) => Math.max(w, pipeCells(text, r).length), 0);
    const grid = rows.map((r) => renderRow(text, r, width, edits));
    edits.push({ start: rule.start, end: rule.next, insert: "", reason: "markdown table rule" });
    const last = rows[rows.length - 1] ?? head;
    tables.push({ range: [head.start, last.end], rows: grid });
    i = j - 1;
  }
  return { tables, layoutEdits: edits.sort((a, b) => a.start - b.start) };
}

function splitLines(text: string): SrcLine[] {
  const out: SrcLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, next: nl === -1 ? end : nl + 1 });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** Cell segments `[a, b)` of a row, between unescaped pipes (outer pipes optional). */
function pipeCells(text: string, line: SrcLine): Array<[number, number]> {
  const pipes: number[] = [];
  for (let k = line.start; k < line.end; k++) if (text[k] === "|" && text[k - 1] !== "\\") pipes.push(k);
  const bounds = [line.start - 1, ...pipes, line.end];
  const cells: Array<[number, number]> = [];
  for (let k = 0; k + 1 < bounds.length; k++) cells.push([(bounds[k] ?? 0) + 1, bounds[k + 1] ?? 0]);
  const blank = (c: [number, number] | undefined): boolean => c !== undefined && text.slice(c[0], c[1]).trim() === "";
  if (blank(cells[0]) && pipes.length > 0) cells.shift();
  if (blank(cells[cells.length - 1]) && cells.length > 1 && pipes[pipes.length - 1] !== undefined) cells.pop();
  return cells;
}

/** Edits that turn a pipe row into a tab row; the row's grid cells. */
function renderRow(text: string, line: SrcLine, width: number, edits: Edit[]): RawGridCell[] {
  const cells = pipeCells(text, line);
  const row: RawGridCell[] = [];
  let pos = line.start;
  cells.forEach(([a, b], k) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const cs = raw.trim() === "" ? a : a + lead;
    const ce = raw.trim() === "" ? a : b - trail;
    // Everything from the previous cell's content end to this one's start becomes a tab.
    edits.push({ start: pos, end: cs, insert: k === 0 ? "" : "\t", reason: "markdown table pipe" });
    row.push({ range: [cs, ce], merged: false });
    pos = ce;
  });
  const pad = "\t".repeat(Math.max(0, width - cells.length));
  edits.push({ start: pos, end: line.end, insert: pad, reason: "markdown table pipe" });
  for (let k = cells.length; k < width; k++) row.push({ range: null, merged: false });
  return row;
}
