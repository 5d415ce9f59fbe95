/** Bar charts: grouped, stacked or 100%-stacked, vertical or horizontal, with intervals. */
import { describe, InvalidInputError, InvalidOptionError } from "../errors.js";
import {
  baseLayout,
  checkChartOptions,
  DEFAULT_WIDTH,
  errorLength,
  missingNote,
  orderedKeys,
  withLayout,
  wrapLabel,
} from "./layout.js";
import { seriesColor } from "./palette.js";
import type { BarChartOptions, BarRow, ChartSpec, PlotlyTrace } from "./types.js";

const DEFAULT_SERIES = "";

/**
 * Build a bar chart from rows `{category, value, series?, lo?, hi?}`.
 * A `null` value draws no bar (never a 0 bar) and the source note says how many were not given.
 * In `share` mode each category's series are stacked to 100 %, over the values given.
 * @throws InvalidInputError when `rows` is not an array or a row has no string category
 * @example barChartSpec([{category: "2022", value: 12}], {title: "申请数量 Requests", yTitle: "件 (requests)"})
 */
export function barChartSpec(rows: readonly BarRow[], opts: BarChartOptions): ChartSpec {
  checkChartOptions("barChartSpec", opts);
  checkRows(rows);
  const { mode = "group", orientation = "v", labels = false } = opts;
  if (!["group", "stack", "share"].includes(mode)) {
    throw new InvalidOptionError(`charts: barChartSpec mode; expected group, stack or share, found ${describe(mode)}`);
  }
  if (orientation !== "v" && orientation !== "h") {
    throw new InvalidOptionError(`charts: barChartSpec orientation; expected v or h, found ${describe(orientation)}`);
  }
  const categories = orderedKeys(numericFirst(rows.map((r) => r.category)), opts.categoryOrder);
  const series = orderedKeys(
    rows.map((r) => r.series ?? DEFAULT_SERIES),
    opts.seriesOrder,
  );
  const cells = indexRows(rows);
  const totals = mode === "share" ? categoryTotals(rows) : null;
  const data = series.map((s, i) => barTrace(s, i, categories, cells, totals, { orientation, labels, mode }));
  const missing = rows.filter((r) => r.value === null).length;
  const zeroTotals = totals === null ? 0 : categories.filter((c) => (totals.get(c) ?? 0) === 0).length;
  const given = rows.filter((r) => r.value !== null);
  const notes = [
    missingNote(missing),
    given.length > 0 && given.every((r) => r.value === 0) ? "所有给出的值均为 0 · every value given is 0" : null,
    zeroTotals > 0 ? `${zeroTotals} 个类别合计为 0, 无占比 · ${zeroTotals} categories total 0, no shares` : null,
  ];
  const valueAxis: Record<string, unknown> =
    mode === "share" ? { range: [0, 100], ticksuffix: "%" } : { rangemode: "tozero" };
  const perLine = Math.max(6, Math.floor(((opts.width ?? DEFAULT_WIDTH) - 220) / Math.max(1, categories.length) / 7));
  const wrapped = orientation === "v" ? categories.map((c) => wrapLabel(c, perLine)) : null;
  const tickLines = wrapped === null ? 1 : Math.max(1, ...wrapped.map((w) => w.length));
  const catAxis: Record<string, unknown> = {
    type: "category",
    ...(orientation === "h" ? { autorange: "reversed" } : {}),
    ...(wrapped !== null && tickLines > 1
      ? { tickmode: "array", tickvals: categories, ticktext: wrapped.map((w) => w.join("<br>")), tickangle: 0 }
      : {}),
  };
  const layout = withLayout(baseLayout(opts, notes, 16 * (tickLines - 1)), {
    barmode: mode === "group" ? "group" : "stack",
    showlegend: series.length > 1 || series[0] !== DEFAULT_SERIES,
    xaxis: orientation === "v" ? catAxis : valueAxis,
    yaxis: orientation === "v" ? valueAxis : catAxis,
  });
  return { data, layout };
}

function checkRows(rows: readonly BarRow[]): void {
  if (!Array.isArray(rows))
    throw new InvalidInputError(`charts: barChartSpec rows; expected an array, found ${describe(rows)}`);
  rows.forEach((r, i) => {
    if (typeof r?.category !== "string") {
      throw new InvalidInputError(
        `charts: barChartSpec row ${i}; expected a string category, found ${describe(r?.category)}`,
      );
    }
    if (r.value !== null && typeof r.value !== "number") {
      throw new InvalidInputError(
        `charts: barChartSpec row ${i} value; expected a number or null, found ${describe(r.value)}`,
      );
    }
  });
}

/** `series → category → row`; a repeated (series, category) keeps the last row. */
function indexRows(rows: readonly BarRow[]): Map<string, Map<string, BarRow>> {
  const out = new Map<string, Map<string, BarRow>>();
  for (const r of rows) {
    const s = r.series ?? DEFAULT_SERIES;
    let m = out.get(s);
    if (m === undefined) out.set(s, (m = new Map()));
    m.set(r.category, r);
  }
  return out;
}

function categoryTotals(rows: readonly BarRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if (r.value !== null) out.set(r.category, (out.get(r.category) ?? 0) + r.value);
  return out;
}

interface TraceStyle {
  readonly orientation: "v" | "h";
  readonly labels: boolean;
  readonly mode: string;
}

function barTrace(
  series: string,
  index: number,
  categories: readonly string[],
  cells: Map<string, Map<string, BarRow>>,
  totals: Map<string, number> | null,
  style: TraceStyle,
): PlotlyTrace {
  const rows = categories.map((c) => cells.get(series)?.get(c));
  const values = rows.map((r, i) => {
    if (r === undefined || r.value === null) return null;
    if (totals === null) return r.value;
    const t = totals.get(categories[i] as string) ?? 0;
    return t === 0 ? null : (100 * r.value) / t;
  });
  const err = totals === null ? errorBars(rows) : null;
  const vertical = style.orientation === "v";
  const fmt = style.mode === "share" ? ":.1f" : ":,";
  return {
    type: "bar",
    name: series,
    orientation: style.orientation,
    x: vertical ? categories : values,
    y: vertical ? values : categories,
    marker: { color: seriesColor(index) },
    ...(err !== null ? { [vertical ? "error_y" : "error_x"]: err } : {}),
    ...(style.labels
      ? {
          text: values.map((v) => (v === null ? "" : formatNumber(v, style.mode))),
          textposition: style.mode === "group" ? "outside" : "inside",
          textangle: 0,
          cliponaxis: false,
        }
      : {}),
    hovertemplate: vertical
      ? `%{x}: %{y${fmt}}${style.mode === "share" ? "%" : ""}<extra>${series}</extra>`
      : `%{y}: %{x${fmt}}${style.mode === "share" ? "%" : ""}<extra>${series}</extra>`,
  };
}

function errorBars(rows: ReadonlyArray<BarRow | undefined>): Record<string, unknown> | null {
  if (!rows.some((r) => r?.lo != null || r?.hi != null)) return null;
  const plus = rows.map((r) => errorLength(r?.value != null && r.hi != null ? r.hi - r.value : null));
  const minus = rows.map((r) => errorLength(r?.value != null && r.lo != null ? r.value - r.lo : null));
  return { type: "data", symmetric: false, array: plus, arrayminus: minus, color: "#333333", thickness: 1.2, width: 4 };
}

function formatNumber(v: number, mode: string): string {
  if (mode === "share") return `${v.toFixed(1)}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Categories in first-seen order, or ascending when they are all numbers (years). */
function numericFirst(categories: readonly string[]): string[] {
  const distinct = [...new Set(categories)];
  return distinct.every((c) => NUMBER.test(c)) ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct;
}
