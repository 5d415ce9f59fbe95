/**
 * An append-only file of JSON values, one per line, read back by number: where the corpus job keeps
 * what it has read of every report (the parse object, the text) so that memory holds only offsets.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";

export class SpillFile<T> {
  private fd: number | null;
  /** Byte offset of value i at `2 * i`, its length at `2 * i + 1`. */
  private index = new Float64Array(1024);
  private count = 0;
  private end = 0;

  /** Create (or truncate) the file at `path`; `close()` removes it. */
  constructor(readonly path: string) {
    this.fd = openSync(path, "w+");
  }

  /** Values appended so far. */
  get length(): number {
    return this.count;
  }

  private handle(): number {
    if (this.fd === null) throw new Error(`spill file ${this.path} is closed`);
    return this.fd;
  }

  /** Append `value`; returns its number. */
  append(value: T): number {
    const data = Buffer.from(`${JSON.stringify(value)}\n`, "utf8");
    const fd = this.handle();
    let at = 0;
    while (at < data.length) at += writeSync(fd, data, at, data.length - at, this.end + at);
    if (2 * this.count + 2 > this.index.length) {
      const grown = new Float64Array(this.index.length * 2);
      grown.set(this.index);
      this.index = grown;
    }
    this.index[2 * this.count] = this.end;
    this.index[2 * this.count + 1] = data.length - 1;
    this.end += data.length;
    return this.count++;
  }

  /** The value numbered `i`. */
  get(i: number): T {
    if (!(Number.isInteger(i) && i >= 0 && i < this.count)) {
      throw new RangeError(`spill file ${this.path}: value ${i} does not exist (0 to ${this.count - 1})`);
    }
    const offset = this.index[2 * i]!;
    const length = this.index[2 * i + 1]!;
    const buf = Buffer.allocUnsafe(length);
    const fd = this.handle();
    let at = 0;
    while (at < length) {
      const n = readSync(fd, buf, at, length - at, offset + at);
      if (n === 0) throw new Error(`spill file ${this.path}: value ${i} is cut short`);
      at += n;
    }
    return JSON.parse(buf.toString("utf8")) as T;
  }

  /** Close and delete the file (idempotent). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.path, { force: true });
  }
}
