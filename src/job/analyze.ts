/**
 * The main job: a folder of reports → a research dataset. Streams inputs through the worker pool
 * (bounded memory per report, both cores), caches per-report results, then runs the corpus-level
 * steps (duplicates, reuse, cross-year rules) and writes every output atomically, `xxgk-run.json` last.
 */

import { mkdir, readdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { corpusSteps, markDuplicates } from "../corpus/index.js";
import { type WriteOptions, writeOutputs } from "../dataset/index.js";
import type { ReportStatus } from "../types.js";
import { closeRun, docSource, type LoadOptions, packageVersion, readCorpus } from "./read.js";

export interface AnalyzeOptions extends Omit<LoadOptions, "cacheDir">, WriteOptions {
  /** Output directory. */
  readonly out: string;
  /** Use and fill the per-report cache in `<out>/.cache` (default true). */
  readonly cache?: boolean;
}

export interface AnalyzeResult {
  readonly inputs: number;
  readonly status: Readonly<Record<ReportStatus, number>>;
  readonly cached: number;
  readonly duplicates: number;
  readonly files: readonly string[];
  /** True when the signal stopped the run before all inputs were read; no output was replaced then. */
  readonly interrupted: boolean;
  /** Wall-clock milliseconds per phase: read (per-report stages), corpus (reuse, duplicates, cross-year), write. */
  readonly timings: { readonly read: number; readonly corpus: number; readonly write: number };
}

/** Remove the spill folders of runs that were killed (their process is gone). */
async function removeStaleWork(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    const pid = /^\.work-(\d+)$/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0); // still running (another job on the same folder): leave it
    } catch {
      await rm(join(outDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * Run the whole job. Resolves when every output is in place (or, when interrupted, without touching
 * them). Memory holds a slim record per report (`slimRecord`) and the corpus-level results; the full
 * records and texts wait in spill files under `<out>/.work-<pid>`, removed at the end.
 */
export async function analyzeCorpus(inputs: readonly string[], options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { out, cache = true, jsonl, csvLong, ...loadOptions } = options;
  const outDir = resolve(out);
  await mkdir(outDir, { recursive: true });
  await removeStaleWork(outDir);
  const work = join(outDir, `.work-${process.pid}`);
  await mkdir(work, { recursive: true });
  const version = await packageVersion();
  try {
    const t0 = performance.now();
    const run = await readCorpus(
      inputs,
      { ...loadOptions, cacheDir: cache ? join(outDir, ".cache") : null, keepAnalyses: false },
      work,
      version,
    );
    try {
      const t1 = performance.now();
      const base = { inputs: run.slim.length, status: run.status, cached: run.cached };
      if (run.interrupted)
        return {
          ...base,
          duplicates: 0,
          files: [],
          interrupted: true,
          timings: { read: t1 - t0, corpus: 0, write: 0 },
        };
      const steps = corpusSteps(run.slim, docSource(run), run.items);
      const marked = markDuplicates(run.slim, steps.nearDuplicates);
      const t2 = performance.now();
      const files = await writeOutputs(outDir, run, steps, marked, version, { jsonl, csvLong });
      return {
        ...base,
        duplicates: marked.records.filter((r) => r.duplicate_of !== null).length,
        files,
        interrupted: false,
        timings: { read: t1 - t0, corpus: t2 - t1, write: performance.now() - t2 },
      };
    } finally {
      closeRun(run);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
