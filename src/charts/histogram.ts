/** Histograms of one numeric variable. */
import { describe, InvalidInputError } from "../errors.js";
import { baseLayout, checkChartOptions, missingNote, withLayout } from "./layout.js";
import { seriesColor } from "./palette.js";
import type { ChartSpec, HistogramOptions } from "./types.js";

/**
 * Build a histogram of `values`. `null` values are not binned; the source note says how many.
 * @throws InvalidInputError when `values` is not an array of numbers and nulls
 * @example histogramSpec([0.1, 0.5, 0.52, null], {title: "相似度分布 Similarity", binSize: 0.1})
 */
export function histogramSpec(values: ReadonlyArray<number | null>, opts: HistogramOptions): ChartSpec {
  checkChartOptions("histogramSpec", opts);
  if (!Array.isArray(values) || values.some((v) => v !== null && typeof v !== "number")) {
    throw new InvalidInputError(
      `charts: histogramSpec values; expected an array of numbers or nulls, found ${describe(values)}`,
    );
  }
  const given = values.filter((v): v is number => v !== null);
  const bins: Record<string, number> = {};
  if (opts.binSize !== undefined) bins.size = opts.binSize;
  if (opts.start !== undefined) bins.start = opts.start;
  if (opts.end !== undefined) bins.end = opts.end;
  const trace: Record<string, unknown> = {
    type: "histogram",
    x: given,
    marker: { color: seriesColor(0), line: { color: "#ffffff", width: 1 } },
    ...(Object.keys(bins).length > 0 ? { xbins: bins, autobinx: false } : {}),
    hovertemplate: "%{x}: %{y}<extra></extra>",
  };
  const layout = withLayout(baseLayout(opts, [missingNote(values.length - given.length)]), {
    showlegend: false,
    bargap: 0.02,
    yaxis: { rangemode: "tozero" },
  });
  return { data: [trace], layout };
}
