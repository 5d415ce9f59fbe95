/** Colours and fonts of the project's figures. */

/**
 * The Okabe–Ito palette (Okabe & Ito 2008), safe for the common forms of colour-vision
 * deficiency, ordered so that the first colours keep the most contrast on white
 * (yellow, the weakest on white, comes late).
 */
export const OKABE_ITO: readonly string[] = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#D55E00", // vermillion
  "#56B4E9", // sky blue
  "#CC79A7", // reddish purple
  "#F0E442", // yellow
  "#000000", // black
];

/** A colour-blind-safe sequential scale for heatmaps (plotly's built-in Cividis). */
export const SEQUENTIAL_SCALE = "Cividis";

/** Font stack with the CJK fonts first, so Chinese labels never render as boxes. */
export const CHART_FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The colour of series number `i` (cycles past the eighth). */
export function seriesColor(i: number): string {
  return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length] as string;
}
