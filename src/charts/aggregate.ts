/**
 * Small tidy-row summaries that figures need: counts and shares, means with confidence
 * intervals, rates with Wilson intervals, and the mapping of tidy rows to chart rows.
 * Pure. Like d3-array, the summaries skip `null` values, and they always report how many
 * they skipped (`missing`), so nothing disappears without a count.
 */
import * as ss from "simple-statistics";
import { describe, InvalidInputError, InvalidOptionError } from "../errors.js";
import type { Row, Scalar } from "../frames/index.js";
import type { BarRow, LinePoint } from "./types.js";

/** Two-sided 95 % Student t quantiles for 1…30 degrees of freedom. */
const T95: readonly number[] = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new InvalidOptionError(`charts: confidence level; expected a number in (0, 1), found ${describe(level)}`);
  }
}

/** The two-sided critical value: Student t for level 0.95 and df ≤ 30, the normal quantile otherwise. */
function critical(level: number, df: number): number {
  if (level === 0.95 && df >= 1 && df <= 30) return T95[df - 1] as number;
  return ss.probit(1 - (1 - level) / 2);
}

/** A mean with its confidence interval. */
export interface MeanInterval {
  readonly n: number;
  readonly mean: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
}

/**
 * Mean of the values with a t-based confidence interval (null bounds for fewer than two values).
 * @example meanInterval([1, 2, 3]) // {n: 3, mean: 2, lo: -0.48…, hi: 4.48…}
 */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval {
  checkLevel(level);
  const n = values.length;
  if (n === 0) return { n, mean: null, lo: null, hi: null };
  const mean = ss.mean([...values]);
  if (n < 2) return { n, mean, lo: null, hi: null };
  const half = (critical(level, n - 1) * ss.sampleStandardDeviation([...values])) / Math.sqrt(n);
  return { n, mean, lo: mean - half, hi: mean + half };
}

/**
 * The Wilson score interval of a proportion `hits / n` (good for small n and rates near 0 or 1).
 * @returns `[lo, hi]`, or null when n is 0
 * @example wilsonInterval(0, 10) // [0, 0.2775…]
 */
export function wilsonInterval(hits: number, n: number, level = 0.95): [number, number] | null {
  checkLevel(level);
  if (!(Number.isInteger(hits) && Number.isInteger(n) && hits >= 0 && hits <= n)) {
    throw new InvalidInputError(`charts: wilsonInterval; expected integers 0 <= hits <= n, found ${hits} of ${n}`);
  }
  if (n === 0) return null;
  const z = ss.probit(1 - (1 - level) / 2);
  const p = hits / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  // Exact ends at 0 and n (the formula leaves rounding noise such as 3e-18 there).
  return [hits === 0 ? 0 : Math.max(0, centre - half), hits === n ? 1 : Math.min(1, centre + half)];
}

/** The group key of a row: its values of `by` (null is a group value like any other). */
function groupKey(row: Row, by: readonly string[]): string {
  return JSON.stringify(by.map((k) => row[k] ?? null));
}

function pick(row: Row | undefined, by: readonly string[]): Record<string, Scalar> {
  return Object.fromEntries(by.map((k) => [k, row?.[k] ?? null]));
}

/**
 * A summary built one row at a time, holding per group only what its result needs (counts,
 * or the numbers of one column), never the rows: a corpus of any size streams through it.
 * Groups come out in first-seen order, as from the `…Rows` functions, which fold over these.
 */
export interface RowAccumulator {
  add(row: Row): void;
  rows(): Row[];
}

/** Feed `rows` to `acc` and return its result. */
function fold(acc: RowAccumulator, rows: Iterable<Row>): Row[] {
  for (const r of rows) acc.add(r);
  return acc.rows();
}

/** Options of `tallyRows`. */
export interface TallyOptions {
  /** Shares are taken within groups of these columns (default: over all rows). */
  readonly within?: readonly string[];
}

/** The accumulator behind `tallyRows`: rows per group of `by`, and each group's share of its `within` group. */
export function tally(by: readonly string[], opts: TallyOptions = {}): RowAccumulator {
  const within = opts.within ?? [];
  const groups = new Map<string, { key: Record<string, Scalar>; parent: string; n: number }>();
  const totals = new Map<string, number>();
  return {
    add(row) {
      const parent = groupKey(row, within);
      totals.set(parent, (totals.get(parent) ?? 0) + 1);
      const k = groupKey(row, by);
      const g = groups.get(k);
      if (g === undefined) groups.set(k, { key: pick(row, by), parent, n: 1 });
      else g.n++;
    },
    rows: () =>
      [...groups.values()].map(({ key, parent, n }) => {
        const total = totals.get(parent) ?? 0;
        return { ...key, n, share: total > 0 ? n / total : null };
      }),
  };
}

/**
 * Count rows per group of `by`, with each group's share of its `within` group.
 * @example tallyRows(tableRows, ["table", "status"], {within: ["table"]})
 */
export function tallyRows(rows: Iterable<Row>, by: readonly string[], opts: TallyOptions = {}): Row[] {
  return fold(tally(by, opts), rows);
}

/** Options of `summariseRows` and `rateRows`. */
export interface IntervalOptions {
  /** Confidence level of the intervals (default 0.95). */
  readonly level?: number;
}

/** Options of `summariseRows`. */
export interface SummariseOptions extends IntervalOptions {
  /**
   * Limits of the quantity (e.g. `[0, 1]` for shares, `[0, Infinity]` for counts): the interval
   * is clipped to them, since a t interval can reach past what the quantity can be.
   */
  readonly bounds?: readonly [number, number];
}

/**
 * The accumulator behind `summariseRows`; per group it keeps the row count and the finite
 * numbers of `value` (one float each), so sums and intervals are exactly those over all rows.
 */
export function summarise(by: readonly string[], value: string, opts: SummariseOptions = {}): RowAccumulator {
  const { level = 0.95, bounds = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] } = opts;
  checkLevel(level);
  const groups = new Map<string, { key: Record<string, Scalar>; n: number; given: number[] }>();
  return {
    add(row) {
      const k = groupKey(row, by);
      let g = groups.get(k);
      if (g === undefined) groups.set(k, (g = { key: pick(row, by), n: 0, given: [] }));
      g.n++;
      const v = row[value];
      if (typeof v === "number" && Number.isFinite(v)) g.given.push(v);
    },
    rows: () =>
      [...groups.values()].map(({ key, n, given }) => {
        const m = meanInterval(given, level);
        return {
          ...key,
          n,
          given: given.length,
          missing: n - given.length,
          sum: given.length > 0 ? ss.sum(given) : null,
          mean: m.mean,
          lo: m.lo === null ? null : Math.max(bounds[0], m.lo),
          hi: m.hi === null ? null : Math.min(bounds[1], m.hi),
          sd: given.length > 1 ? ss.sampleStandardDeviation(given) : null,
        };
      }),
  };
}

/**
 * Summarise the numeric column `value` per group of `by`: rows, values given, missing (null),
 * sum, mean with confidence interval (t), standard deviation. Non-numeric values count as missing.
 */
export function summariseRows(
  rows: Iterable<Row>,
  by: readonly string[],
  value: string,
  opts: SummariseOptions = {},
): Row[] {
  return fold(summarise(by, value, opts), rows);
}

/** Options of `rateRows`. */
export interface RateOptions extends IntervalOptions {
  /** Values of the column that are left out of the denominator (e.g. `not_assessable`). */
  readonly exclude?: readonly Scalar[];
}

/** The accumulator behind `rateRows`: three counts per group. */
export function rate(by: readonly string[], column: string, positive: Scalar, opts: RateOptions = {}): RowAccumulator {
  const { exclude = [], level = 0.95 } = opts;
  checkLevel(level);
  const groups = new Map<string, { key: Record<string, Scalar>; all: number; kept: number; hits: number }>();
  return {
    add(row) {
      const k = groupKey(row, by);
      let g = groups.get(k);
      if (g === undefined) groups.set(k, (g = { key: pick(row, by), all: 0, kept: 0, hits: 0 }));
      g.all++;
      const v = row[column] ?? null;
      if (exclude.includes(v)) return;
      g.kept++;
      if (v === positive) g.hits++;
    },
    rows: () =>
      [...groups.values()].map(({ key, all, kept, hits }) => {
        const ci = wilsonInterval(hits, kept, level);
        return {
          ...key,
          n: kept,
          hits,
          excluded: all - kept,
          rate: kept > 0 ? hits / kept : null,
          lo: ci?.[0] ?? null,
          hi: ci?.[1] ?? null,
        };
      }),
  };
}

/**
 * The rate at which `column` equals `positive`, per group of `by`, with a Wilson interval;
 * `excluded` counts the rows left out of the denominator.
 * @example rateRows(ruleRows, ["rule"], "outcome", "fail", {exclude: ["not_assessable"]})
 */
export function rateRows(
  rows: Iterable<Row>,
  by: readonly string[],
  column: string,
  positive: Scalar,
  opts: RateOptions = {},
): Row[] {
  return fold(rate(by, column, positive, opts), rows);
}

/**
 * Keep the rows whose columns equal the given values (a list means any of them).
 * @example filterRows(cells, {table: "requests", column: "total"})
 */
export function filterRows(rows: readonly Row[], where: Readonly<Record<string, Scalar | readonly Scalar[]>>): Row[] {
  const tests = Object.entries(where);
  return rows.filter((r) =>
    tests.every(([k, v]) => (Array.isArray(v) ? (v as readonly Scalar[]).includes(r[k] ?? null) : r[k] === v)),
  );
}

/** Which columns of a tidy row become the parts of a chart row. */
export interface ChartColumns {
  readonly category: string;
  readonly value: string;
  readonly series?: string;
  readonly lo?: string;
  readonly hi?: string;
  /** Multiply value, lo and hi by this (e.g. 100 for percentages). */
  readonly scale?: number;
  /** Display labels for category values (e.g. `OUTCOME_LABELS`); unlisted values show as they are. */
  readonly categoryLabels?: Readonly<Record<string, string>>;
  /** Display labels for series values. */
  readonly seriesLabels?: Readonly<Record<string, string>>;
}

function num(v: Scalar | undefined, scale: number): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v * scale : null;
}

function label(v: Scalar | undefined, labels?: Readonly<Record<string, string>>): string {
  if (v === null || v === undefined) return "(未知 unknown)";
  return labels?.[String(v)] ?? String(v);
}

/**
 * Tidy rows → `BarRow`s. A non-numeric value becomes null (drawn as a gap, counted in the note);
 * a null category or series becomes the label `(未知 unknown)`.
 * @example toBarRows(rates, {category: "rule", value: "rate", lo: "lo", hi: "hi", scale: 100})
 */
export function toBarRows(rows: readonly Row[], cols: ChartColumns): BarRow[] {
  const s = cols.scale ?? 1;
  return rows.map((r) => ({
    category: label(r[cols.category], cols.categoryLabels),
    value: num(r[cols.value], s),
    ...(cols.series !== undefined ? { series: label(r[cols.series], cols.seriesLabels) } : {}),
    ...(cols.lo !== undefined ? { lo: num(r[cols.lo], s) } : {}),
    ...(cols.hi !== undefined ? { hi: num(r[cols.hi], s) } : {}),
  }));
}

/**
 * Tidy rows → `LinePoint`s, with the `category` column as x (numbers stay numbers).
 * @example toLinePoints(means, {category: "year", value: "mean", series: "level", lo: "lo", hi: "hi"})
 */
export function toLinePoints(rows: readonly Row[], cols: ChartColumns): LinePoint[] {
  const s = cols.scale ?? 1;
  return rows.map((r) => {
    const x = r[cols.category];
    return {
      x: typeof x === "number" ? x : label(x, cols.categoryLabels),
      y: num(r[cols.value], s),
      ...(cols.series !== undefined ? { series: label(r[cols.series], cols.seriesLabels) } : {}),
      ...(cols.lo !== undefined ? { lo: num(r[cols.lo], s) } : {}),
      ...(cols.hi !== undefined ? { hi: num(r[cols.hi], s) } : {}),
    };
  });
}

/**
 * Add a `share` column: each row's `value` over the sum of `value` in its `within` group
 * (null when the value or the group sum is not a positive number).
 * @example shareRows(outcomes, ["report_id"], "value") // each outcome's share of its report's requests
 */
export function shareRows(rows: readonly Row[], within: readonly string[], value: string): Row[] {
  const sums = new Map<string, number>();
  const key = (r: Row) => groupKey(r, within);
  for (const r of rows) {
    const v = r[value];
    if (typeof v === "number" && Number.isFinite(v)) sums.set(key(r), (sums.get(key(r)) ?? 0) + v);
  }
  return rows.map((r) => {
    const v = r[value];
    const total = sums.get(key(r)) ?? 0;
    return { ...r, share: typeof v === "number" && Number.isFinite(v) && total > 0 ? v / total : null };
  });
}

/** The finite numbers of one column (nulls and non-numbers left out; `summariseRows` counts them). */
export function columnNumbers(rows: readonly Row[], column: string): number[] {
  return rows.map((r) => r[column]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
}

/**
 * Drop the rows whose columns equal the given values (the complement of `filterRows`).
 * @example rejectRows(selfReuse, {previous: "[]"}) // reports that have an earlier one
 */
export function rejectRows(rows: readonly Row[], where: Readonly<Record<string, Scalar | readonly Scalar[]>>): Row[] {
  const kept = new Set(filterRows(rows, where));
  return rows.filter((r) => !kept.has(r));
}

/** The distinct values of one column, in first-seen order (for `filterRows` lists). */
export function columnValues(rows: readonly Row[], column: string): Scalar[] {
  return [...new Set(rows.map((r) => r[column] ?? null))];
}

/** Names of the two columns `meltRows` makes. */
export interface MeltOptions {
  /** Column that names the melted column (default `variable`). */
  readonly name?: string;
  /** Column that holds its value (default `value`). */
  readonly value?: string;
}

/**
 * Wide → long: one row per input row and melted column, keeping the `keep` columns.
 * @example meltRows(reports, ["report_id", "level"], ["mandated_share", "self_share"], {name: "kind", value: "share"})
 */
export function meltRows(
  rows: readonly Row[],
  keep: readonly string[],
  columns: readonly string[],
  opts: MeltOptions = {},
): Row[] {
  const { name = "variable", value = "value" } = opts;
  return rows.flatMap((r) =>
    columns.map((c) => ({
      ...Object.fromEntries(keep.map((k) => [k, r[k] ?? null])),
      [name]: c,
      [value]: r[c] ?? null,
    })),
  );
}

/** Rows sorted ascending by the columns in turn (numbers before strings, nulls last); stable. */
export function sortRows(rows: readonly Row[], columns: readonly string[]): Row[] {
  const rank = (v: Scalar | undefined): [number, number | string] =>
    v === null || v === undefined ? [2, 0] : typeof v === "number" ? [0, v] : [1, String(v)];
  return [...rows].sort((a, b) => {
    for (const c of columns) {
      const [ka, va] = rank(a[c]);
      const [kb, vb] = rank(b[c]);
      if (ka !== kb) return ka - kb;
      if (va < vb) return -1;
      if (va > vb) return 1;
    }
    return 0;
  });
}
