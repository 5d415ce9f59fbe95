// Benchmark of the charts stage: spec building over many rows (against a plain pass over the
// same rows) and static export in headless Chromium (against exporting an empty figure).
// Run: node --import tsx bench/charts.ts [--quick]
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { type BarRow, barChartSpec, heatmapSpec, launchChartRenderer, summariseRows } from "../src/charts/index.js";

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function time(fn: () => unknown, repeat: number): number {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - t0) / repeat;
}

async function timeAsync(fn: () => Promise<unknown>, repeat: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) await fn();
  return (performance.now() - t0) / repeat;
}

export async function bench(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const n = opts.quick ? 20_000 : 200_000;
  const rand = rng(42);
  const rows = Array.from({ length: n }, (_, i) => ({
    year: 2019 + (i % 5),
    level: ["county", "township", "city"][i % 3] ?? "county",
    value: rand() < 0.05 ? null : Math.floor(rand() * 100),
  }));
  const bars: BarRow[] = rows.map((r, i) => ({ category: `c${i % 500}`, series: r.level, value: r.value }));
  let sink = 0;
  const baselineMs = time(() => {
    for (const r of rows) sink += r.value ?? 0;
  }, 5);
  const summariseMs = time(() => summariseRows(rows, ["year", "level"], "value"), 3);
  const barMs = time(() => barChartSpec(bars, { title: "bench" }), 3);

  const renderer = await launchChartRenderer();
  const repeat = opts.quick ? 3 : 10;
  const size = 30;
  const heat = heatmapSpec(
    {
      x: Array.from({ length: size }, (_, i) => `r${i}`),
      y: Array.from({ length: size }, (_, i) => `r${i}`),
      z: Array.from({ length: size }, () => Array.from({ length: size }, () => rand())),
    },
    { title: "bench heatmap" },
  );
  const bar = barChartSpec(bars.slice(0, 1500), { title: "bench bars" });
  const empty = { data: [], layout: { width: 760, height: 460 } };
  await renderer.svg(empty); // warm-up
  const emptyMs = await timeAsync(() => renderer.svg(empty), repeat);
  const barSvgMs = await timeAsync(() => renderer.svg(bar), repeat);
  const heatPngMs = await timeAsync(() => renderer.png(heat), repeat);
  await renderer.close();
  return {
    rows: n,
    sink: sink > 0,
    baseline_pass_ms: round(baselineMs),
    summarise_rows_ms: round(summariseMs),
    summarise_vs_baseline: round(summariseMs / baselineMs),
    bar_spec_ms: round(barMs),
    bar_spec_rows_per_s: Math.round(n / (barMs / 1000)),
    bar_spec_vs_baseline: round(barMs / baselineMs),
    render_empty_svg_ms: round(emptyMs),
    render_bar_svg_ms: round(barSvgMs),
    render_bar_svg_vs_empty: round(barSvgMs / emptyMs),
    render_heatmap_png_ms: round(heatPngMs),
    render_heatmap_png_vs_empty: round(heatPngMs / emptyMs),
  };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  bench({ quick: process.argv.includes("--quick") }).then((r) =>
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
  );
}
