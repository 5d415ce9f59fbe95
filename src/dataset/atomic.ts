/** Atomic file output: write to a temporary file beside the target, then rename over it. */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A temporary path beside `target` (same directory, so the rename is atomic). */
export function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Write `data` to `target` atomically: readers see the old file or the complete new one, never a part. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const tmp = tempPath(target);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * A file written piece by piece to a temporary path and moved into place by `commit()`, hashing
 * what it writes; `abort()` removes the temporary file. Synchronous writes in 256 KB blocks, so
 * several sinks can be filled side by side from one pass over the data.
 */
export class AtomicSink {
  private readonly tmp: string;
  private fd: number | null;
  private readonly hash = createHash("sha256");
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly target: string) {
    mkdirSync(dirname(target), { recursive: true });
    this.tmp = tempPath(target);
    this.fd = openSync(this.tmp, "w");
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 1 << 18) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0 || this.fd === null) return;
    const data = Buffer.from(this.pending.join(""), "utf8");
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(data);
    let at = 0;
    while (at < data.length) at += writeSync(this.fd, data, at, data.length - at);
  }

  /** Finish the file and move it into place; returns the SHA-256 of its bytes. */
  async commit(): Promise<string> {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    await rename(this.tmp, this.target);
    return this.hash.digest("hex");
  }

  /** Drop the temporary file (after an error); the target is left as it was. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmp, { force: true });
  }
}
