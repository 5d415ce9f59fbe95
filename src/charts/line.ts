/** Line charts: one line per series, gaps for values not given, intervals as error bars. */
import { describe, InvalidInputError } from "../errors.js";
import { baseLayout, checkChartOptions, errorLength, missingNote, orderedKeys, withLayout } from "./layout.js";
import { seriesColor } from "./palette.js";
import type { ChartSpec, LineChartOptions, LinePoint, PlotlyTrace } from "./types.js";

const SYMBOLS = ["circle", "square", "diamond", "triangle-up", "x", "cross", "star", "triangle-down"];

/**
 * Build a line chart from points `{x, y, series?, lo?, hi?}`. Points are drawn in x order;
 * a `null` y breaks the line and is counted in the source note. Integer x values (years)
 * get integer ticks. Each series has its own colour and marker symbol, so it reads in grey too.
 * @throws InvalidInputError when `points` is not an array or a point's x is neither number nor string
 * @example lineChartSpec([{x: 2021, y: 3}, {x: 2022, y: 5}], {title: "申请 Requests", xTitle: "年份 Year"})
 */
export function lineChartSpec(points: readonly LinePoint[], opts: LineChartOptions): ChartSpec {
  checkChartOptions("lineChartSpec", opts);
  if (!Array.isArray(points)) {
    throw new InvalidInputError(`charts: lineChartSpec points; expected an array, found ${describe(points)}`);
  }
  points.forEach((p, i) => {
    if (typeof p?.x !== "number" && typeof p?.x !== "string") {
      throw new InvalidInputError(
        `charts: lineChartSpec point ${i} x; expected a number or string, found ${describe(p?.x)}`,
      );
    }
  });
  const series = orderedKeys(
    points.map((p) => p.series ?? ""),
    opts.seriesOrder,
  );
  const data = series.map((s, i) =>
    lineTrace(
      s,
      i,
      points.filter((p) => (p.series ?? "") === s),
    ),
  );
  const integerX = points.length > 0 && points.every((p) => typeof p.x === "number" && Number.isInteger(p.x));
  const layout = withLayout(baseLayout(opts, [missingNote(points.filter((p) => p.y === null).length)]), {
    showlegend: series.length > 1 || series[0] !== "",
    xaxis: integerX ? { tickformat: "d", dtick: 1 } : {},
    yaxis: opts.fromZero === false ? {} : { rangemode: "tozero" },
  });
  return { data, layout };
}

function lineTrace(series: string, index: number, points: readonly LinePoint[]): PlotlyTrace {
  const sorted = [...points].sort(compareX);
  const hasInterval = sorted.some((p) => p.lo != null || p.hi != null);
  return {
    type: "scatter",
    mode: "lines+markers",
    name: series,
    x: sorted.map((p) => p.x),
    y: sorted.map((p) => p.y),
    connectgaps: false,
    line: { color: seriesColor(index), width: 2 },
    marker: { color: seriesColor(index), size: 7, symbol: SYMBOLS[index % SYMBOLS.length] },
    ...(hasInterval
      ? {
          error_y: {
            type: "data",
            symmetric: false,
            array: sorted.map((p) => errorLength(p.y !== null && p.hi != null ? p.hi - p.y : null)),
            arrayminus: sorted.map((p) => errorLength(p.y !== null && p.lo != null ? p.y - p.lo : null)),
            color: seriesColor(index),
            thickness: 1.2,
            width: 4,
          },
        }
      : {}),
    hovertemplate: `%{x}: %{y}<extra>${series}</extra>`,
  };
}

function compareX(a: LinePoint, b: LinePoint): number {
  if (typeof a.x === "number" && typeof b.x === "number") return a.x - b.x;
  return String(a.x) < String(b.x) ? -1 : String(a.x) > String(b.x) ? 1 : 0;
}
