/** Data tables of an HTML page: which tables are data (not layout), and their grids with rowspan/colspan expanded. */
import { type DomNode, walkDom } from "./html-dom.js";

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

/** A layout table (nested tables, long prose in a cell) is rendered as blocks, not as a grid. */
export function isDataTable(table: DomNode): boolean {
  let data = true;
  walkDom(table, (c, depth) => {
    if (c.name === "table" && depth > 0) data = false;
    if ((c.name === "td" || c.name === "th") && textLongerThan(c, 600)) data = false;
    return data ? undefined : "stop";
  });
  return data;
}

/** Whether the text under `node` is longer than `limit` characters (stops counting there). */
export function textLongerThan(node: DomNode, limit: number): boolean {
  let n = 0;
  walkDom({ type: "root", startIndex: null, endIndex: null, children: [node] }, (c) => {
    if (c.type === "text") n += (c.data ?? "").length;
    return n > limit ? "stop" : undefined;
  });
  return n > limit;
}

export interface Slot {
  readonly cell: DomNode;
  readonly covered: boolean;
}

/** Rows of the table (not of nested tables), rowspan/colspan expanded. */
export function buildGrid(table: DomNode): Array<Array<Slot | null>> {
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

export function spanOf(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, Math.max(1, max)) : 1;
}
