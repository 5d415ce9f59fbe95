/** Worker thread entry: analyses one file per message (see pool.ts). */
import { parentPort } from "node:worker_threads";
import { analyzeFile, type ParseOptions, slimAnalysis } from "../pipeline/index.js";

interface Job {
  readonly id: number;
  readonly path: string;
  readonly options: ParseOptions;
}

parentPort?.on("message", (job: Job) => {
  analyzeFile(job.path, job.options).then(
    (analysis) => parentPort?.postMessage({ id: job.id, ok: true, analysis: slimAnalysis(analysis) }),
    (err: unknown) =>
      parentPort?.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});
