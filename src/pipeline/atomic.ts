/** Atomic file output: write to a temporary file beside the target, then rename over it. */
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
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

/** Move a finished temporary file into place. */
export async function commitFile(tmp: string, target: string): Promise<void> {
  await rename(tmp, target);
}

/**
 * Write `chunks` to `target` atomically, one chunk at a time (no whole-file string in memory).
 * @returns the SHA-256 of what was written
 */
export async function writeChunksAtomic(target: string, chunks: Iterable<string>): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  const tmp = tempPath(target);
  const hash = createHash("sha256");
  const stream = createWriteStream(tmp);
  try {
    for (const chunk of chunks) {
      hash.update(chunk);
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", resolve));
    }
    await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(tmp, target);
    return hash.digest("hex");
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}
