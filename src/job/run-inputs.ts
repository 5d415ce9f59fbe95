/**
 * Stream inputs through the analysis pool in input order, with a bounded number of files in
 * flight. Every input yields exactly one result: inputs in = results out.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { listInputs } from "../ingest/index.js";
import { errorReport, type ParseOptions, type SlimAnalysis } from "../pipeline/index.js";
import type { Diagnostic, ParsedReport } from "../types.js";
import { AnalysisPool, type PoolOptions } from "./pool.js";

export interface InputResult {
  /** Position of the input in the expanded, sorted input list. */
  readonly index: number;
  /** Path of the input file. */
  readonly path: string;
  /** The contract object (an `error` report when the file could not be analysed). */
  readonly report: ParsedReport;
  /** The analysis, when the file could be analysed. */
  readonly analysis: SlimAnalysis | null;
}

export interface RunInputsOptions extends ParseOptions, PoolOptions {
  /** Called before a file is analysed; return a cached analysis to skip it. */
  readonly lookup?: (path: string, sha256: string | null) => Promise<SlimAnalysis | null>;
  /** Stop early when this signal aborts (results already produced stay valid). */
  readonly signal?: AbortSignal;
}

/** SHA-256 of a file's bytes, or null when it cannot be read. */
export function sha256File(path: string): Promise<string | null> {
  return new Promise((resolve) => {
    const hash = createHash("sha256");
    const stream = createReadStream(path);
    stream.on("data", (chunk) => hash.update(chunk));
    stream.on("error", () => resolve(null));
    stream.on("end", () => resolve(hash.digest("hex")));
  });
}

function failure(path: string, sha256: string | null, code: string, message: string): ParsedReport {
  const d: Diagnostic = { code, severity: "error", message };
  return errorReport(path, sha256, d);
}

/** Expand `paths` (files and directories) and analyse every file, yielding results in input order. */
export async function* analyzeInputs(
  paths: readonly string[],
  options: RunInputsOptions = {},
): AsyncGenerator<InputResult, void, undefined> {
  const entries = await listInputs(paths);
  const { workers, timeoutMs, memoryMb, lookup, signal, ...parseOptions } = options;
  const pool = new AnalysisPool({ workers, timeoutMs, memoryMb });
  const window = Math.max(4, 4 * (workers ?? 2));
  const inFlight: Promise<InputResult>[] = [];
  const start = (index: number): Promise<InputResult> => {
    const entry = entries[index]!;
    return (async (): Promise<InputResult> => {
      if (entry.error !== null) {
        return {
          index,
          path: entry.path,
          report: failure(entry.path, null, "input.unreadable", entry.error),
          analysis: null,
        };
      }
      if (entry.skipReason !== null) {
        const sha = await sha256File(entry.path);
        return {
          index,
          path: entry.path,
          report: failure(entry.path, sha, "input.not_a_report", entry.skipReason),
          analysis: null,
        };
      }
      const sha = await sha256File(entry.path);
      const cached = lookup === undefined ? null : await lookup(entry.path, sha);
      if (cached !== null) return { index, path: entry.path, report: cached.report, analysis: cached };
      const r = await pool.run(entry.path, parseOptions);
      if (r.ok) return { index, path: entry.path, report: r.analysis.report, analysis: r.analysis };
      const code = r.reason === "timeout" ? "limit.time" : r.reason === "memory" ? "limit.memory" : "pipeline.crash";
      return {
        index,
        path: entry.path,
        report: failure(entry.path, sha, code, `${entry.path}: ${r.message}`),
        analysis: null,
      };
    })();
  };
  try {
    let next = 0;
    while (next < entries.length || inFlight.length > 0) {
      while (next < entries.length && inFlight.length < window && signal?.aborted !== true)
        inFlight.push(start(next++));
      const head = inFlight.shift();
      if (head === undefined) break;
      yield await head;
    }
  } finally {
    await pool.close();
  }
}
