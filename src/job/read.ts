/** The read phase of the job: every input through the worker pool (or the cache), records and texts spilled to disk. */

import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type CorpusSteps, type DocInfo, type DocSource, hasText } from "../corpus/index.js";
import { reportId, SpillFile, slimRecord, toRecord } from "../dataset/index.js";
import type { ReportRecord, Row } from "../frames/index.js";
import { SpecificityCorpus } from "../narrative/index.js";
import { OUT_DIR, PROJECT_ROOT } from "../paths.js";
import type { SlimAnalysis } from "../pipeline/index.js";
import type { SimilarityDoc } from "../similarity/index.js";
import type { ReportStatus, Sections } from "../types.js";
import { optionsKey, ReportCache } from "./cache.js";
import { analyzeInputs, type RunInputsOptions } from "./run-inputs.js";

export interface LoadOptions extends Omit<RunInputsOptions, "lookup"> {
  /** Directory of the per-report cache; null for none (default `out/.cache` of the project). */
  readonly cacheDir?: string | null;
  /** Called after every input with the running counts. */
  readonly onProgress?: (p: Progress) => void;
  /**
   * Keep the per-report analyses (normalised text, sections, narrative) in the result (default true,
   * for notebooks). The analyze job drops them after the corpus steps to free memory.
   */
  readonly keepAnalyses?: boolean;
}

export interface Progress {
  readonly done: number;
  readonly total: number | null;
  readonly cached: number;
  readonly status: Readonly<Record<ReportStatus, number>>;
  readonly current: string;
}

export async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}

/** What the read phase keeps: slim records and manifest rows in memory, the rest in spill files. */
export interface ReadResult {
  /** Slim record (`slimRecord`) of every input, in input order. */
  readonly slim: ReportRecord[];
  /** Manifest row of every input (duplicate_of still null), by input number. */
  readonly manifest: SpillFile<Row>;
  /** The full record of every input, by input number, before the corpus results. */
  readonly records: SpillFile<ReportRecord>;
  /** Text and sections of every report with text, by document number (`infos`). */
  readonly texts: SpillFile<{ readonly text: string; readonly sections: Sections }>;
  readonly infos: DocInfo[];
  /** Every problem and improvement item, for specificity. */
  readonly items: SpecificityCorpus;
  /** Per-report analyses by report id (only with `keepAnalyses`). */
  readonly analyses: Map<string, SlimAnalysis>;
  readonly status: Record<ReportStatus, number>;
  readonly cached: number;
  readonly interrupted: boolean;
}

/** The similarity documents of a read corpus, loaded one at a time from its spill file. */
export function docSource(run: ReadResult): DocSource {
  return {
    infos: run.infos,
    load: (i): SimilarityDoc => ({ ...run.infos[i]!, ...run.texts.get(i) }),
  };
}

/**
 * Read every input through the worker pool (or the cache) in input order. Memory keeps a slim
 * record and a manifest row per input; the full record and the text go to spill files in `work`.
 */
export async function readCorpus(
  inputs: readonly string[],
  options: LoadOptions,
  work: string,
  version: string,
): Promise<ReadResult> {
  const { cacheDir = join(OUT_DIR, ".cache"), onProgress, keepAnalyses = true, ...runOptions } = options;
  const cache =
    cacheDir === null ? null : new ReportCache(cacheDir, optionsKey({ ocr: runOptions.ocr !== false }, version));
  const roots = inputs.map((p) => resolve(p));
  const run: Omit<ReadResult, "cached" | "interrupted"> = {
    slim: [],
    manifest: new SpillFile(join(work, "manifest.jsonl")),
    records: new SpillFile(join(work, "records.jsonl")),
    texts: new SpillFile(join(work, "texts.jsonl")),
    infos: [],
    items: new SpecificityCorpus(),
    analyses: new Map(),
    status: { ok: 0, partial: 0, error: 0 },
  };
  let cached = 0;
  const cachedPaths = new Set<string>();
  try {
    for await (const r of analyzeInputs(inputs, {
      ...runOptions,
      lookup:
        cache === null
          ? undefined
          : async (path, sha) => {
              const hit = await cache.get(path, sha);
              if (hit !== null) cachedPaths.add(path);
              return hit;
            },
    })) {
      const id = reportId(resolve(r.path), roots);
      const wasCached = cachedPaths.delete(r.path);
      if (wasCached) cached++;
      else if (cache !== null && r.analysis !== null) await cache.put(r.analysis);
      const a = r.analysis;
      if (a !== null && keepAnalyses) run.analyses.set(id, a);
      const record = toRecord(id, r.report, a);
      run.records.append(record);
      run.slim.push(slimRecord(record));
      for (const item of record.items) run.items.add(item.text);
      if (a !== null && hasText(a)) {
        run.infos.push({ id, agency_id: r.report.meta.agency_id, year: r.report.meta.year });
        run.texts.append({ text: a.doc.text, sections: a.sections });
      }
      run.status[r.report.status]++;
      run.manifest.append({
        input: r.path,
        report_id: id,
        sha256: r.report.sha256,
        bytes: a?.doc.bytes ?? null,
        format: r.report.format,
        status: r.report.status,
        reason: r.report.status === "ok" ? null : reasonOf(r.report.diagnostics),
        duplicate_of: null,
        cached: wasCached,
      });
      onProgress?.({
        done: run.slim.length,
        total: null,
        cached,
        status: { ...run.status },
        current: r.path,
      });
    }
  } catch (err) {
    closeRun(run);
    throw err;
  }
  return { ...run, cached, interrupted: options.signal?.aborted === true };
}

/** Close and delete the spill files of a run. */
export function closeRun(run: Pick<ReadResult, "manifest" | "records" | "texts">): void {
  run.manifest.close();
  run.records.close();
  run.texts.close();
}

/** The corpus steps of an interrupted run: nothing computed. */
export function noSteps(): CorpusSteps {
  return {
    nearDuplicates: [],
    crossYearRows: [],
    similarity: null,
    reuse: new Map(),
    specificity: () => 0,
    diagnostics: [],
  };
}

function reasonOf(diagnostics: readonly { severity: string; code: string; message: string }[]): string | null {
  const worst = diagnostics.filter((d) => d.severity === "error");
  const list = (worst.length > 0 ? worst : diagnostics.filter((d) => d.severity === "warning")).slice(0, 3);
  return list.length === 0 ? null : list.map((d) => `${d.code}: ${d.message}`).join("; ");
}
