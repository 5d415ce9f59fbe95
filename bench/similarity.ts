import { pathToFileURL } from "node:url";
import { findNearDuplicates, findReuse } from "../src/similarity/index.js";
import { jaccardOfSets } from "../src/similarity/jaccard.js";
import { prepareAll } from "../src/similarity/near-duplicates.js";
import { type SynthDoc, generateSyntheticCorpus, scoreReuse } from "../src/similarity/synth.js";
import { getJieba, tokenize } from "../src/tokenize/index.js";
import { bundledReportTexts } from "../test/fixtures/corpus-texts.js";

function seconds(t0: number): number {
  return Math.round(performance.now() - t0) / 1000;
}

/** Wall-clock and CPU seconds of `f` (the machine is shared: CPU time is the steadier figure). */
function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const u = process.cpuUsage(c);
  return { value, wall: seconds(t0), cpu: Math.round((u.user + u.system) / 1000) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** CPU milliseconds of `f` (steadier than wall time on a shared machine). */
function cpuMs(f: () => void): number {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

/** Tokenize vs bare nodejieba.cut on the same texts: interleaved rounds, median CPU time of each. */
function segmentation(texts: readonly string[], rounds: number): Record<string, number> {
  const jieba = getJieba();
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const tj: number[] = [];
  const tt: number[] = [];
  let tokens = 0;
  for (let r = 0; r < rounds; r++) {
    tj.push(
      cpuMs(() => {
        for (const t of texts) jieba.cut(t, true);
      }),
    );
    tt.push(
      cpuMs(() => {
        tokens = 0;
        for (const t of texts) tokens += tokenize(t).length;
      }),
    );
  }
  const j = median(tj);
  const t = median(tt);
  return {
    chars,
    tokens,
    jiebaCharsPerCpuSec: Math.round((chars / j) * 1000),
    tokenizeCharsPerCpuSec: Math.round((chars / t) * 1000),
    ratioTokenizeToJieba: Math.round((j / t) * 100) / 100,
  };
}

/** Exact all-pairs Jaccard on a subset: time per pair and the pairs at ≥ 0.5. */
function exactSubset(docs: readonly SynthDoc[]): { seconds: number; cpu: number; pairs: number; similar: Set<string> } {
  const run = timed(() => {
    const sets = prepareAll(docs, {}).prepared.map((p) => p?.set ?? new Uint32Array(0));
    const similar = new Set<string>();
    for (let a = 0; a < sets.length; a++) {
      for (let b = a + 1; b < sets.length; b++) {
        if (jaccardOfSets(sets[a]!, sets[b]!) >= 0.5) similar.add(`${docs[a]!.id}:${docs[b]!.id}`);
      }
    }
    return similar;
  });
  return { seconds: run.wall, cpu: run.cpu, pairs: (docs.length * (docs.length - 1)) / 2, similar: run.value };
}

async function corpusRun(n: number, src: readonly string[], subset: number): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const docs = generateSyntheticCorpus(20261122, n, { sources: src });
  const generate = seconds(t0);
  const kb = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0) / docs.length / 1024;
  const nearRun = timed(() => findNearDuplicates(docs));
  const near = nearRun.value;
  const nearSeconds = nearRun.wall;
  const reuseRun = timed(() => findReuse(docs));
  const reuse = reuseRun.value;
  const reuseSeconds = reuseRun.wall;
  const score = scoreReuse(docs, reuse);
  const sub = docs.slice(0, Math.min(subset, n));
  const exact = exactSubset(sub);
  const lshSub = findNearDuplicates(sub);
  const found = new Set(lshSub.pairs.map((p) => `${p.a}:${p.b}`));
  const hit = [...exact.similar].filter((k) => found.has(k)).length;
  const allPairs = (n * (n - 1)) / 2;
  const naive = (exact.seconds / exact.pairs) * allPairs;
  const naiveCpu = (exact.cpu / exact.pairs) * allPairs;
  return {
    reports: n,
    meanKB: Math.round(kb * 10) / 10,
    generateSeconds: generate,
    nearDuplicates: {
      seconds: nearSeconds,
      cpuSeconds: nearRun.cpu,
      pairs: near.pairs.length,
      clusters: near.clusters.length,
      ...near.stats,
    },
    naiveAllPairsExact: {
      subsetReports: sub.length,
      subsetSeconds: exact.seconds,
      subsetCpuSeconds: exact.cpu,
      extrapolatedSeconds: Math.round(naive * 10) / 10,
      extrapolatedCpuSeconds: Math.round(naiveCpu * 10) / 10,
      speedupCpu: Math.round((naiveCpu / nearRun.cpu) * 10) / 10,
    },
    lshRecallAtJaccard05: {
      exactPairs: exact.similar.size,
      found: hit,
      recall: exact.similar.size === 0 ? null : Math.round((hit / exact.similar.size) * 1000) / 1000,
    },
    reuse: {
      seconds: reuseSeconds,
      cpuSeconds: reuseRun.cpu,
      ...reuse.stats,
      clusters: reuse.clusters.length,
      precision: Math.round(score.precision * 10000) / 10000,
      recall: Math.round(score.recall * 10000) / 10000,
      kindAccuracy: Math.round(score.kindAccuracy * 10000) / 10000,
    },
    nearPlusReuseSeconds: Math.round((nearSeconds + reuseSeconds) * 1000) / 1000,
    nearPlusReuseCpuSeconds: Math.round((nearRun.cpu + reuseRun.cpu) * 1000) / 1000,
  };
}

/**
 * Run the benchmark.
 * @param opts `quick`: 1,000 reports only and a small exact subset; otherwise 1,000 and 10,000
 * @returns the figures (seconds, ratios, recall, precision, peak memory in MB)
 */
export async function bench(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const src = bundledReportTexts();
  const sizes = opts.quick ? [1000] : [1000, 10000];
  const segDocs = generateSyntheticCorpus(7, opts.quick ? 50 : 200, { sources: src }).map((d) => d.text);
  const out: Record<string, unknown> = { segmentation: segmentation(segDocs, opts.quick ? 3 : 7) };
  const runs: Record<string, unknown>[] = [];
  for (const n of sizes) runs.push(await corpusRun(n, src, opts.quick ? 300 : 1000));
  out.corpora = runs;
  if (runs.length === 2) {
    const t = runs.map((r) => r.nearPlusReuseSeconds as number);
    const c = runs.map((r) => r.nearPlusReuseCpuSeconds as number);
    out.growth10x = {
      wallRatio: Math.round((t[1]! / t[0]!) * 100) / 100,
      cpuRatio: Math.round((c[1]! / c[0]!) * 100) / 100,
      linearWouldBe: 10,
    };
  }
  out.loadAverage = (await import("node:os")).loadavg().map((x) => Math.round(x * 10) / 10);
  out.peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024);
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await bench({ quick: process.argv.includes("--quick") });
  console.log(JSON.stringify(result, null, 2));
}
