/** The shared look of every figure: title, axes, source note, font, size. */
import { describe, InvalidOptionError } from "../errors.js";
import { CHART_FONT_FAMILY } from "./palette.js";
import type { ChartOptions, PlotlyLayout } from "./types.js";

/** The source note used when a chart's options give none. */
export const DEFAULT_SOURCE = "来源 Source: 政府信息公开工作年度报告, xxgk-lab";

/** Default figure size in CSS pixels. */
export const DEFAULT_WIDTH = 760;
export const DEFAULT_HEIGHT = 460;

/** Throw unless the common options are usable (a figure without a title is a broken contract). */
export function checkChartOptions(fn: string, opts: ChartOptions): void {
  if (typeof opts?.title !== "string" || opts.title.trim() === "") {
    throw new InvalidOptionError(
      `charts: ${fn} needs a title; expected a non-empty string, found ${describe(opts?.title)}`,
    );
  }
  for (const key of ["width", "height"] as const) {
    const v = opts[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 100 && v <= 4000)) {
      throw new InvalidOptionError(
        `charts: ${fn} option ${key}; expected a number of pixels in [100, 4000], found ${describe(v)}`,
      );
    }
  }
}

/** A note for values that are not given: they are not drawn, and the reader is told how many. */
export function missingNote(count: number, what = "值 values"): string | null {
  return count > 0 ? `${count} 个${what}未给出 (null), 未绘出 · ${count} not given, not drawn` : null;
}

/**
 * An error-bar length, or the string "NaN" when not given: plotly.js reads `+null` as 0 and
 * would draw an empty bar, while `+"NaN"` is NaN and draws nothing (JSON has no NaN).
 */
export function errorLength(v: number | null): number | string {
  return v === null || !Number.isFinite(v) ? "NaN" : v;
}

/** Escape text for plotly's HTML-like label markup. */
export function escapeLabel(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The base layout of a figure: title (and subtitle), axis titles, font, white background,
 * and the source note (plus any extra notes) under the plot; `extraBottom` pixels of room are added
 * between the plot and the notes for tall x tick labels (wrapped or rotated).
 */
export function baseLayout(
  opts: ChartOptions,
  notes: ReadonlyArray<string | null> = [],
  extraBottom = 0,
): Record<string, unknown> {
  const extra = Math.max(0, Math.round(extraBottom));
  const source = opts.source ?? DEFAULT_SOURCE;
  const lines = [...notes.filter((n): n is string => n !== null), ...(opts.notes ?? []), source].map(escapeLabel);
  const layout: Record<string, unknown> = {
    title: {
      text: escapeLabel(opts.title),
      x: 0,
      xanchor: "left",
      xref: "container",
      y: 1,
      yref: "container",
      yanchor: "top",
      pad: { l: 14, t: 14 },
      font: { size: 17 },
      ...(opts.subtitle !== undefined ? { subtitle: { text: escapeLabel(opts.subtitle), font: { size: 12 } } } : {}),
    },
    width: opts.width ?? DEFAULT_WIDTH,
    height: opts.height ?? DEFAULT_HEIGHT,
    font: { family: CHART_FONT_FAMILY, size: 12, color: "#222222" },
    paper_bgcolor: "#ffffff",
    plot_bgcolor: "#ffffff",
    margin: { l: 70, r: 30, t: opts.subtitle !== undefined ? 84 : 60, b: 70 + extra + 16 * lines.length },
    xaxis: axis(opts.xTitle),
    yaxis: axis(opts.yTitle),
    legend: { orientation: "v", x: 1.02, xanchor: "left", y: 1, yanchor: "top", traceorder: "normal" },
    annotations: [
      {
        text: lines.join("<br>"),
        xref: "paper",
        yref: "paper",
        x: 0,
        y: 0,
        xanchor: "left",
        yanchor: "top",
        yshift: -48 - extra,
        align: "left",
        showarrow: false,
        font: { size: 10, color: "#555555" },
      },
    ],
  };
  return layout;
}

function axis(title: string | undefined): Record<string, unknown> {
  return {
    ...(title !== undefined ? { title: { text: escapeLabel(title), standoff: 8 } } : {}),
    automargin: true,
    showline: true,
    linecolor: "#444444",
    ticks: "outside",
    gridcolor: "#e6e6e6",
    zeroline: false,
  };
}

/**
 * Wrap a tick label into lines of about `max` characters at its spaces (plotly's `<br>`), so long
 * bilingual category labels stay horizontal instead of rotating into the notes.
 */
export function wrapLabel(label: string, max = 14): string[] {
  if (label.length <= max) return [label];
  const bilingual = /^([^\x00-\x7f]+?)\s+([\x00-\x7f].*)$/.exec(label);
  if (bilingual !== null) return [bilingual[1] as string, ...greedyLines(bilingual[2] as string, max)];
  return greedyLines(label, max);
}

function greedyLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur !== "" && cur.length + 1 + w.length > max) {
      lines.push(cur);
      cur = w;
    } else cur = cur === "" ? w : `${cur} ${w}`;
  }
  lines.push(cur);
  return lines;
}

/** Approximate rendered width of a label in pixels at 12 px (CJK characters are about twice as wide). */
export function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u2e80-\uffff]/.test(ch) ? 12 : 6.5;
  return w;
}

/** Merge `extra` into a layout one level deep (axis objects are merged, not replaced). */
export function withLayout(base: Record<string, unknown>, extra: Record<string, unknown>): PlotlyLayout {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? { ...b, ...v } : v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Distinct values in first-seen order, with a preferred order first. */
export function orderedKeys(seen: Iterable<string>, preferred: readonly string[] = []): string[] {
  const all = new Set(seen);
  const out = preferred.filter((k) => all.has(k));
  const listed = new Set(out);
  for (const k of all) if (!listed.has(k)) out.push(k);
  return out;
}
