/** Passages kept as typed columns while they are aligned, in 64K-row chunks. */
import type { CompactPassage } from "../../similarity/index.js";
import type { Passages } from "./types.js";

const INT_COLUMNS = ["pair", "a", "aFrom", "aTo", "b", "bFrom", "bTo"] as const;
/** Rows per chunk (2^16: row `i` is in chunk `i >> 16`). */
const ROWS = 65536;

/** One chunk of passages as they are aligned: the candidate pair, both ends, the identity. */
type Chunk = Record<(typeof INT_COLUMNS)[number], Int32Array> & { identity: Float64Array };

/** Passages appended in chunks (nothing is copied while it grows), then ordered by candidate pair. */
export class PassageBuffer {
  length = 0;
  private readonly chunks: Chunk[] = [];

  push(pair: number, a: number, b: number, c: CompactPassage): void {
    const at = this.length % ROWS;
    if (at === 0) {
      const chunk = { identity: new Float64Array(ROWS) } as Chunk;
      for (const name of INT_COLUMNS) chunk[name] = new Int32Array(ROWS);
      this.chunks.push(chunk);
    }
    const k = this.chunks[this.chunks.length - 1]!;
    k.pair[at] = pair;
    k.a[at] = a;
    k.aFrom[at] = c.aFrom;
    k.aTo[at] = c.aTo;
    k.b[at] = b;
    k.bFrom[at] = c.bFrom;
    k.bTo[at] = c.bTo;
    k.identity[at] = c.identity;
    this.length++;
  }

  /**
   * The passages as flat columns ordered by candidate pair (stable: a pair's passages keep their
   * order); the buffer is emptied column by column as it is copied.
   */
  byPair(pairs: number): Passages {
    const n = this.length;
    const chunkOf = (i: number): Chunk => this.chunks[i >> 16] as Chunk;
    const row = (i: number): number => i & (ROWS - 1);
    const start = new Int32Array(pairs + 1);
    for (let i = 0; i < n; i++) start[chunkOf(i).pair[row(i)]! + 1]!++;
    for (let k = 0; k < pairs; k++) start[k + 1]! += start[k]!;
    const dest = new Int32Array(n);
    for (let i = 0; i < n; i++) dest[i] = start[chunkOf(i).pair[row(i)] as number]!++;
    const place = (name: (typeof INT_COLUMNS)[number]): Int32Array => {
      const y = new Int32Array(n);
      for (let i = 0; i < n; i++) y[dest[i] as number] = chunkOf(i)[name][row(i)]!;
      for (const k of this.chunks) k[name] = new Int32Array(0);
      return y;
    };
    const ends = {
      a: place("a"),
      aFrom: place("aFrom"),
      aTo: place("aTo"),
      b: place("b"),
      bFrom: place("bFrom"),
      bTo: place("bTo"),
    };
    const identity = new Float64Array(n);
    for (let i = 0; i < n; i++) identity[dest[i] as number] = chunkOf(i).identity[row(i)]!;
    const out: Passages = { length: n, ...ends, identity };
    this.chunks.length = 0;
    this.length = 0;
    return out;
  }
}
