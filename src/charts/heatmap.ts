/** Heatmaps of a labelled matrix (e.g. pairwise similarity of a few reports). */
import { describe, InvalidInputError } from "../errors.js";
import { baseLayout, checkChartOptions, escapeLabel, labelWidth, missingNote, withLayout } from "./layout.js";
import { SEQUENTIAL_SCALE } from "./palette.js";
import type { ChartSpec, HeatmapInput, HeatmapOptions } from "./types.js";

/**
 * Build a heatmap from `{x, y, z}` with `z[row][column]`, in a colour-blind-safe
 * sequential scale. `null` cells stay blank and are counted in the source note.
 * @throws InvalidInputError when `z` is not `y.length` rows of `x.length` numbers or nulls
 * @example heatmapSpec({x: ["A", "B"], y: ["A", "B"], z: [[1, 0.4], [0.4, 1]]}, {title: "相似度 Similarity"})
 */
export function heatmapSpec(input: HeatmapInput, opts: HeatmapOptions): ChartSpec {
  checkChartOptions("heatmapSpec", opts);
  checkMatrix(input);
  const missing = input.z.reduce((n, row) => n + row.filter((v) => v === null).length, 0);
  const decimals = opts.decimals;
  const trace: Record<string, unknown> = {
    type: "heatmap",
    x: input.x,
    y: input.y,
    z: input.z,
    colorscale: SEQUENTIAL_SCALE,
    xgap: 1,
    ygap: 1,
    ...(opts.zmin !== undefined ? { zmin: opts.zmin } : {}),
    ...(opts.zmax !== undefined ? { zmax: opts.zmax } : {}),
    colorbar: { title: { text: escapeLabel(opts.zTitle ?? ""), side: "right" }, thickness: 14 },
    hovertemplate: "%{y} × %{x}: %{z}<extra></extra>",
    ...(decimals !== undefined
      ? {
          text: input.z.map((row) => row.map((v) => (v === null ? "" : v.toFixed(decimals)))),
          texttemplate: "%{text}",
          textfont: { size: 10 },
        }
      : {}),
  };
  // x labels are drawn at -40°: their height is about sin(40°) of their width.
  const tall = Math.max(0, ...input.x.map(labelWidth)) * 0.64 - 16;
  const layout = withLayout(baseLayout(opts, [missingNote(missing, "格 cells")], tall), {
    xaxis: { type: "category", showgrid: false, tickangle: -40, ticks: "" },
    yaxis: { type: "category", showgrid: false, autorange: "reversed", ticks: "" },
  });
  return { data: [trace], layout };
}

function checkMatrix(input: HeatmapInput): void {
  if (!Array.isArray(input?.x) || !Array.isArray(input?.y) || !Array.isArray(input?.z)) {
    throw new InvalidInputError(`charts: heatmapSpec input; expected {x, y, z} arrays, found ${describe(input)}`);
  }
  if (input.z.length !== input.y.length) {
    throw new InvalidInputError(
      `charts: heatmapSpec z; expected ${input.y.length} rows (one per y label), found ${input.z.length}`,
    );
  }
  input.z.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== input.x.length) {
      throw new InvalidInputError(
        `charts: heatmapSpec z[${i}]; expected ${input.x.length} values (one per x label), found ${describe(row)}`,
      );
    }
  });
}
