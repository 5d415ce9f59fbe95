/**
 * Charts in Jupyter (tslab). A chart is one display output carrying two representations:
 * `text/html` (an interactive plotly.js chart, with the PNG as its fallback content) and
 * `image/png`, so an executed notebook shows the figure on viewers that run no JavaScript.
 * plotly.js is loaded once per notebook by `loadPlotly()`.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { escapeHtml } from "./passages.js";
import { type ChartRenderer, type ImageOptions, plotlyVersion, RenderError, readPlotlyJs } from "./render.js";
import type { ChartSpec } from "./types.js";

/** A Jupyter MIME bundle: MIME type → content (binary content base64-encoded). */
export type MimeBundle = Readonly<Record<string, string>>;

/** Marker in the plotly.js loader output; notebook cleaning recognises the loader by it. */
export const PLOTLY_LOADER_MARK = "xxgk:plotly-loader";

/**
 * The display output that loads the bundled plotly.js into the notebook page (once per notebook).
 * Its `text/plain` part says what it did, for viewers that drop the script.
 */
export function plotlyLoaderBundle(): MimeBundle {
  const js = readPlotlyJs().replace(/<\/script/gi, "<\\/script");
  return {
    "text/html": `<!-- ${PLOTLY_LOADER_MARK} --><script type="text/javascript">${js}</script>`,
    "text/plain": `plotly.js ${plotlyVersion()} (bundled) loaded for interactive charts`,
  };
}

/** Options of `chartHtml` and `chartMimeBundle`. */
export interface ChartHtmlOptions {
  /** Element id of the chart; default derived from the spec, so outputs are deterministic. */
  readonly id?: string;
  /** A static rendering shown until (or unless) plotly.js draws the interactive chart. */
  readonly png?: Uint8Array;
}

let sequence = 0;

/** A deterministic element id: a hash of the spec plus a per-process sequence number. */
export function chartId(spec: ChartSpec): string {
  sequence += 1;
  const hash = createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 12);
  return `xxgk-chart-${hash}-${sequence}`;
}

/**
 * An HTML fragment that draws `spec` with the page's plotly.js when it is loaded, and
 * otherwise keeps showing the static PNG (or the title, without one).
 */
export function chartHtml(spec: ChartSpec, opts: ChartHtmlOptions = {}): string {
  const id = opts.id ?? chartId(spec);
  const title = specTitle(spec);
  const fallback =
    opts.png !== undefined
      ? `<img alt="${escapeHtml(title)}" src="data:image/png;base64,${Buffer.from(opts.png).toString("base64")}" style="max-width:100%">`
      : `<p>${escapeHtml(title)}</p>`;
  const json = JSON.stringify({ data: spec.data, layout: spec.layout }).replace(/</g, "\\u003c");
  const script = `(function(){var el=document.getElementById(${JSON.stringify(id)});if(!el||!window.Plotly)return;var s=${json};el.innerHTML="";window.Plotly.newPlot(el,s.data,s.layout,{displaylogo:false,responsive:true});})();`;
  return `<div class="xxgk-chart" id="${escapeHtml(id)}">${fallback}</div><script type="text/javascript">${script}</script>`;
}

/** The MIME bundle of a chart: interactive HTML, the static PNG (when given) and a text line. */
export function chartMimeBundle(spec: ChartSpec, opts: ChartHtmlOptions = {}): MimeBundle {
  const bundle: Record<string, string> = {
    "text/html": chartHtml(spec, opts),
    "text/plain": `[chart] ${specTitle(spec)}`,
  };
  if (opts.png !== undefined) bundle["image/png"] = Buffer.from(opts.png).toString("base64");
  return bundle;
}

/** The plain title text of a spec (markup removed). */
export function specTitle(spec: ChartSpec): string {
  const t = spec.layout.title as { text?: unknown } | string | undefined;
  const text = typeof t === "string" ? t : typeof t?.text === "string" ? t.text : "chart";
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

type WriteDisplayData = (msg: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void;

/**
 * Send a MIME bundle as one display output of the running tslab cell (tslab's public
 * `display` sends a single MIME type; this sends several, through the same channel).
 * @throws RenderError outside a running tslab kernel
 */
export function displayMimeBundle(bundle: MimeBundle): void {
  const require = createRequire(import.meta.url);
  let write: WriteDisplayData | null = null;
  try {
    write = (require("tslab/dist/jupyter.js") as { lastWriteDisplayData: WriteDisplayData | null })
      .lastWriteDisplayData;
  } catch (cause) {
    throw new RenderError("charts: displayMimeBundle needs tslab; expected the tslab package, found none", { cause });
  }
  if (write === null) {
    throw new RenderError(
      "charts: displayMimeBundle needs a running tslab kernel; expected a cell being executed, found none",
    );
  }
  write({ data: bundle, metadata: {}, transient: {} }, false);
}

/** Load the bundled plotly.js into the notebook page; call once, in the first cells. */
export function loadPlotly(): void {
  displayMimeBundle(plotlyLoaderBundle());
}

/**
 * Show a chart in the running notebook cell: interactive, with a static PNG beside it
 * drawn by `renderer` (one renderer per notebook; close it in the last cell).
 */
export async function showChart(spec: ChartSpec, renderer: ChartRenderer, opts: ImageOptions = {}): Promise<void> {
  const png = await renderer.png(spec, opts);
  displayMimeBundle(chartMimeBundle(spec, { png }));
}

/** Show an HTML fragment (e.g. `sideBySideHtml`) in the running notebook cell. */
export function showHtml(html: string, text = "[html]"): void {
  displayMimeBundle({ "text/html": html, "text/plain": text });
}

/** Options of `tableHtml` and `showTable`. */
export interface TableHtmlOptions {
  /** A caption above the table. */
  readonly caption?: string;
  /** Show at most this many rows (default 20); the rest are counted under the table. */
  readonly maxRows?: number;
  /** Decimals for non-integer numbers (default 3). */
  readonly decimals?: number;
}

function cellText(v: unknown, decimals: number): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(decimals);
  return typeof v === "string" ? v : JSON.stringify(v);
}

/**
 * Rows as an HTML table (columns of the first row), with `—` for null; a plain-text twin is
 * `tableText`. Long tables are cut at `maxRows` and the cut is stated.
 */
export function tableHtml(rows: readonly object[], opts: TableHtmlOptions = {}): string {
  const { maxRows = 20, decimals = 3 } = opts;
  const cols = Object.keys(rows[0] ?? {});
  const at = (r: object, c: string): unknown => (r as Record<string, unknown>)[c];
  const head = cols.map((c) => `<th style="text-align:left">${escapeHtml(c)}</th>`).join("");
  const body = rows
    .slice(0, maxRows)
    .map((r) => `<tr>${cols.map((c) => `<td>${escapeHtml(cellText(at(r, c), decimals))}</td>`).join("")}</tr>`)
    .join("");
  const caption =
    opts.caption !== undefined ? `<caption style="text-align:left">${escapeHtml(opts.caption)}</caption>` : "";
  const more = rows.length > maxRows ? `<p>… ${rows.length - maxRows} more rows</p>` : "";
  return `<table class="xxgk-table">${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${more}`;
}

/** Rows as aligned plain text (tab-separated), cut like `tableHtml`. */
export function tableText(rows: readonly object[], opts: TableHtmlOptions = {}): string {
  const { maxRows = 20, decimals = 3 } = opts;
  const cols = Object.keys(rows[0] ?? {});
  const at = (r: object, c: string): unknown => (r as Record<string, unknown>)[c];
  const lines = [
    cols.join("\t"),
    ...rows.slice(0, maxRows).map((r) => cols.map((c) => cellText(at(r, c), decimals)).join("\t")),
  ];
  if (rows.length > maxRows) lines.push(`… ${rows.length - maxRows} more rows`);
  return [...(opts.caption !== undefined ? [opts.caption] : []), ...lines].join("\n");
}

/** Show rows as a table in the running notebook cell (HTML, with a plain-text twin). */
export function showTable(rows: readonly object[], opts: TableHtmlOptions = {}): void {
  displayMimeBundle({ "text/html": tableHtml(rows, opts), "text/plain": tableText(rows, opts) });
}
