/**
 * Benchmark of the `tables` stage: parsing throughput (reports/s) of tables 2–4 over a
 * synthetic corpus rendered in the layouts' mix, beside a baseline measured in the same run
 * (splitting the same texts into lines and scanning their numbers), plus `checkTables`.
 * Run directly: `node --import tsx bench/tables.ts [--quick]`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { checkTables } from "../src/rules/index.js";
import { parseTables } from "../src/tables/index.js";
import { LAYOUTS, type Rendered, randomTruth, renderReport } from "../test/tables/render.js";

/** Target: mean table-parsing time per report, single thread (the scale issue's per-stage line). */
const TABLE_BUDGET_MS = 2;

function corpus(n: number): Rendered[] {
  const out: Rendered[] = [];
  for (let i = 0; i < n; i++)
    out.push(renderReport(randomTruth(40_000 + i, 0.1), LAYOUTS[i % LAYOUTS.length]!, 40_000 + i));
  return out;
}

function time(fn: () => number): { ms: number; sink: number } {
  const t0 = performance.now();
  const sink = fn();
  return { ms: performance.now() - t0, sink };
}

/** Measure and return the figures (reports/s, ratio to the baseline). */
export async function bench(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const n = opts.quick ? 60 : 600;
  const docs = corpus(n);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  const baseline = time(() => {
    let k = 0;
    for (const d of docs) for (const line of d.text.split("\n")) k += line.match(/\d+/g)?.length ?? 0;
    return k;
  });
  const parsed: ReturnType<typeof parseTables>[] = [];
  const parse = time(() => {
    for (const d of docs) parsed.push(parseTables(d.text, null, { grids: d.grids }));
    return parsed.length;
  });
  const check = time(() => parsed.reduce((s, p) => s + checkTables(p.tables).length, 0));
  // The per-report table budget of the scale targets: mean single-thread parse time per report.
  const perLayout: Record<string, number> = {};
  for (const layout of LAYOUTS) {
    const mine = docs.filter((d) => d.layout === layout);
    const t = time(() => {
      for (const d of mine) parseTables(d.text, null, { grids: d.grids });
      return mine.length;
    });
    perLayout[layout] = Number((t.ms / Math.max(1, mine.length)).toFixed(2));
  }
  const perSecond = (ms: number) => Math.round((n / ms) * 1000);
  return {
    stage: "tables",
    reports: n,
    layouts: LAYOUTS.length,
    mean_chars: Math.round(chars / n),
    parse_reports_per_s: perSecond(parse.ms),
    parse_mean_ms: Number((parse.ms / n).toFixed(3)),
    parse_budget_ms: TABLE_BUDGET_MS,
    parse_within_budget: parse.ms / n <= TABLE_BUDGET_MS,
    parse_mean_ms_by_layout: perLayout,
    baseline: "split into lines and scan numbers, same texts",
    baseline_reports_per_s: perSecond(baseline.ms),
    parse_vs_baseline: Number((parse.ms / Math.max(baseline.ms, 1e-3)).toFixed(1)),
    check_reports_per_s: perSecond(check.ms),
    rules_checked: check.sink,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const figures = await bench({ quick: process.argv.includes("--quick") });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
