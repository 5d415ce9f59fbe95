/**
 * Static export: the only code that touches a browser. A spec is drawn by the bundled
 * plotly.js (node_modules/plotly.js-dist-min, never a CDN) in Debian's headless Chromium,
 * driven by playwright-core, and exported with `Plotly.toImage` as SVG or PNG.
 * Launch one renderer per batch of figures and close it at the end.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { describe, InvalidInputError, InvalidOptionError, KitError } from "../errors.js";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH } from "./layout.js";
import type { ChartSpec } from "./types.js";

/** Debian's Chromium. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Chromium flags: headless, sandbox off (containers), no network chatter. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The renderer could not start the browser or draw a figure. */
export class RenderError extends KitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "render_error", options);
  }
}

/** Options of `launchChartRenderer`. */
export interface RendererOptions {
  /** Chromium executable (default `CHROMIUM_PATH`). */
  readonly executablePath?: string;
}

/** Size of an exported image; width and height default to the spec's layout size. */
export interface ImageOptions {
  readonly width?: number;
  readonly height?: number;
  /** Pixel ratio of PNGs (default 1; 2 for print). */
  readonly scale?: number;
}

/** Static image formats. */
export type ImageFormat = "svg" | "png";

/** A headless browser page with plotly.js loaded, reused for a batch of figures. */
export interface ChartRenderer {
  /** The figure as an SVG document. */
  svg(spec: ChartSpec, opts?: ImageOptions): Promise<string>;
  /** The figure as PNG bytes. */
  png(spec: ChartSpec, opts?: ImageOptions): Promise<Uint8Array>;
  /** Console errors and page errors seen so far (a clean run has none). */
  errors(): readonly string[];
  /** Close the browser. */
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Path of the bundled plotly.js (plotly.js-dist-min). */
export function plotlyPath(): string {
  return require.resolve("plotly.js-dist-min");
}

/** The bundled plotly.js version, e.g. `3.7.0`. */
export function plotlyVersion(): string {
  const pkg = require("plotly.js-dist-min/package.json") as { version: string };
  return pkg.version;
}

let plotlySource: string | null = null;

/** The bundled plotly.js source (read once). */
export function readPlotlyJs(): string {
  if (plotlySource === null) plotlySource = readFileSync(plotlyPath(), "utf8");
  return plotlySource;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font-family:"Noto Sans CJK SC",sans-serif}</style></head><body></body></html>`;

/**
 * Launch headless Chromium with plotly.js loaded. All network requests are blocked.
 * @throws RenderError when the browser cannot start
 */
export async function launchChartRenderer(opts: RendererOptions = {}): Promise<ChartRenderer> {
  const executablePath = opts.executablePath ?? CHROMIUM_PATH;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (cause) {
    throw new RenderError(`charts: cannot start Chromium; expected a browser at ${executablePath}`, { cause });
  }
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route(/^(?!data:|about:)/, (route) => route.abort());
    await page.setContent(PAGE);
    await page.addScriptTag({ content: readPlotlyJs() });
    return makeRenderer(browser, page, errors);
  } catch (cause) {
    await browser.close();
    throw new RenderError("charts: cannot load plotly.js into the page", { cause });
  }
}

function makeRenderer(browser: Browser, page: Page, errors: string[]): ChartRenderer {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    svg: (spec, opts) => serial(async () => decodeSvg(await toImage(page, spec, "svg", opts))),
    png: (spec, opts) => serial(async () => decodePng(await toImage(page, spec, "png", opts))),
    errors: () => [...errors],
    close: () => browser.close(),
  };
}

interface ToImageArgs {
  readonly data: unknown;
  readonly layout: unknown;
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

async function toImage(page: Page, spec: ChartSpec, format: ImageFormat, opts: ImageOptions = {}): Promise<string> {
  const args = imageArgs(spec, format, opts);
  try {
    return await page.evaluate(async (a: ToImageArgs) => {
      const g = globalThis as unknown as BrowserGlobals;
      const div = g.document.createElement("div");
      g.document.body.appendChild(div);
      try {
        await g.document.fonts.ready;
        await g.Plotly.newPlot(div, a.data, a.layout, { staticPlot: true });
        return await g.Plotly.toImage(div, { format: a.format, width: a.width, height: a.height, scale: a.scale });
      } finally {
        g.Plotly.purge(div);
        div.remove();
      }
    }, args);
  } catch (cause) {
    throw new RenderError(`charts: plotly.js could not draw the figure ${describe(titleOf(spec))} as ${format}`, {
      cause,
    });
  }
}

/** The few browser globals the page script uses (the project compiles without DOM types). */
interface BrowserGlobals {
  readonly document: {
    createElement(tag: string): BrowserElement;
    readonly body: { appendChild(el: BrowserElement): void };
    readonly fonts: { readonly ready: Promise<unknown> };
  };
  readonly Plotly: {
    newPlot(div: BrowserElement, data: unknown, layout: unknown, config: unknown): Promise<unknown>;
    toImage(div: BrowserElement, opts: Record<string, unknown>): Promise<string>;
    purge(div: BrowserElement): void;
  };
}

interface BrowserElement {
  remove(): void;
}

function imageArgs(spec: ChartSpec, format: ImageFormat, opts: ImageOptions): ToImageArgs {
  if (!Array.isArray(spec?.data) || typeof spec.layout !== "object" || spec.layout === null) {
    throw new InvalidInputError(`charts: figure spec; expected {data: array, layout: object}, found ${describe(spec)}`);
  }
  if (format !== "svg" && format !== "png") {
    throw new InvalidOptionError(`charts: image format; expected svg or png, found ${describe(format)}`);
  }
  const width = opts.width ?? numberOr(spec.layout.width, DEFAULT_WIDTH);
  const height = opts.height ?? numberOr(spec.layout.height, DEFAULT_HEIGHT);
  const scale = opts.scale ?? 1;
  if (!(scale > 0 && scale <= 8)) {
    throw new InvalidOptionError(`charts: image scale; expected a number in (0, 8], found ${describe(scale)}`);
  }
  return { data: spec.data, layout: spec.layout, format, width, height, scale };
}

function numberOr(v: unknown, fallback: number): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

function titleOf(spec: ChartSpec): unknown {
  const t = spec.layout.title as { text?: unknown } | string | undefined;
  return typeof t === "object" && t !== null ? t.text : t;
}

/** `data:image/svg+xml,…` (URI-encoded) → the SVG document. */
function decodeSvg(dataUrl: string): string {
  const comma = dataUrl.indexOf(",");
  const head = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  return head.endsWith(";base64") ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body);
}

/** `data:image/png;base64,…` → PNG bytes. */
function decodePng(dataUrl: string): Uint8Array {
  return new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
}

/**
 * Render a batch of figures with one browser, closed at the end (also on failure).
 * @returns SVG strings or PNG bytes, in the order of `specs`
 */
export async function renderCharts(
  specs: readonly ChartSpec[],
  format: ImageFormat,
  opts: ImageOptions & RendererOptions = {},
): Promise<Array<string | Uint8Array>> {
  const renderer = await launchChartRenderer(opts);
  try {
    const out: Array<string | Uint8Array> = [];
    for (const spec of specs)
      out.push(format === "svg" ? await renderer.svg(spec, opts) : await renderer.png(spec, opts));
    return out;
  } finally {
    await renderer.close();
  }
}

/**
 * Export named figures as files `<dir>/<name>.<format>` with one renderer, for each format.
 * @returns the written paths, in order
 */
export async function exportFigures(
  specs: Readonly<Record<string, ChartSpec>>,
  dir: string,
  renderer: ChartRenderer,
  opts: { formats?: readonly ImageFormat[]; scale?: number } = {},
): Promise<string[]> {
  const { formats = ["svg", "png"], scale = 2 } = opts;
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    for (const format of formats) {
      const file = resolve(dir, `${name}.${format}`);
      writeFileSync(file, format === "svg" ? await renderer.svg(spec) : await renderer.png(spec, { scale }));
      written.push(file);
    }
  }
  return written;
}
