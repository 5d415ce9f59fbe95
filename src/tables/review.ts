/**
 * Table 4 (行政复议、行政诉讼): one row of values under a multi-line header, or the groups
 * printed as rows (行政复议 / 未经复议直接起诉 / 复议后起诉, five values each).
 */
import type { TableTemplate } from "../rules/index.js";
import { tableCellKeys } from "../rules/index.js";
import type { Diagnostic, ParsedTable } from "../types.js";
import { appendAll } from "../util/arrays.js";
import { type Context, finish } from "./finish.js";
import { gridValueRow, lineCells } from "./grid.js";
import { spacedWord } from "./labels.js";
import { REVIEW_HEADERS } from "./lexicon.js";
import { stackedWord } from "./stacked.js";
import { none, noteRow, type Span2 } from "./read-rows.js";
import { rowReadings } from "./rows.js";
import type { SolveRow } from "./solve.js";
import { cutAtProse, tokenizeValues, type ValueToken } from "./values.js";

/**
 * Table 4 printed with the groups as rows (行政复议 / 未经复议直接起诉 / 复议后起诉 under one
 * header 结果维持 … 总计): five values after each group label, or null when it is not so printed.
 */
function transposedReview(masked: string, r: Span2): ValueToken[] | null {
  const region = masked.slice(r.start, r.end);
  let headerEnd = -1;
  for (const m of region.matchAll(new RegExp(spacedWord("总计"), "gu"))) headerEnd = (m.index ?? 0) + m[0].length;
  if (headerEnd < 0) {
    const stacked = stackedWord(masked, "总计", r.start, r.end);
    if (!stacked) return null;
    headerEnd = stacked.end - r.start;
  }
  const find = (word: string, from: number) => {
    const re = new RegExp(spacedWord(word), "gu");
    re.lastIndex = from;
    const m = re.exec(region);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  };
  const g1 = find("行政复议", headerEnd);
  const g2 = g1 && find("直接起诉", g1.end);
  const g3 = g2 && find("复议后起诉", g2.end);
  if (!g1 || !g2 || !g3) return null;
  const end = cutAtProse(masked, r.start + g3.end, r.end, true);
  const spans: [number, number][] = [
    [g1.end, g2.start],
    [g2.end, g3.start],
    [g3.end, end - r.start],
  ];
  const out: ValueToken[] = [];
  for (const [a, b] of spans) {
    const toks = tokenizeValues(masked, r.start + a, r.start + b);
    if (toks.length !== 5) return null;
    appendAll(out, toks);
  }
  return out;
}

/** Read table 4 from its region. */
export function parseReview(ctx: Context, r: Span2, template: TableTemplate): ParsedTable {
  const transposed = transposedReview(ctx.masked, r);
  if (transposed) return reviewFrom(ctx, r, template, transposed, false);
  let valuesStart = r.start;
  for (const word of REVIEW_HEADERS) {
    for (const m of ctx.masked.slice(r.start, r.end).matchAll(new RegExp(spacedWord(word), "gu"))) {
      valuesStart = Math.max(valuesStart, r.start + (m.index ?? 0) + m[0].length);
    }
  }
  const keys = tableCellKeys("review", template);
  const valuesEnd = cutAtProse(ctx.masked, valuesStart, r.end, true);
  const loose = tokenizeValues(ctx.masked, valuesStart, valuesEnd);
  const toks =
    loose.length === keys.length
      ? loose
      : (gridValueRow(ctx.text, ctx.grids, r, keys.length) ??
        lineCells(ctx.masked, valuesStart, valuesEnd, keys.length) ??
        loose);
  const flattened = toks.length < keys.length && !/[\n\t|]/u.test(ctx.masked.slice(valuesStart, valuesEnd).trim());
  return reviewFrom(ctx, r, template, toks, flattened);
}

function reviewFrom(
  ctx: Context,
  r: Span2,
  template: TableTemplate,
  toks: ValueToken[],
  flattened: boolean,
): ParsedTable {
  const keys = tableCellKeys("review", template);
  const readings = toks.length === 0 ? none(keys.length) : rowReadings(toks, keys.length, flattened, null);
  const diagnostics: Diagnostic[] = [];
  if (toks.length > 0)
    noteRow(diagnostics, "review", toks, keys.length, readings.readings.length, readings.boundHit, readings.surplus);
  const row: SolveRow = { keys, tokens: toks, readings, found: true, blank: toks.length === 0 };
  return finish(ctx, "review", template, r, { rows: [row], diagnostics, flattened }, null);
}
