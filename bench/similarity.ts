import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  corpusSimilarity,
  type DocInfo,
  type DocSource,
  findNearDuplicates,
  findReuse,
  prepareAll,
  reusePassageRows,
  reuseSpanRows,
  type SimilarityDoc,
} from "../src/index.js";
import { jaccardOfSets } from "../src/similarity/jaccard.js";
import { getJieba, tokenize } from "../src/tokenize/index.js";
import { bundledReportTexts } from "../test/fixtures/corpus-texts.js";
import { generateSyntheticCorpus, type SynthDoc, scoreReuse } from "../test/support/synth.js";

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

/** Byte offset and length of every document's line in a JSON Lines corpus file, and the documents' infos. */
interface CorpusIndex {
  readonly infos: DocInfo[];
  readonly offsets: number[];
  readonly lengths: number[];
}

/** Write a synthetic corpus of `n` reports as JSON Lines (one document a line) with its index. */
function writeCorpus(n: number, src: readonly string[], dir: string): string {
  const path = join(dir, `corpus-${n}.jsonl`);
  const fd = openSync(path, "w");
  const index: CorpusIndex = { infos: [], offsets: [], lengths: [] };
  let at = 0;
  for (const d of generateSyntheticCorpus(20261122, n, { sources: src })) {
    const line = Buffer.from(
      `${JSON.stringify({ id: d.id, agency_id: d.agency_id, year: d.year, text: d.text, sections: d.sections })}\n`,
    );
    writeSync(fd, line);
    index.infos.push({ id: d.id, agency_id: d.agency_id, year: d.year });
    index.offsets.push(at);
    index.lengths.push(line.length - 1);
    at += line.length;
  }
  closeSync(fd);
  writeFileSync(`${path}.index.json`, JSON.stringify(index));
  return path;
}

/** A source reading documents from a JSON Lines corpus file by offset (`fs.readSync`), holding no texts. */
function diskSource(path: string): { source: DocSource; loads: () => number; close: () => void } {
  const index = JSON.parse(readFileSync(`${path}.index.json`, "utf8")) as CorpusIndex;
  const fd = openSync(path, "r");
  let buf = Buffer.alloc(1 << 16);
  let loads = 0;
  const source: DocSource = {
    infos: index.infos,
    load(i: number): SimilarityDoc {
      const len = index.lengths[i]!;
      if (buf.length < len) buf = Buffer.alloc(len * 2);
      readSync(fd, buf, 0, len, index.offsets[i]!);
      loads++;
      return JSON.parse(buf.toString("utf8", 0, len)) as SimilarityDoc;
    },
  };
  return { source, loads: () => loads, close: () => closeSync(fd) };
}

/** Sample the process' RSS every 50 ms from a worker thread (it keeps sampling while the main thread computes). */
function rssSampler(): { peakMB: () => number; stop: () => Promise<number> } {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require("node:worker_threads");
     const s = workerData;
     const tick = () => { const kb = Math.round(process.memoryUsage.rss() / 1024); if (kb > Atomics.load(s, 0)) Atomics.store(s, 0, kb); };
     tick();
     const t = setInterval(() => { tick(); if (Atomics.load(s, 1) === 1) clearInterval(t); }, 50);`,
    { eval: true, workerData: shared },
  );
  return {
    peakMB: () => Atomics.load(shared, 0) / 1024,
    stop: async () => {
      Atomics.store(shared, 1, 1);
      await worker.terminate();
      return Atomics.load(shared, 0) / 1024;
    },
  };
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** Heap and array buffers (what the similarity step allocates), in bytes. */
function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * One measured case, run in its own process so that its RSS is not inflated by earlier runs:
 * `streaming` reads the corpus file through `diskSource` and never holds the texts; `inMemory`
 * holds all documents (as the pipeline does today) and runs findNearDuplicates, findReuse and
 * the passage and span rows. Both write every passage and span row as a JSON line (counted, not kept).
 */
async function memoryCase(kind: string, path: string): Promise<Record<string, unknown>> {
  let docs: SimilarityDoc[] = [];
  const disk = diskSource(path);
  if (kind === "inMemory") docs = disk.source.infos.map((_, i) => disk.source.load(i));
  collect();
  const baseRss = process.memoryUsage.rss();
  const baseHeap = heapBytes();
  const sampler = rssSampler();
  let peakHeap = baseHeap;
  const every = setInterval(() => {
    peakHeap = Math.max(peakHeap, heapBytes());
  }, 50);
  let lastSample = performance.now();
  const sample = (): void => {
    if (performance.now() - lastSample < 50) return;
    lastSample = performance.now();
    peakHeap = Math.max(peakHeap, heapBytes());
  };
  let bytes = 0;
  let rows = 0;
  const write = (row: Record<string, unknown>): void => {
    bytes += JSON.stringify(row).length + 1;
    rows++;
    if ((rows & 1023) === 0) sample();
  };
  const run = timed(() => {
    if (kind === "streaming") {
      const source: DocSource = {
        infos: disk.source.infos,
        load(i) {
          sample();
          return disk.source.load(i);
        },
      };
      const sim = corpusSimilarity(source);
      for (const r of sim.passageRows()) write(r);
      for (const s of sim.spans()) write({ id: s.id, start: s.start, end: s.end, kind: s.kind });
      return { near: sim.near.pairs.length, ...sim.reuse.stats, clusters: sim.reuse.clusters.length };
    }
    const near = findNearDuplicates(docs, { threshold: 0.5 });
    sample();
    const reuse = findReuse(docs);
    sample();
    for (const r of reusePassageRows(reuse, docs)) write(r);
    for (const r of reuseSpanRows(reuse)) write(r);
    return { near: near.pairs.length, ...reuse.stats, clusters: reuse.clusters.length };
  });
  clearInterval(every);
  const peakRss = await sampler.stop();
  collect();
  const result = {
    kind,
    ...run.value,
    rows,
    outputMB: mb(bytes),
    loads: disk.loads() - (kind === "inMemory" ? docs.length : 0),
    seconds: run.wall,
    cpuSeconds: run.cpu,
    baseRssMB: mb(baseRss),
    peakRssGrowthMB: Math.round(peakRss - baseRss / 1048576),
    peakHeapGrowthMB: mb(peakHeap - baseHeap),
    retainedHeapMB: mb(heapBytes() - baseHeap),
  };
  disk.close();
  return result;
}

/**
 * Streaming (`corpusSimilarity` over a disk-backed source) beside in-memory (`findNearDuplicates` +
 * `findReuse` over all texts) on the same generated corpora, each case in a fresh process.
 */
function memoryComparison(src: readonly string[], sizes: readonly number[]): Record<string, unknown>[] {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-simbench-"));
  const out: Record<string, unknown>[] = [];
  try {
    for (const n of sizes) {
      const path = writeCorpus(n, src, dir);
      const cases: Record<string, unknown> = { reports: n };
      for (const kind of ["streaming", "inMemory"]) {
        const child = spawnSync(
          process.execPath,
          ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--memory-case", kind, path],
          { encoding: "utf8", maxBuffer: 1 << 24 },
        );
        if (child.status !== 0) throw new Error(`memory case ${kind} failed: ${child.stderr}`);
        cases[kind] = JSON.parse(child.stdout);
      }
      const s = cases.streaming as Record<string, number>;
      const m = cases.inMemory as Record<string, number>;
      cases.streamingToInMemory = {
        wall: Math.round((s.seconds! / m.seconds!) * 100) / 100,
        cpu: Math.round((s.cpuSeconds! / m.cpuSeconds!) * 100) / 100,
        peakRssGrowth: Math.round((s.peakRssGrowthMB! / m.peakRssGrowthMB!) * 100) / 100,
      };
      out.push(cases);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
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
  out.memory = memoryComparison(src, sizes);
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
  const at = process.argv.indexOf("--memory-case");
  if (at >= 0) {
    console.log(JSON.stringify(await memoryCase(process.argv[at + 1]!, process.argv[at + 2]!)));
  } else if (process.argv.includes("--memory")) {
    // only the streaming / in-memory comparison: --memory [--quick]
    const sizes = process.argv.includes("--quick") ? [1000] : [1000, 10000];
    console.log(JSON.stringify(memoryComparison(bundledReportTexts(), sizes), null, 2));
  } else {
    const result = await bench({ quick: process.argv.includes("--quick") });
    console.log(JSON.stringify(result, null, 2));
  }
}
