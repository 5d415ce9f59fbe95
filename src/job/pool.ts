/**
 * A pool of worker threads that analyse files with a per-file time and memory limit. A worker that
 * exceeds a limit is stopped and replaced; the file gets an `error` report saying which limit, and
 * the batch goes on.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParseOptions, SlimAnalysis } from "../pipeline/index.js";

export interface PoolOptions {
  /** Number of worker threads (default: the number of cores, at most 8). */
  readonly workers?: number;
  /** Per-file time limit in milliseconds (default 60 s). */
  readonly timeoutMs?: number;
  /** Per-worker heap limit in MB (default 2048). */
  readonly memoryMb?: number;
}

export type PoolResult =
  | { readonly ok: true; readonly analysis: SlimAnalysis }
  | { readonly ok: false; readonly reason: "timeout" | "memory" | "crash"; readonly message: string };

interface Pending {
  readonly id: number;
  readonly path: string;
  readonly options: ParseOptions;
  readonly resolve: (r: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  timer: NodeJS.Timeout | null;
}

/** worker.js in the built library; from TypeScript sources, a bootstrap that registers tsx first. */
function workerUrl(): URL {
  const ts = import.meta.url.endsWith(".ts");
  return new URL(ts ? "./worker-boot.mjs" : "./worker.js", import.meta.url);
}

/** A running pool; call `close()` when done. */
export class AnalysisPool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;
  readonly timeoutMs: number;
  private readonly memoryMb: number;

  constructor({
    workers = Math.min(8, availableParallelism()),
    timeoutMs = 60_000,
    memoryMb = 2048,
  }: PoolOptions = {}) {
    this.timeoutMs = timeoutMs;
    this.memoryMb = memoryMb;
    for (let i = 0; i < Math.max(1, workers); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on("message", (msg: { id: number; ok: boolean; analysis?: SlimAnalysis; error?: string }) => {
      const job = slot.job;
      if (job === null || job.id !== msg.id) return;
      this.finish(
        slot,
        msg.ok && msg.analysis !== undefined
          ? { ok: true, analysis: msg.analysis }
          : { ok: false, reason: "crash", message: msg.error ?? "worker failed without a message" },
      );
    });
    worker.on("error", (err: Error & { code?: string }) => {
      const memory = err.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.replace(slot, {
        ok: false,
        reason: memory ? "memory" : "crash",
        message: memory ? `exceeded the memory limit of ${this.memoryMb} MB` : `worker crashed: ${err.message}`,
      });
    });
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, result: PoolResult): void {
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    job?.resolve(result);
    this.pump();
  }

  private replace(slot: Slot, result: PoolResult): void {
    const i = this.slots.indexOf(slot);
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.job = null;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    job?.resolve(result);
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(
        () =>
          this.replace(slot, {
            ok: false,
            reason: "timeout",
            message: `took longer than the limit of ${this.timeoutMs} ms`,
          }),
        this.timeoutMs,
      );
      slot.worker.postMessage({ id: job.id, path: job.path, options: job.options });
    }
    for (const slot of this.slots) if (slot.job === null) slot.worker.unref();
  }

  /** Analyse `path` in a worker. */
  run(path: string, options: ParseOptions = {}): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, path, options, resolve });
      this.pump();
    });
  }

  /** Stop all workers; pending jobs are abandoned. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
