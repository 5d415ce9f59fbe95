/**
 * Chart specs are plain plotly.js JSON (`{data, layout}`): the same object drives an
 * interactive chart in a notebook or web page and a static SVG/PNG export.
 */

/** One plotly.js trace, as plain JSON. */
export type PlotlyTrace = Readonly<Record<string, unknown>>;

/** A plotly.js layout, as plain JSON. */
export type PlotlyLayout = Readonly<Record<string, unknown>>;

/** A complete figure: what `Plotly.newPlot(div, data, layout)` takes. */
export interface ChartSpec {
  readonly data: readonly PlotlyTrace[];
  readonly layout: PlotlyLayout;
}

/** Options every chart builder takes: research figures are titled, labelled and sourced. */
export interface ChartOptions {
  /** Figure title (required, non-empty). */
  readonly title: string;
  /** A second title line: what is counted, the population, the unit. */
  readonly subtitle?: string;
  /** X axis title, with its unit in parentheses when it has one. */
  readonly xTitle?: string;
  /** Y axis title, with its unit in parentheses when it has one. */
  readonly yTitle?: string;
  /** Extra notes printed under the plot, above the source (what was left out, and why). */
  readonly notes?: readonly string[];
  /** Source note printed under the plot; defaults to `DEFAULT_SOURCE`. */
  readonly source?: string;
  /** Width in CSS pixels (default 760). */
  readonly width?: number;
  /** Height in CSS pixels (default 460). */
  readonly height?: number;
}

/** One bar: a category, a value, optionally a series (colour) and an interval. */
export interface BarRow {
  readonly category: string;
  /** `null` (not given) draws no bar and is counted in the source note; it is never drawn as 0. */
  readonly value: number | null;
  readonly series?: string;
  /** Lower end of an interval around `value` (e.g. a 95% confidence interval). */
  readonly lo?: number | null;
  /** Upper end of an interval around `value`. */
  readonly hi?: number | null;
}

/** How bars of several series share a category. */
export type BarMode = "group" | "stack" | "share";

/** Options of `barChartSpec`. */
export interface BarChartOptions extends ChartOptions {
  /** `group` side by side (default), `stack` on top of each other, `share` stacked to 100% per category. */
  readonly mode?: BarMode;
  /** `v` vertical bars (default) or `h` horizontal bars (long Chinese labels read better). */
  readonly orientation?: "v" | "h";
  /**
   * Category order; categories not listed follow in first-seen order, or ascending when they
   * are all numbers (years).
   */
  readonly categoryOrder?: readonly string[];
  /** Series order (legend and colour order); series not listed follow in first-seen order. */
  readonly seriesOrder?: readonly string[];
  /** Print each bar's value on it. */
  readonly labels?: boolean;
}

/** One point of a line: x, y, optionally a series and an interval. */
export interface LinePoint {
  readonly x: number | string;
  /** `null` breaks the line (a gap), it is never drawn as 0. */
  readonly y: number | null;
  readonly series?: string;
  readonly lo?: number | null;
  readonly hi?: number | null;
}

/** Options of `lineChartSpec`. */
export interface LineChartOptions extends ChartOptions {
  readonly seriesOrder?: readonly string[];
  /** Draw the y axis from zero (default true: counts and shares start at 0). */
  readonly fromZero?: boolean;
}

/** A matrix of values with row and column labels. */
export interface HeatmapInput {
  /** Column labels. */
  readonly x: readonly string[];
  /** Row labels. */
  readonly y: readonly string[];
  /** `z[row][column]`; `null` is left blank. */
  readonly z: ReadonlyArray<ReadonlyArray<number | null>>;
}

/** Options of `heatmapSpec`. */
export interface HeatmapOptions extends ChartOptions {
  readonly zmin?: number;
  readonly zmax?: number;
  /** Colour bar title, with unit. */
  readonly zTitle?: string;
  /** Print each value in its cell, with this many decimals. */
  readonly decimals?: number;
}

/** A node of a network chart. */
export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  /** Colour group (e.g. the agency level). */
  readonly group?: string;
}

/** An undirected, weighted edge of a network chart. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  /** Strength of the tie (e.g. a similarity in [0, 1]). */
  readonly weight: number;
}

/** Input of `networkSpec`. */
export interface NetworkInput {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

/** Options of `networkSpec`. */
export interface NetworkOptions extends ChartOptions {
  /** Legend title for the node groups. */
  readonly groupTitle?: string;
  readonly groupOrder?: readonly string[];
}

/** Options of `histogramSpec`. */
export interface HistogramOptions extends ChartOptions {
  /** Bin width; default lets plotly choose. */
  readonly binSize?: number;
  /** Lower edge of the first bin. */
  readonly start?: number;
  readonly end?: number;
}
