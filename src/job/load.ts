/** A corpus read and analysed in memory, for notebooks and small corpora (`loadCorpus`). */

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusSteps, finishRecord, markDuplicates, type ReuseResult, similarityDocs } from "../corpus/index.js";
import type { ReportRecord, Row } from "../frames/index.js";
import type { SlimAnalysis } from "../pipeline/index.js";
import type { SimilarityDoc } from "../similarity/index.js";
import type { Diagnostic, ReportStatus } from "../types.js";
import { closeRun, docSource, type LoadOptions, noSteps, packageVersion, readCorpus } from "./read.js";

/** The corpus-level results of a corpus held in memory. */
export interface CorpusResult {
  /** Pairs of report ids whose texts are near-identical (containment ≥ 0.9), for duplicate marking. */
  readonly nearDuplicates: readonly (readonly [string, string])[];
  /** Rule rows of the corpus-level checks (carried_forward(y) = carried_over(y+1), stock-flow). */
  readonly crossYearRows: readonly Row[];
  /** The reuse analysis; null when no report had text. */
  readonly reuse: ReuseResult | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** A corpus read and analysed: the records (duplicates marked), the analyses and the corpus-level results. */
export interface CorpusAnalysis {
  readonly records: readonly ReportRecord[];
  /** Per-report analyses (normalised text, sections, narrative) by report id. */
  readonly analyses: ReadonlyMap<string, SlimAnalysis>;
  readonly corpus: CorpusResult;
  /** Groups of report ids that are one report; the first is counted. */
  readonly duplicateGroups: readonly string[][];
  /** One row per input (see MANIFEST_COLUMNS). */
  readonly manifest: readonly Row[];
  readonly status: Readonly<Record<ReportStatus, number>>;
  readonly cached: number;
  /** True when the signal stopped the run before every input was read. */
  readonly interrupted: boolean;
  /** Wall-clock milliseconds: reading every report (all per-report stages), then the corpus-level steps. */
  readonly timings: { readonly read: number; readonly corpus: number };
}

/**
 * Read and analyse every report under `inputs` (files or directories) and run the corpus-level
 * steps, holding every record in memory. The library entry point for notebooks:
 * `await loadCorpus(paths.corpusDir())`. (`analyzeCorpus` writes a corpus of any size to disk.)
 */
export async function loadCorpus(
  inputs: string | readonly string[],
  options: LoadOptions = {},
): Promise<CorpusAnalysis> {
  const list = typeof inputs === "string" ? [inputs] : inputs;
  const work = await mkdtemp(join(tmpdir(), "xxgk-corpus-"));
  try {
    const t0 = performance.now();
    const run = await readCorpus(list, options, work, await packageVersion());
    try {
      const t1 = performance.now();
      const steps = run.interrupted ? noSteps() : corpusSteps(run.slim, docSource(run), run.items);
      const { records: marked, groups } = markDuplicates(run.slim, steps.nearDuplicates);
      const records = marked.map((m, i) => finishRecord(run.records.get(i), steps, m.duplicate_of));
      const sim = steps.similarity;
      return {
        records,
        analyses: run.analyses,
        corpus: {
          nearDuplicates: steps.nearDuplicates,
          crossYearRows: steps.crossYearRows,
          reuse: sim === null ? null : { ...sim.reuse, passages: [...sim.passages()], spans: [...sim.spans()] },
          diagnostics: steps.diagnostics,
        },
        duplicateGroups: groups,
        manifest: marked.map((m, i) => ({ ...run.manifest.get(i), duplicate_of: m.duplicate_of })),
        status: run.status,
        cached: run.cached,
        interrupted: run.interrupted,
        timings: { read: t1 - t0, corpus: performance.now() - t1 },
      };
    } finally {
      closeRun(run);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The reports under `path` as documents for the similarity stage, read through the whole pipeline
 * (normalised text, sections, agency and year), with the project cache.
 */
export async function loadSimilarityDocs(path: string, options: LoadOptions = {}): Promise<SimilarityDoc[]> {
  const c = await loadCorpus(path, options);
  return similarityDocs(c.records, c.analyses);
}
