/**
 * Per-report result cache: `<out>/.cache/<sha256>.<key>.json.gz` (gzip: the JSON of an analysis
 * shrinks about tenfold, and the cache counts in the disk a run leaves behind), where the key covers
 * the options and the pipeline version. A re-run re-reads only inputs whose bytes or options changed.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { writeFileAtomic } from "../dataset/index.js";
import type { SlimAnalysis } from "../pipeline/index.js";

/** Bump when the shape or meaning of a cached analysis changes. */
export const CACHE_VERSION = 2;

const pack = promisify(gzip);
const unpack = promisify(gunzip);

/** A short key of the options that change per-report results. */
export function optionsKey(options: Readonly<Record<string, unknown>>, version: string): string {
  const json = JSON.stringify(
    { v: CACHE_VERSION, version, ...options },
    Object.keys({ v: 0, version: 0, ...options }).sort(),
  );
  return createHash("sha256").update(json).digest("hex").slice(0, 12);
}

export class ReportCache {
  constructor(
    readonly dir: string,
    readonly key: string,
  ) {}

  private file(sha256: string): string {
    return join(this.dir, `${sha256}.${this.key}.json.gz`);
  }

  /** The cached analysis of these bytes, with the source path set to `path`; null when absent or unreadable. */
  async get(path: string, sha256: string | null): Promise<SlimAnalysis | null> {
    if (sha256 === null) return null;
    let data: Buffer;
    try {
      data = await readFile(this.file(sha256));
    } catch {
      return null; // not cached yet
    }
    let a: SlimAnalysis;
    try {
      a = JSON.parse((await unpack(data)).toString("utf8")) as SlimAnalysis;
    } catch {
      return null; // a damaged cache entry is recomputed
    }
    if (a.report.source === path) return a;
    return {
      ...a,
      report: { ...a.report, source: path, meta: { ...a.report.meta, source: path } },
      doc: { ...a.doc, source: path },
    };
  }

  async put(a: SlimAnalysis): Promise<void> {
    if (a.report.sha256 === null) return;
    await writeFileAtomic(this.file(a.report.sha256), await pack(JSON.stringify(a), { level: 6 }));
  }
}
