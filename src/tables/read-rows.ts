/**
 * Reading the rows of a table: its labels in printed order, the value tokens between one
 * label and the next (by position on a regular tab/pipe line, by the grid where the source
 * had one), the candidate readings of each row, and the row diagnostics (missing rows, short
 * rows, surplus, unplaced and stray values, unreadable cells).
 */
import type { Diagnostic } from "../types.js";
import { type GridRow, labelLineCells } from "./grid.js";
import { findLabels } from "./labels.js";
import type { LabelDef } from "./lexicon.js";
import { type RowReadings, rowReadings } from "./rows.js";
import type { SolveRow } from "./solve.js";
import { cutAtProse, tokenizeValues, type ValueToken } from "./values.js";

/** A span of the normalised text. */
export type Span2 = { start: number; end: number };

/** The rows a table is read into, and what reading them found. */
export interface RowsRead {
  readonly rows: SolveRow[];
  readonly diagnostics: Diagnostic[];
  readonly totalOnly: number;
  readonly flattened: boolean;
  /** Labels of printed rows that were found. */
  readonly found: number;
}

/** A row the template prints: its name, cell keys and label definition. */
export interface RowPlan {
  readonly row: string;
  readonly keys: readonly string[];
  readonly defIndex: number;
}

/** Read the rows of a table given its label definitions and the rows the template prints. */
export function readRows(
  masked: string,
  grid: readonly GridRow[],
  r: Span2,
  defs: readonly LabelDef[],
  plans: readonly RowPlan[],
  totalIndex: number | null,
): RowsRead {
  const labels = findLabels(masked, defs, r.start, r.end);
  const diagnostics: Diagnostic[] = [];
  const regions = new Map<number, Span2>();
  labels.forEach((l, k) => {
    const next = labels[k + 1];
    regions.set(l.index, { start: l.end, end: next ? next.start : cutAtProse(masked, l.end, r.end) });
  });
  const tokens = new Map<number, ValueToken[]>();
  for (const [index, span] of regions) tokens.set(index, tokenizeValues(masked, span.start, span.end));
  // A tab/pipe table whose every row line holds exactly its cells after the label kept every
  // cell: read it by position, so that an empty first cell is a blank. One row line with a
  // different count (a spacer column, a lost cell) and no row is read so.
  const positional = new Map<number, ValueToken[]>();
  let mismatch = false;
  for (const l of labels) {
    const n = plans.find((p) => p.defIndex === l.index)?.keys.length;
    const span = regions.get(l.index);
    if (n === undefined || !span) continue;
    const line = labelLineCells(masked, span.start, span.end, n);
    if (line === "mismatch") mismatch = true;
    else if (line !== "off") positional.set(l.index, line);
  }
  if (!mismatch && positional.size >= 2) for (const [index, line] of positional) tokens.set(index, line);
  for (const l of labels) {
    const g = grid.find((row) => row.label.start < l.end && row.label.end > l.start);
    const n = plans.find((p) => p.defIndex === l.index)?.keys.length;
    if (g && g.tokens.length === n) tokens.set(l.index, g.tokens);
  }
  for (const l of labels) {
    const stray = l.row === null ? (tokens.get(l.index) ?? []) : [];
    if (stray.length === 0) continue;
    const printed = stray.map((t) => t.raw).join(" ");
    diagnostics.push({
      code: "tables.stray_values",
      severity: "warning",
      message: `values after a group or header label hold no cell and are not used: ${printed}`,
      offset: stray[0]!.start,
    });
  }
  const flattened = isFlattened(masked, r, [...regions.values()]);
  let totalOnly = 0;
  const rows = plans.map((plan): SolveRow => {
    const span = regions.get(plan.defIndex);
    const n = plan.keys.length;
    if (!span) {
      diagnostics.push({
        code: "tables.row_missing",
        severity: "warning",
        message: `row ${plan.row}: expected its label, found none`,
        offset: r.start,
      });
      return { keys: plan.keys, tokens: [], readings: none(n), found: false, blank: false };
    }
    const toks = tokens.get(plan.defIndex) ?? [];
    for (const t of toks.filter((x) => x.kind === "unreadable")) {
      diagnostics.push({
        code: "tables.unreadable",
        severity: "warning",
        message: `row ${plan.row}: a cell reads «${t.raw}», expected a number or a blank marker`,
        offset: t.start,
      });
    }
    if (toks.length === 0) return { keys: plan.keys, tokens: toks, readings: none(n), found: true, blank: true };
    const single = toks.length === 1 && onCellLine(masked, toks[0]!.start, n);
    const readings = plausible(rowReadings(toks, n, flattened, single ? null : totalIndex), plan.keys);
    if (readings.totalOnly) totalOnly++;
    noteRow(diagnostics, plan.row, toks, n, readings.readings.length, readings.boundHit, readings.surplus);
    return { keys: plan.keys, tokens: toks, readings, found: true, blank: false };
  });
  return { rows, diagnostics, totalOnly, flattened, found: labels.filter((l) => l.row !== null).length };
}

/** True when the value at `at` sits on a line of at least `n` tab/pipe-separated cells (its column is printed). */
function onCellLine(text: string, at: number, n: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  return (text.slice(start, end).match(/[\t|｜]/gu)?.length ?? 0) >= n - 1;
}

/** Drop readings with a negative count (only `*.change` may be negative), unless none is left. */
function plausible(readings: RowReadings, keys: readonly string[]): RowReadings {
  const ok = readings.readings.filter((r) =>
    r.values.every((v, i) => v === null || v >= 0 || keys[i]?.endsWith(".change")),
  );
  return ok.length > 0 && ok.length < readings.readings.length ? { ...readings, readings: ok } : readings;
}

/** The one reading of a row with no value placed: every cell missing. */
export function none(n: number): RowReadings {
  const values = new Array<number | null>(n).fill(null);
  const sources = values.map(() => ({ kind: "missing" as const }));
  return { readings: [{ values, sources }], totalOnly: false, boundHit: false, surplus: 0 };
}

/** The diagnostic of a row whose values do not fill its cells one by one (if any). */
export function noteRow(
  out: Diagnostic[],
  row: string,
  toks: readonly ValueToken[],
  n: number,
  count: number,
  boundHit: boolean,
  surplus: number,
): void {
  const at = toks[0]?.start;
  const printed = toks.map((t) => t.raw).join(" ");
  if (boundHit || count === 0) {
    out.push({
      code: "tables.unplaced_values",
      severity: "warning",
      message: `row ${row}: ${toks.length} value(s) printed for ${n} cells (${printed}); too many ways to place them, cells left empty`,
      ...(at !== undefined ? { offset: at } : {}),
    });
  } else if (surplus > 0) {
    out.push({
      code: "tables.surplus_values",
      severity: "warning",
      message: `row ${row}: expected ${n} values, found ${toks.length} (${printed})`,
      ...(at !== undefined ? { offset: at } : {}),
    });
  } else if (toks.length < n && count > 1) {
    out.push({
      code: "tables.short_row",
      severity: "info",
      message: `row ${row}: expected ${n} values, found ${toks.length} (${printed}); placed by the identities where they decide`,
      ...(at !== undefined ? { offset: at } : {}),
    });
  }
}

/** A table is flattened when its text has no line, tab or pipe breaks, or values touch their labels. */
function isFlattened(masked: string, r: Span2, regions: readonly Span2[]): boolean {
  const withValues = regions.filter((s) => /\d/u.test(masked.slice(s.start, s.end)));
  if (withValues.length === 0) return false;
  if (!/[\n\t|]/u.test(masked.slice(r.start, r.end))) return true;
  const touching = withValues.filter((s) => /^[0-9０-９]/u.test(masked.slice(s.start, s.start + 1))).length;
  return touching * 3 >= withValues.length && touching >= 2;
}
