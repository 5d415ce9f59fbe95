/**
 * Passage alignment between two documents: seeds are shared shingles of the comparison form
 * (numbers masked), extended to maximal exact runs along their diagonal, then chained across
 * small gaps (substitutions, insertions, deletions) while the identity stays ≥ `minIdentity`.
 * Long stretches of mandated text act as barriers: a passage never runs through them.
 */
import { InvalidOptionError } from "../errors.js";
import { SENTINEL_A } from "./compact.js";
import { maskRuns } from "./mandated.js";
import type { PreparedDoc } from "./prepare.js";
import { windowHashes } from "./shingles.js";

export interface AlignOptions {
  /** Codes per seed shingle (default 7). */
  readonly seedSize?: number;
  /** Shortest passage, in compact codes (letters, ideographs, numbers) on each side (default 20). */
  readonly minLength?: number;
  /** Lowest identity: matched codes / the longer side's length (default 0.9). */
  readonly minIdentity?: number;
  /** Largest gap between two exact runs that a passage bridges, in codes (default 12). */
  readonly maxGap?: number;
  /** Mandated runs at least this long (codes) are barriers (default 8). */
  readonly barrierLength?: number;
  /** A seed shingle repeated more than this many times in both documents together is ignored (default 16). */
  readonly maxSeedRepeat?: number;
  /**
   * Probe every `seedStep`-th position of A against all of B's seeds (default 3): every exact
   * shared run of `seedSize + seedStep - 1` codes is still found, at a third of the lookups.
   */
  readonly seedStep?: number;
}

/** A passage in compact coordinates. */
export interface CompactPassage {
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
  /** Codes matched (exact runs plus the matched codes inside gaps). */
  readonly matched: number;
  readonly identity: number;
}

interface Run {
  readonly a: number;
  readonly b: number;
  readonly len: number;
}

interface Chain {
  aFrom: number;
  bFrom: number;
  aTo: number;
  bTo: number;
  matched: number;
}

/** Resolved alignment options. */
export interface AlignParams {
  readonly seedSize: number;
  readonly minLength: number;
  readonly minIdentity: number;
  readonly maxGap: number;
  readonly barrierLength: number;
  readonly maxSeedRepeat: number;
  readonly seedStep: number;
}

/** Resolve and check alignment options. */
export function alignParams(options: AlignOptions = {}): AlignParams {
  const {
    seedSize = 7,
    minLength = 20,
    minIdentity = 0.9,
    maxGap = 12,
    barrierLength = 8,
    maxSeedRepeat = 16,
    seedStep = 3,
  } = options;
  const bad = (name: string, v: number, want: string): never => {
    throw new InvalidOptionError(`similarity.alignPassages: ${name} must be ${want}; found ${v}`);
  };
  if (!Number.isInteger(seedSize) || seedSize < 2) bad("seedSize", seedSize, "an integer ≥ 2");
  if (!Number.isInteger(minLength) || minLength < seedSize) bad("minLength", minLength, "an integer ≥ seedSize");
  if (!(minIdentity > 0 && minIdentity <= 1)) bad("minIdentity", minIdentity, "in (0, 1]");
  if (!Number.isInteger(maxGap) || maxGap < 0) bad("maxGap", maxGap, "an integer ≥ 0");
  if (!Number.isInteger(seedStep) || seedStep < 1) bad("seedStep", seedStep, "an integer ≥ 1");
  return { seedSize, minLength, minIdentity, maxGap, barrierLength, maxSeedRepeat, seedStep };
}

/** What alignment needs of document A (the side walked in text order): about 3.7 bytes per compact code. */
export interface ProbeSide {
  /** Codes with barrier positions set to `SENTINEL_A` (never equal to anything). */
  readonly cmp: Uint16Array;
  /** Seed hash at every `seedStep`-th position of `cmp` (the positions probed when this document is A). */
  readonly probes: Uint32Array;
  /** At those positions: how often the seed occurs in the document (0 = no seed there, capped at 255). */
  readonly repeats: Uint8Array;
}

/** What alignment needs of document B (the side looked up): its codes and indexed seeds. */
export interface SeedSide {
  /** Codes with barrier positions set to `SENTINEL_A` (never equal to anything). */
  readonly cmp: Uint16Array;
  /** Seed hashes, ascending. */
  readonly hashes: Uint32Array;
  /** Position of each seed in `cmp` (same order as `hashes`). */
  readonly positions: Int32Array;
  /** Open-addressing table: `hash & (size - 1)` → 1 + index of the hash's first entry in `hashes` (0 = empty). */
  readonly table: Int32Array;
}

/** Per-document alignment data (both sides), built once per document and parameter set. */
export interface AlignData extends ProbeSide, SeedSide {}

const POS = 2097152;

/** Hash-sorted seeds `(hash, position)` of the valid windows. */
function sortSeeds(hashes: Uint32Array, valid: Uint8Array): { hs: Uint32Array; positions: Int32Array } {
  const tmp = new Float64Array(hashes.length);
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (valid[i] === 1) tmp[n++] = hashes[i]! * POS + i;
  const sorted = tmp.subarray(0, n).sort();
  const hs = new Uint32Array(n);
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    const h = Math.floor(v / POS);
    hs[i] = h;
    positions[i] = v - h * POS;
  }
  return { hs, positions };
}

/** Build the hash table over the groups of equal hashes, and the per-position repeat counts. */
function indexSeeds(hs: Uint32Array, positions: Int32Array, repeats: Uint8Array, step: number): Int32Array {
  let size = 16;
  while (size < hs.length * 1.5) size <<= 1;
  const table = new Int32Array(size);
  const mask = size - 1;
  let g = 0;
  while (g < hs.length) {
    const h = hs[g]!;
    let e = g + 1;
    while (e < hs.length && hs[e] === h) e++;
    let slot = h & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = g + 1;
    for (let k = g; k < e; k++) {
      const at = positions[k]!;
      if (at % step === 0) repeats[at / step] = Math.min(255, e - g);
    }
    g = e;
  }
  return table;
}

/**
 * The comparison codes of a prepared document with mandated runs of at least `barrierLength`
 * codes set to `SENTINEL_A` (barriers: never equal to anything), and the barrier positions.
 */
export function barrierCodes(p: PreparedDoc, params: AlignParams): { cmp: Uint16Array; barrier: Uint8Array } {
  const cmp = Uint16Array.from(p.ct.codes);
  const barrier = new Uint8Array(cmp.length);
  for (const [from, to] of maskRuns(p.mask)) {
    if (to - from >= params.barrierLength) {
      cmp.fill(SENTINEL_A, from, to);
      barrier.fill(1, from, to);
    }
  }
  return { cmp, barrier };
}

/** Alignment data of a prepared document: barrier-coded codes and indexed seeds. */
export function buildAlignData(p: PreparedDoc, params: AlignParams): AlignData {
  const { cmp, barrier } = barrierCodes(p, params);
  const { hashes, valid } = windowHashes(cmp, params.seedSize, barrier);
  const { hs, positions } = sortSeeds(hashes, valid);
  const step = params.seedStep;
  const probes = new Uint32Array(Math.ceil(hashes.length / step));
  for (let i = 0; i < probes.length; i++) probes[i] = hashes[i * step]!;
  const repeats = new Uint8Array(probes.length);
  const table = indexSeeds(hs, positions, repeats, step);
  return { cmp, hashes: hs, positions, table, probes, repeats };
}

/** Index in `d.hashes` of the first entry of hash `h`, or -1. */
function findSeed(d: SeedSide, h: number): number {
  const mask = d.table.length - 1;
  let slot = h & mask;
  for (;;) {
    const v = d.table[slot]!;
    if (v === 0) return -1;
    if (d.hashes[v - 1] === h) return v - 1;
    slot = (slot + 1) & mask;
  }
}

let hitBuffer = new Float64Array(4096);

function growHits(need: number, keep: number): void {
  const bigger = new Float64Array(Math.max(hitBuffer.length * 2, need));
  bigger.set(hitBuffer.subarray(0, keep));
  hitBuffer = bigger;
}

/**
 * Seed hits `(i, j)` as `i * 2^21 + j`, in order of i then j (A is walked in text order and
 * B's table probed); shingles repeated more than `maxRepeat` times in both together are left out.
 */
function seedHits(x: ProbeSide, y: SeedSide, maxRepeat: number, step: number): Float64Array {
  let n = 0;
  for (let p = 0; p < x.probes.length; p++) {
    const rx = x.repeats[p]!;
    if (rx === 0) continue;
    const h = x.probes[p]!;
    const i = p * step;
    const g = findSeed(y, h);
    if (g < 0) continue;
    let e = g + 1;
    while (e < y.hashes.length && y.hashes[e] === h) e++;
    if (rx + (e - g) > maxRepeat) continue;
    if (n + (e - g) > hitBuffer.length) growHits(n + (e - g), n);
    for (let t = g; t < e; t++) hitBuffer[n++] = i * POS + y.positions[t]!;
  }
  return hitBuffer.subarray(0, n);
}

let coverEnd = new Int32Array(8192);
let coverStamp = new Int32Array(8192);
let stamp = 0;

/** Maximal exact runs through the seed hits (each diagonal stretch once). */
function exactRuns(a: Uint16Array, b: Uint16Array, hits: Float64Array, minRun: number): Run[] {
  const size = a.length + b.length + 1;
  if (coverEnd.length < size) {
    coverEnd = new Int32Array(size);
    coverStamp = new Int32Array(size);
    stamp = 0;
  }
  stamp++;
  const runs: Run[] = [];
  for (const h of hits) {
    const i = Math.floor(h / POS);
    const j = h % POS;
    const d = j - i;
    const slot = d + a.length;
    if (coverStamp[slot] === stamp && coverEnd[slot]! > i) continue;
    let s = i;
    while (s > 0 && s + d > 0 && a[s - 1] === b[s - 1 + d] && a[s - 1] !== SENTINEL_A) s--;
    let e = i;
    while (e < a.length && e + d < b.length && a[e] === b[e + d] && a[e] !== SENTINEL_A) e++;
    coverStamp[slot] = stamp;
    coverEnd[slot] = e;
    if (e - s >= minRun) runs.push({ a: s, b: s + d, len: e - s });
  }
  return runs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Longest common subsequence length of two short segments (the codes matched inside a gap). */
function gapMatches(a: Uint16Array, a0: number, a1: number, b: Uint16Array, b0: number, b1: number): number {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n <= 0 || m <= 0) return 0;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    const ca = a[a0 + i - 1]!;
    for (let j = 1; j <= m; j++) {
      cur[j] = ca === b[b0 + j - 1] && ca !== SENTINEL_A ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/** Matched codes and identity if run `r` is appended to chain `c`, or null when it may not be. */
function tryJoin(c: Chain, r: Run, a: Uint16Array, b: Uint16Array, p: AlignParams): Chain | null {
  const overlap = Math.max(0, c.aTo - r.a, c.bTo - r.b);
  if (overlap >= r.len) return null;
  const ra = r.a + overlap;
  const rb = r.b + overlap;
  const gapA = ra - c.aTo;
  const gapB = rb - c.bTo;
  if (gapA > p.maxGap || gapB > p.maxGap) return null;
  const matched = c.matched + gapMatches(a, c.aTo, ra, b, c.bTo, rb) + r.len - overlap;
  const aTo = r.a + r.len;
  const bTo = r.b + r.len;
  const identity = matched / Math.max(aTo - c.aFrom, bTo - c.bFrom);
  if (identity < p.minIdentity) return null;
  return { aFrom: c.aFrom, bFrom: c.bFrom, aTo, bTo, matched };
}

/** Chain exact runs into passages (greedy, in order of position in A). */
function chainRuns(runs: readonly Run[], a: Uint16Array, b: Uint16Array, p: AlignParams): Chain[] {
  const done: Chain[] = [];
  let open: Chain[] = [];
  for (const r of runs) {
    const still: Chain[] = [];
    for (const c of open) (c.aTo + p.maxGap >= r.a ? still : done).push(c);
    open = still;
    let best: Chain | null = null;
    let bestAt = -1;
    open.forEach((c, k) => {
      const j = tryJoin(c, r, a, b, p);
      if (j !== null && (best === null || j.matched > best.matched)) {
        best = j;
        bestAt = k;
      }
    });
    if (best !== null) open[bestAt] = best;
    else open.push({ aFrom: r.a, bFrom: r.b, aTo: r.a + r.len, bTo: r.b + r.len, matched: r.len });
  }
  return done.concat(open);
}

/**
 * Align two prepared documents (compact coordinates).
 * @returns passages of at least `minLength` codes on both sides, ascending in A
 */
export function alignPrepared(x: PreparedDoc, y: PreparedDoc, params: AlignParams): CompactPassage[] {
  return alignWithData(buildAlignData(x, params), buildAlignData(y, params), params);
}

/**
 * Align two documents from their alignment data (compact coordinates).
 * @param dx document A's probe side (its `AlignData`, or just the `ProbeSide` fields)
 * @param dy document B's seed side
 * @returns passages of at least `minLength` codes on both sides, ascending in A
 */
export function alignWithData(dx: ProbeSide, dy: SeedSide, params: AlignParams): CompactPassage[] {
  const hits = seedHits(dx, dy, params.maxSeedRepeat, params.seedStep);
  if (hits.length === 0) return [];
  const runs = exactRuns(dx.cmp, dy.cmp, hits, params.seedSize);
  const out: CompactPassage[] = [];
  for (const c of chainRuns(runs, dx.cmp, dy.cmp, params)) {
    if (c.aTo - c.aFrom < params.minLength || c.bTo - c.bFrom < params.minLength) continue;
    const identity = c.matched / Math.max(c.aTo - c.aFrom, c.bTo - c.bFrom);
    out.push({ aFrom: c.aFrom, aTo: c.aTo, bFrom: c.bFrom, bTo: c.bTo, matched: c.matched, identity });
  }
  return out.sort((u, v) => u.aFrom - v.aFrom || u.bFrom - v.bFrom);
}
