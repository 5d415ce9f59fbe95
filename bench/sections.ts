/**
 * Benchmark of the `sections` stage: segmentReport + detectMeta throughput on the
 * bundled corpus (seeds, pingtan, openings), repeated to a synthetic corpus, as a
 * ratio to a naive baseline measured in the same run (indexOf of the six canonical
 * headings), plus the cold gazetteer load time.
 * Run directly: `node --import tsx bench/sections.ts [--quick]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { detectMeta, lookupPlace, segmentReport } from "../src/sections/index.js";
import { detectScript, toSimplified } from "../src/util/chinese.js";

const RAW = new URL("../data/raw/", import.meta.url).pathname;
const CANONICAL = [
  "总体情况",
  "主动公开政府信息情况",
  "收到和处理政府信息公开申请情况",
  "行政复议",
  "存在的主要问题",
  "其他需要报告的事项",
];

function corpus(): string[] {
  const out: string[] = [];
  for (const dir of ["seeds", "pingtan", "openings"]) {
    for (const f of readdirSync(join(RAW, dir)).filter((x) => x.endsWith(".txt"))) {
      const raw = readFileSync(join(RAW, dir, f), "utf8");
      out.push(detectScript(raw) === "traditional" ? toSimplified(raw) : raw);
    }
  }
  return out;
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Measure and return the figures. */
export async function bench(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const gazetteerColdMs = time(() => lookupPlace("河北区"));
  const docs = corpus();
  const repeat = opts.quick ? 3 : 30;
  const texts: string[] = [];
  for (let r = 0; r < repeat; r++) for (const d of docs) texts.push(r === 0 ? d : `${d}\n`);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of docs.slice(0, 10)) segmentReport(t); // warm-up (JIT, converter)
  let found = 0;
  const baselineMs = time(() => {
    for (const t of texts) for (const h of CANONICAL) if (t.indexOf(h) >= 0) found++;
  });
  let sections = 0;
  const stageMs = time(() => {
    for (const t of texts) {
      const seg = segmentReport(t);
      detectMeta({ text: t }, seg.sections, seg.template);
      for (const s of Object.values(seg.sections)) if (s !== null) sections++;
    }
  });
  return {
    reports: texts.length,
    megachars: chars / 1e6,
    gazetteerColdMs: Math.round(gazetteerColdMs),
    reportsPerSecond: Math.round((texts.length / stageMs) * 1000),
    megacharsPerSecond: Number((chars / 1e6 / (stageMs / 1000)).toFixed(3)),
    baselineMs: Number(baselineMs.toFixed(2)),
    stageMs: Math.round(stageMs),
    ratioToBaseline: Math.round(stageMs / Math.max(baselineMs, 0.01)),
    sectionsFound: sections,
    baselineHeadingHits: found,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  bench({ quick: process.argv.includes("--quick") }).then((r) =>
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
  );
}
