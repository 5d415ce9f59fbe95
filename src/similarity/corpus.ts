/**
 * The corpus similarity core: near-duplicates and passage reuse over documents read on demand
 * from a `DocSource`, holding only small per-document summaries for the whole corpus.
 *
 * Passes, each loading documents in corpus order:
 * 1. scan — every document prepared once (compact form, mandated mask); kept: its MinHash
 *    signature (near-duplicates) and its winnowed fingerprints (reuse candidates).
 * 2. candidates — LSH bands (near-duplicates, filtered by the MinHash estimate); shared
 *    fingerprints with the `maxDf` star rule and all pairs of an agency (reuse).
 * 3. sweep — candidate pairs in blocks of `blockDocs` A-side documents (pairs have `a < b`):
 *    the block's documents are loaded and their probe data (about 3.7 bytes per compact code)
 *    or shingle sets held; then every B-side partner is loaded once per block, its seed index
 *    built, and all its pairs with the block verified (exact Jaccard) or aligned. Passages are
 *    kept as typed columns in compact coordinates, ordered as the candidate pairs.
 * 4. documents — per document, its classes (mandated / self / shared) from its own passages:
 *    its shares, its self-reuse row, the text offsets of its passage ends and the prototypes of
 *    the clusters it is the source of.
 * `spans()` and `passageRows()` load documents again each time they are iterated.
 */
import { InvalidInputError, InvalidOptionError } from "../errors.js";
import { type Diagnostic, SECTION_KEYS, type SectionKey, type Sections } from "../types.js";
import {
  type AlignParams,
  type CompactPassage,
  type ProbeSide,
  type SeedSide,
  alignParams,
  alignWithData,
  barrierCodes,
  buildAlignData,
} from "./align.js";
import {
  type CandidateParams,
  FingerprintTable,
  MAX_DOCS,
  candidateParams,
  fingerprints,
  reuseCandidates,
} from "./candidates.js";
import { type PassageEnds, UnionFind, clusterPassages } from "./clusters.js";
import { type CompactText, compactIndexAt, compactSpan } from "./compact.js";
import { setOverlap } from "./jaccard.js";
import { type LshOptions, lshCandidates } from "./lsh.js";
import { MINHASH_SEED, type Signatures, estimateJaccard, fillSignature } from "./minhash.js";
import type { NearDuplicateCluster, NearDuplicatePair, NearDuplicateResult } from "./near-duplicates.js";
import { type PrepareOptions, type PreparedDoc, prepareDiagnostic, prepareDoc } from "./prepare.js";
import type {
  ReportShare,
  ReuseCluster,
  ReuseOptions,
  ReusePassage,
  ReuseResult,
  ReuseSpan,
  SelfReuseRow,
  ShareCounts,
  SpanClass,
} from "./reuse.js";
import { type ReuseRow, passageRow } from "./rows.js";
import { type DocInfo, type DocSource, checkSource, loadDoc } from "./source.js";

export interface CorpusSimilarityOptions extends ReuseOptions {
  /** Smallest exact Jaccard of near-duplicate pairs (default 0.5), as `findNearDuplicates`' `threshold`. */
  readonly nearThreshold?: number;
  /**
   * A-side documents whose alignment data is held at once while aligning (default 4096; about
   * 3.7 bytes per compact code, ≈ 8.5 KB for a 7 KB report), and B-side texts held at once by
   * `passageRows`. Each document is loaded once more for every block before it.
   */
  readonly blockDocs?: number;
}

/** Reuse results small enough to hold for a whole corpus: all of `ReuseResult` but passages and spans. */
export interface CorpusReuse {
  readonly clusters: readonly ReuseCluster[];
  readonly shares: readonly ReportShare[];
  readonly selfReuse: readonly SelfReuseRow[];
  readonly stats: ReuseResult["stats"];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reuse results with the per-passage and per-span outputs as generators. */
export interface ReuseRun extends CorpusReuse {
  /** Passages in the order of `findReuse` (held as typed columns, built one object at a time). */
  passages(): Generator<ReusePassage>;
  /** Classified spans, document by document in corpus order (loads each document once). */
  spans(): Generator<ReuseSpan>;
  /**
   * The rows of `reusePassageRows`, with both texts, in blocks of `blockDocs` B-side documents,
   * within a block by A-side document, then in passage order (so by document A, then passage
   * order, when the corpus fits in one block). Loads each document at most once per block.
   */
  passageRows(): Generator<ReuseRow>;
}

/** Near-duplicates and reuse of a corpus read from a `DocSource`. */
export interface CorpusSimilarity extends Omit<ReuseRun, keyof CorpusReuse> {
  /** The same as `findNearDuplicates(docs, {threshold: nearThreshold})` (whole texts, reuse's mandated options). */
  readonly near: NearDuplicateResult;
  /** The same values as `findReuse(docs, options)`, without passages and spans. */
  readonly reuse: CorpusReuse;
}

/** Resolved near-duplicate settings of a run. */
export interface NearPlan {
  readonly threshold: number;
  readonly numHashes: number;
  readonly slack: number;
  readonly lsh: LshOptions;
}

/** Resolved reuse settings of a run. */
export interface ReusePlan {
  readonly params: AlignParams;
  readonly candidates: CandidateParams;
  readonly clusterOverlap: number;
  readonly maxAgencyReports: number;
}

/** What one run computes, and how. */
export interface RunPlan {
  /** Public function, for messages. */
  readonly fn: string;
  /** Preparation of every document; `shingles` is decided per pass. A section is only for near-duplicates alone. */
  readonly prep: PrepareOptions;
  readonly near: NearPlan | null;
  readonly reuse: ReusePlan | null;
  readonly blockDocs: number;
}

/** Check the near-duplicate options (`name` is how the threshold is called in `fn`). */
export function nearPlan(
  options: { threshold?: number; numHashes?: number; slack?: number } & LshOptions,
  fn: string,
  name = "threshold",
): NearPlan {
  const { threshold = 0.5, numHashes = 126, slack = 0.15, bands, rows, maxBucket } = options;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new InvalidOptionError(`similarity.${fn}: ${name} must be in (0, 1]; found ${threshold}`);
  }
  if (!Number.isInteger(numHashes) || numHashes <= 0) {
    throw new InvalidOptionError(`similarity.${fn}: numHashes must be a positive integer; found ${numHashes}`);
  }
  return { threshold, numHashes, slack, lsh: { bands, rows, maxBucket } };
}

/** Check the reuse options. */
export function reusePlan(options: ReuseOptions, fn: string): ReusePlan {
  const params = alignParams(options);
  const { clusterOverlap = 0.5, maxAgencyReports = 64 } = options;
  if (!(clusterOverlap > 0 && clusterOverlap <= 1)) {
    throw new InvalidOptionError(`similarity.${fn}: clusterOverlap must be in (0, 1]; found ${clusterOverlap}`);
  }
  if (!(maxAgencyReports >= 0)) {
    throw new InvalidOptionError(`similarity.${fn}: maxAgencyReports must be a number ≥ 0; found ${maxAgencyReports}`);
  }
  return { params, candidates: candidateParams(options, fn), clusterOverlap, maxAgencyReports };
}

/** Check the block size option. */
export function blockDocsOption(blockDocs: number | undefined, fn: string): number {
  const b = blockDocs ?? 4096;
  if (!Number.isInteger(b) || b < 1) {
    throw new InvalidOptionError(`similarity.${fn}: blockDocs must be an integer ≥ 1; found ${b}`);
  }
  return b;
}

/**
 * Near-duplicates and reuse of a corpus whose documents are read on demand: the same results
 * as `findNearDuplicates(docs, {threshold: nearThreshold})` and `findReuse(docs, options)`, with
 * memory bounded by small per-document summaries (signature, fingerprints, shares), the aligned
 * passages as typed columns (about 40 bytes each) and one block of `blockDocs` documents'
 * alignment data. Near-duplicates use the whole texts and reuse's `maskMandated`/`mandated`.
 * Each document is loaded three times plus once per block before it; `spans()` and
 * `passageRows()` load again when iterated, so the source must stay readable.
 * @param source document infos and `load(i)`
 * @returns near-duplicates, reuse summary, and generators of passages, spans and passage rows
 * @throws InvalidInputError for a malformed source or a `load` returning another document;
 *   InvalidOptionError for bad options
 * @example
 * const sim = corpusSimilarity(memorySource(docs));
 * for (const row of sim.passageRows()) out.write(JSON.stringify(row) + "\n");
 */
export function corpusSimilarity(source: DocSource, options: CorpusSimilarityOptions = {}): CorpusSimilarity {
  const fn = "corpusSimilarity";
  checkSource(source, fn);
  const plan: RunPlan = {
    fn,
    prep: { maskMandated: options.maskMandated ?? true, mandated: options.mandated ?? {} },
    near: nearPlan({ threshold: options.nearThreshold }, fn, "nearThreshold"),
    reuse: reusePlan(options, fn),
    blockDocs: blockDocsOption(options.blockDocs, fn),
  };
  const run = runCorpus(source, plan);
  const reuse = run.reuse!;
  const { clusters, shares, selfReuse, stats, diagnostics } = reuse;
  return {
    near: run.near!,
    reuse: { clusters, shares, selfReuse, stats, diagnostics },
    passages: () => reuse.passages(),
    spans: () => reuse.spans(),
    passageRows: () => reuse.passageRows(),
  };
}

const OWN = 0;
const MANDATED = 1;
const SELF = 2;
const SHARED = 3;

/** Run the passes a plan asks for. */
export function runCorpus(
  source: DocSource,
  plan: RunPlan,
): { near: NearDuplicateResult | null; reuse: ReuseRun | null } {
  const infos = source.infos;
  const n = infos.length;
  if (n > MAX_DOCS) {
    throw new InvalidInputError(`similarity.${plan.fn}: at most ${MAX_DOCS} documents; found ${n}`);
  }
  const rank = ranks(infos);
  const cand = candidates(source, plan, rank);
  const swept = sweep(source, plan, cand.pairs, cand.verify);
  const near = plan.near === null ? null : nearResult(infos, swept.nearHits, cand.nearStats, cand.nearDiagnostics);
  const reuse =
    plan.reuse === null
      ? null
      : reuseRun(source, plan, plan.reuse, swept.passages, rank, cand.pairs.length / 2, cand.reuseDiagnostics);
  return { near, reuse };
}

/** Passes 1 and 2: candidate pairs of both kinds (the signatures and fingerprints are let go). */
function candidates(
  source: DocSource,
  plan: RunPlan,
  rank: Int32Array,
): {
  verify: Int32Array;
  nearStats: NearDuplicateResult["stats"];
  nearDiagnostics: Diagnostic[];
  pairs: Int32Array;
  reuseDiagnostics: Diagnostic[];
} {
  const { sig, nearDiagnostics, fingerprintEntries } = scan(source, plan);
  let verify = new Int32Array(0);
  let nearStats = { candidates: 0, verified: 0, largeBuckets: 0 };
  if (plan.near !== null) ({ verify, stats: nearStats } = nearCandidates(sig, plan.near));
  const reuseDiagnostics: Diagnostic[] = [];
  let pairs = new Int32Array(0);
  if (plan.reuse !== null) {
    const groups = agencyGroups(source.infos, plan.reuse.maxAgencyReports, reuseDiagnostics);
    pairs = reuseCandidates(fingerprintEntries, rank, groups, plan.reuse.candidates.maxDf);
  }
  return { verify, nearStats, nearDiagnostics, pairs, reuseDiagnostics };
}

/** Pass 1: MinHash signatures and fingerprints of every document. */
function scan(
  source: DocSource,
  plan: RunPlan,
): { sig: Signatures; nearDiagnostics: Diagnostic[]; fingerprintEntries: Float64Array } {
  const n = source.infos.length;
  const k = plan.near?.numHashes ?? 0;
  const values = new Uint32Array(n * k);
  const table = new FingerprintTable();
  const nearDiagnostics: Diagnostic[] = [];
  const prep = { ...plan.prep, shingles: plan.near !== null };
  const empty = new Uint32Array(0);
  for (let i = 0; i < n; i++) {
    const doc = loadDoc(source, i, plan.fn);
    const p = prepareDoc(doc, prep);
    if (plan.near !== null) {
      const d = prepareDiagnostic(doc.id, p, prep);
      if (d !== null) nearDiagnostics.push(d);
      fillSignature(p?.set ?? empty, MINHASH_SEED, values, i * k, k);
    }
    if (plan.reuse !== null && p !== null) {
      const { params, candidates } = plan.reuse;
      table.add(i, fingerprints(barrierCodes(p, params).cmp, params.seedSize, candidates.window));
    }
  }
  return { sig: { numHashes: k, values, count: n }, nearDiagnostics, fingerprintEntries: table.sorted() };
}

/** LSH candidates that pass the MinHash estimate, to be verified exactly. */
function nearCandidates(
  sig: Signatures,
  near: NearPlan,
): { verify: Int32Array; stats: { candidates: number; verified: number; largeBuckets: number } } {
  const cand = lshCandidates(sig, near.lsh);
  const keep: number[] = [];
  for (let i = 0; i < cand.pairs.length; i += 2) {
    const a = cand.pairs[i]!;
    const b = cand.pairs[i + 1]!;
    if (estimateJaccard(sig, a, b) >= near.threshold - near.slack) keep.push(a, b);
  }
  const stats = { candidates: cand.pairs.length / 2, verified: keep.length / 2, largeBuckets: cand.groups.length };
  return { verify: Int32Array.from(keep), stats };
}

/** An exactly verified near-duplicate pair (document numbers). */
interface NearHit {
  readonly a: number;
  readonly b: number;
  readonly jaccard: number;
  readonly containmentAB: number;
  readonly containmentBA: number;
}

/** Aligned passages as typed columns (compact coordinates), ordered as their candidate pairs. */
interface Passages extends PassageEnds {
  readonly identity: Float64Array;
}

const INT_COLUMNS = ["pair", "a", "aFrom", "aTo", "b", "bFrom", "bTo"] as const;
/** Rows per chunk (2^16: row `i` is in chunk `i >> 16`). */
const ROWS = 65536;

/** One chunk of passages as they are aligned: the candidate pair, both ends, the identity. */
type Chunk = Record<(typeof INT_COLUMNS)[number], Int32Array> & { identity: Float64Array };

/** Passages appended in chunks (nothing is copied while it grows), then ordered by candidate pair. */
class PassageBuffer {
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

/** Work flags of a document in the sweep: align (reuse pair) and/or verify (near-duplicate pair). */
const ALIGN = 1;
const VERIFY = 2;

/**
 * Pass 3: verify the near-duplicate candidates and align the reuse candidates, in blocks of
 * A-side documents; every B-side document is loaded once per block it has partners in.
 * @param pairs reuse candidates (flat, `a < b`); passage order follows them
 * @param verify near-duplicate candidates to verify (flat, `a < b`)
 */
function sweep(
  source: DocSource,
  plan: RunPlan,
  pairs: Int32Array,
  verify: Int32Array,
): { passages: Passages; nearHits: NearHit[] } {
  const R = pairs.length / 2;
  const work = R + verify.length / 2;
  const B = plan.blockDocs;
  const aOf = (w: number): number => (w < R ? pairs[2 * w]! : verify[2 * (w - R)]!);
  const bOf = (w: number): number => (w < R ? pairs[2 * w + 1]! : verify[2 * (w - R) + 1]!);
  const kind = (w: number): number => (w < R ? ALIGN : VERIFY);
  const order = new Int32Array(work);
  for (let w = 0; w < work; w++) order[w] = w;
  order.sort((x, y) => Math.floor(aOf(x) / B) - Math.floor(aOf(y) / B) || bOf(x) - bOf(y) || x - y);
  const buffer = new PassageBuffer();
  const nearHits: NearHit[] = [];
  const empty = new Uint32Array(0);
  const prepare = (i: number, shingles: boolean): PreparedDoc | null =>
    prepareDoc(loadDoc(source, i, plan.fn), { ...plan.prep, shingles });
  let s = 0;
  while (s < work) {
    const base = Math.floor(aOf(order[s]!) / B) * B;
    let e = s;
    while (e < work && aOf(order[e]!) < base + B) e++;
    // the block's A sides: probe data for alignment, shingle sets for verification
    const size = Math.min(B, source.infos.length - base);
    const needs = new Uint8Array(size);
    for (let t = s; t < e; t++) needs[aOf(order[t]!) - base]! |= kind(order[t]!);
    const probes: (ProbeSide | null)[] = new Array(size).fill(null);
    const sets: Uint32Array[] = new Array(size).fill(empty);
    for (let i = 0; i < size; i++) {
      if (needs[i] === 0) continue;
      const p = prepare(base + i, (needs[i]! & VERIFY) !== 0);
      if ((needs[i]! & ALIGN) !== 0 && p !== null) {
        const d = buildAlignData(p, plan.reuse!.params);
        probes[i] = { cmp: d.cmp, probes: d.probes, repeats: d.repeats };
      }
      if ((needs[i]! & VERIFY) !== 0 && p !== null) sets[i] = p.set;
    }
    // each B side once, against all its partners in the block
    let t = s;
    while (t < e) {
      const b = bOf(order[t]!);
      let u = t;
      let need = 0;
      while (u < e && bOf(order[u]!) === b) need |= kind(order[u++]!);
      const p = prepare(b, (need & VERIFY) !== 0);
      const seeds: SeedSide | null = (need & ALIGN) !== 0 && p !== null ? buildAlignData(p, plan.reuse!.params) : null;
      for (let v = t; v < u; v++) {
        const w = order[v]!;
        const a = aOf(w);
        if (w < R) {
          const probe = probes[a - base];
          if (probe == null || seeds === null) continue;
          for (const c of alignWithData(probe, seeds, plan.reuse!.params)) buffer.push(w, a, b, c);
        } else {
          const o = setOverlap(sets[a - base]!, p?.set ?? empty);
          if (o.jaccard === null || o.jaccard < plan.near!.threshold) continue;
          nearHits.push({ a, b, jaccard: o.jaccard, containmentAB: o.containmentAB!, containmentBA: o.containmentBA! });
        }
      }
      t = u;
    }
    s = e;
  }
  return { passages: buffer.byPair(R), nearHits };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Near-duplicate pairs (by similarity, then ids) and their connected clusters. */
function nearResult(
  infos: readonly DocInfo[],
  hits: readonly NearHit[],
  stats: NearDuplicateResult["stats"],
  diagnostics: Diagnostic[],
): NearDuplicateResult {
  const uf = new UnionFind(infos.length);
  const pairs: NearDuplicatePair[] = hits.map((h) => {
    uf.union(h.a, h.b);
    const { jaccard, containmentAB, containmentBA } = h;
    return { a: infos[h.a]!.id, b: infos[h.b]!.id, jaccard, containmentAB, containmentBA };
  });
  pairs.sort((x, y) => y.jaccard - x.jaccard || cmp(x.a, y.a) || cmp(x.b, y.b));
  // components of size ≥ 2, members in corpus order, clusters by first member
  const size = new Int32Array(infos.length);
  for (let i = 0; i < infos.length; i++) size[uf.find(i)]!++;
  const byRoot = new Map<number, string[]>();
  infos.forEach((d, i) => {
    const r = uf.find(i);
    if (size[r]! < 2) return;
    const list = byRoot.get(r) ?? [];
    list.push(d.id);
    byRoot.set(r, list);
  });
  const clusters: NearDuplicateCluster[] = [...byRoot.values()].map((members) => ({ members }));
  return { pairs, clusters, stats, diagnostics };
}

/** Rank of first appearance: by year (unknown last), then id. */
function ranks(infos: readonly DocInfo[]): Int32Array {
  const order = infos.map((_, i) => i);
  order.sort((x, y) => {
    const a = infos[x]!;
    const b = infos[y]!;
    return (a.year ?? 1e9) - (b.year ?? 1e9) || cmp(a.id, b.id);
  });
  const rank = new Int32Array(infos.length);
  order.forEach((d, r) => {
    rank[d] = r;
  });
  return rank;
}

/**
 * Reports grouped by agency (known agencies only), as index lists, for all-pairs comparison.
 * An agency with more than `maxReports` reports (an agency key too coarse to be one agency) is
 * left to the fingerprint candidates, with a diagnostic.
 */
function agencyGroups(infos: readonly DocInfo[], maxReports: number, diagnostics: Diagnostic[]): number[][] {
  const g = new Map<string, number[]>();
  infos.forEach((d, i) => {
    if (d.agency_id == null) return;
    const l = g.get(d.agency_id) ?? [];
    l.push(i);
    g.set(d.agency_id, l);
  });
  const out: number[][] = [];
  for (const [agency, l] of g) {
    if (l.length <= 1) continue;
    if (l.length <= maxReports) out.push(l);
    else {
      diagnostics.push({
        code: "similarity.agency_too_large",
        severity: "warning",
        message: `agency "${agency}" has ${l.length} reports, more than ${maxReports}; its reports are compared through shared fingerprints only, not all pairs`,
      });
    }
  }
  return out;
}

/** Agency number of every document; a document without agency is an agency of its own. */
function agencyNumbers(infos: readonly DocInfo[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(infos.length);
  infos.forEach((d, i) => {
    if (d.agency_id == null) out[i] = -1 - i;
    else {
      let id = ids.get(d.agency_id);
      if (id === undefined) ids.set(d.agency_id, (id = ids.size));
      out[i] = id;
    }
  });
  return out;
}

/** Where a cluster's prototype is (compact coordinates), and its record without the text. */
interface ClusterDraft {
  readonly doc: number;
  readonly from: number;
  readonly to: number;
  readonly reports: number;
  readonly agencies: number;
  readonly years: readonly number[];
  readonly passages: number;
}

/** Cluster drafts: the prototype occurrence (earliest report, longest there) and the counts. */
function clusterDrafts(
  p: PassageEnds,
  ids: Int32Array,
  infos: readonly DocInfo[],
  rank: Int32Array,
  agencyOf: Int32Array,
): ClusterDraft[] {
  let count = 0;
  for (const id of ids) count = Math.max(count, id + 1);
  const start = new Int32Array(count + 1);
  for (const id of ids) start[id + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const list = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    list[fill[id]!++] = i;
  });
  const drafts: ClusterDraft[] = [];
  for (let c = 0; c < count; c++) {
    const first = list[start[c] as number]!;
    let best = { doc: p.a[first]!, from: p.aFrom[first]!, to: p.aTo[first]! };
    const docs = new Set<number>();
    const consider = (doc: number, from: number, to: number): void => {
      docs.add(doc);
      const r = rank[doc]! - rank[best.doc]!;
      if (r < 0 || (r === 0 && to - from > best.to - best.from)) best = { doc, from, to };
    };
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const i = list[k]!;
      consider(p.a[i]!, p.aFrom[i]!, p.aTo[i]!);
      consider(p.b[i]!, p.bFrom[i]!, p.bTo[i]!);
    }
    const agencies = new Set<number>();
    const years = new Set<number>();
    for (const d of docs) {
      agencies.add(agencyOf[d]!);
      const y = infos[d]!.year;
      if (y !== null) years.add(y);
    }
    drafts.push({
      ...best,
      reports: docs.size,
      agencies: agencies.size,
      years: [...years].sort((x, y) => x - y),
      passages: start[c + 1]! - start[c]!,
    });
  }
  return drafts;
}

/** Count classes over compact codes `[from, to)`. */
function countRange(c: Uint8Array, from: number, to: number): ShareCounts {
  const n = [0, 0, 0, 0];
  for (let i = from; i < to; i++) n[c[i] as number]!++;
  const chars = to - from;
  const reused = n[MANDATED]! + n[SELF]! + n[SHARED]!;
  return {
    chars,
    mandated: n[MANDATED]!,
    self: n[SELF]!,
    shared: n[SHARED]!,
    own: n[OWN]!,
    boilerplate: chars === 0 ? null : reused / chars,
  };
}

/** Compact range of a section of a document, or null. */
function sectionRange(
  sections: Sections | null | undefined,
  ct: CompactText,
  key: SectionKey,
): [number, number] | null {
  const s = sections?.[key] ?? null;
  if (s === null) return null;
  return [compactIndexAt(ct, s.start), compactIndexAt(ct, s.end)];
}

function reportShare(
  info: DocInfo,
  sections: Sections | null | undefined,
  ct: CompactText,
  c: Uint8Array,
): ReportShare {
  const overall = countRange(c, 0, c.length);
  let bySection: ReportShare["sections"] = null;
  if (sections != null) {
    const s = {} as { [K in SectionKey]: ShareCounts | null };
    for (const key of SECTION_KEYS) {
      const r = sectionRange(sections, ct, key);
      s[key] = r === null ? null : countRange(c, r[0], r[1]);
    }
    bySection = s;
  }
  return { id: info.id, agency_id: info.agency_id, year: info.year, ...overall, sections: bySection };
}

/** Runs of classified (non-own) codes as text spans. */
function classSpans(id: string, ct: CompactText, c: Uint8Array): ReuseSpan[] {
  const out: ReuseSpan[] = [];
  const names: Record<number, SpanClass> = { [MANDATED]: "mandated", [SELF]: "self", [SHARED]: "shared" };
  let i = 0;
  while (i < c.length) {
    const k = c[i]!;
    let j = i + 1;
    while (j < c.length && c[j] === k) j++;
    const kind = names[k];
    if (kind !== undefined) out.push({ id, ...compactSpan(ct, i, j), kind });
    i = j;
  }
  return out;
}

/** Codes outside mandated text in `[from, to)`, and how many of them are marked in `prev`. */
function prevCounts(c: Uint8Array, prev: Uint8Array, from: number, to: number): { chars: number; reused: number } {
  let chars = 0;
  let reused = 0;
  for (let i = from; i < to; i++) {
    if (c[i] === MANDATED) continue;
    chars++;
    if (prev[i] === 1) reused++;
  }
  return { chars, reused };
}

/**
 * A copy of a slice that does not keep the text it was cut from alive (V8 slices share their
 * parent's storage; the concatenation is flattened into a new string first).
 */
function detached(s: string): string {
  return (" " + s).slice(1);
}

/** The ends of every document's passages (`passage << 1 | side`, side 1 = B), in passage order, as ranges by document. */
function endsByDocument(p: PassageEnds, n: number): { endStart: Int32Array; ends: Int32Array } {
  const endStart = new Int32Array(n + 1);
  for (let i = 0; i < p.length; i++) {
    endStart[p.a[i]! + 1]!++;
    endStart[p.b[i]! + 1]!++;
  }
  for (let d = 0; d < n; d++) endStart[d + 1]! += endStart[d]!;
  const fill = endStart.slice(0, n);
  const ends = new Int32Array(p.length * 2);
  for (let i = 0; i < p.length; i++) {
    ends[fill[p.a[i] as number]!++] = i << 1;
    ends[fill[p.b[i] as number]!++] = (i << 1) | 1;
  }
  return { endStart, ends };
}

/** Cluster records from their drafts and prototype texts. */
function clusterRecords(
  drafts: readonly ClusterDraft[],
  prototypes: readonly { text: string; start: number; end: number }[],
  infos: readonly DocInfo[],
): ReuseCluster[] {
  return drafts.map((c, id): ReuseCluster => {
    const proto = prototypes[id]!;
    const src = infos[c.doc]!;
    return {
      id,
      prototype: proto.text,
      source: { id: src.id, start: proto.start, end: proto.end },
      reports: c.reports,
      agencies: c.agencies,
      years: c.years,
      firstYear: c.years[0] ?? null,
      firstReport: src.id,
      kind: c.agencies === 1 ? "self" : "shared",
      passages: c.passages,
    };
  });
}

/** Pass 4 and the generators: classes per document from its own passages. */
function reuseRun(
  source: DocSource,
  plan: RunPlan,
  reuse: ReusePlan,
  p: Passages,
  rank: Int32Array,
  candidates: number,
  diagnostics: Diagnostic[],
): ReuseRun {
  const infos = source.infos;
  const n = infos.length;
  const agencyOf = agencyNumbers(infos);
  const ids = clusterPassages(p, n, reuse.clusterOverlap);
  const drafts = clusterDrafts(p, ids, infos, rank, agencyOf);
  const { endStart, ends } = endsByDocument(p, n);
  const prep = { ...plan.prep, shingles: false };
  const prepare = (d: number): { text: string; sections: Sections | null | undefined; p: PreparedDoc } => {
    const doc = loadDoc(source, d, plan.fn);
    return { text: doc.text, sections: doc.sections, p: prepareDoc(doc, prep)! };
  };
  /** Classes of document `d`'s codes and the marks of text aligned with the agency's earlier reports. */
  const classes = (d: number, pd: PreparedDoc): { cls: Uint8Array; fromPrev: Uint8Array } => {
    const info = infos[d]!;
    const cls = pd.mask.slice(); // mask values 1/0 are the MANDATED/OWN class codes
    const year = info.year;
    const fromPrev = new Uint8Array(info.agency_id === null || year === null ? 0 : pd.ct.length);
    for (let e = endStart[d]!; e < endStart[d + 1]!; e++) {
      const i = ends[e]! >> 1;
      const sideB = (ends[e]! & 1) === 1;
      const other = sideB ? p.a[i]! : p.b[i]!;
      const from = sideB ? p.bFrom[i]! : p.aFrom[i]!;
      const to = sideB ? p.bTo[i]! : p.aTo[i]!;
      const self = agencyOf[d] === agencyOf[other];
      const k = self ? SELF : SHARED;
      for (let x = from; x < to; x++) if (cls[x] === OWN || (cls[x] === SHARED && k === SELF)) cls[x] = k;
      const otherYear = infos[other]!.year;
      if (self && year !== null && otherYear !== null && otherYear < year) fromPrev.fill(1, from, to);
    }
    return { cls, fromPrev };
  };
  // text offsets of the passage ends, filled document by document
  const aStart = new Int32Array(p.length);
  const aEnd = new Int32Array(p.length);
  const bStart = new Int32Array(p.length);
  const bEnd = new Int32Array(p.length);
  const previous = previousReports(infos);
  const byBest = new Map<number, number[]>();
  drafts.forEach((c, id) => {
    const l = byBest.get(c.doc) ?? [];
    l.push(id);
    byBest.set(c.doc, l);
  });
  const prototypes: { text: string; start: number; end: number }[] = new Array(drafts.length);
  const shares: ReportShare[] = [];
  const selfReuse: SelfReuseRow[] = [];
  for (let d = 0; d < n; d++) {
    const { text, sections, p: pd } = prepare(d);
    const { cls, fromPrev } = classes(d, pd);
    for (let e = endStart[d]!; e < endStart[d + 1]!; e++) {
      const i = ends[e]! >> 1;
      if ((ends[e]! & 1) === 0) {
        const s = compactSpan(pd.ct, p.aFrom[i]!, p.aTo[i]!);
        aStart[i] = s.start;
        aEnd[i] = s.end;
      } else {
        const s = compactSpan(pd.ct, p.bFrom[i]!, p.bTo[i]!);
        bStart[i] = s.start;
        bEnd[i] = s.end;
      }
    }
    for (const id of byBest.get(d) ?? []) {
      const c = drafts[id]!;
      const s = compactSpan(pd.ct, c.from, c.to);
      prototypes[id] = { text: detached(text.slice(s.start, s.end)), ...s };
    }
    const info = infos[d]!;
    shares.push(reportShare(info, sections, pd.ct, cls));
    if (info.agency_id !== null && info.year !== null) {
      const whole = prevCounts(cls, fromPrev, 0, pd.ct.length);
      const r = sectionRange(sections, pd.ct, "issues");
      const iss = r === null ? null : prevCounts(cls, fromPrev, r[0], r[1]);
      selfReuse.push({
        id: info.id,
        agency_id: info.agency_id,
        year: info.year,
        previous: previous(info.agency_id, info.year),
        issuesChars: iss?.chars ?? null,
        issuesReused: iss?.reused ?? null,
        issuesShare: iss === null || iss.chars === 0 ? null : iss.reused / iss.chars,
        reportShare: whole.chars === 0 ? null : whole.reused / whole.chars,
      });
    }
  }
  selfReuse.sort((x, y) => (x.agency_id < y.agency_id ? -1 : x.agency_id > y.agency_id ? 1 : x.year - y.year));
  const clusters = clusterRecords(drafts, prototypes, infos);
  const passageAt = (i: number): ReusePassage => ({
    a: infos[p.a[i] as number]!.id,
    b: infos[p.b[i] as number]!.id,
    aStart: aStart[i]!,
    aEnd: aEnd[i]!,
    bStart: bStart[i]!,
    bEnd: bEnd[i]!,
    length: p.aTo[i]! - p.aFrom[i]!,
    identity: p.identity[i]!,
    kind: agencyOf[p.a[i] as number] === agencyOf[p.b[i] as number] ? "self" : "shared",
    cluster: ids[i]!,
  });
  return {
    clusters,
    shares,
    selfReuse,
    stats: { documents: n, candidates, passages: p.length },
    diagnostics,
    *passages() {
      for (let i = 0; i < p.length; i++) yield passageAt(i);
    },
    *spans() {
      for (let d = 0; d < n; d++) {
        const { p: pd } = prepare(d);
        yield* classSpans(infos[d]!.id, pd.ct, classes(d, pd).cls);
      }
    },
    *passageRows() {
      const B = plan.blockDocs;
      for (let base = 0; base < n; base += B) {
        // the block's B-side texts, then every A side with passages into the block
        const pinned = new Map<number, string>();
        for (let d = base; d < Math.min(n, base + B); d++) {
          for (let e = endStart[d]!; e < endStart[d + 1]!; e++) {
            if ((ends[e]! & 1) === 1) {
              pinned.set(d, loadDoc(source, d, plan.fn).text);
              break;
            }
          }
        }
        const inBlock = (i: number): boolean => p.b[i]! >= base && p.b[i]! < base + B;
        for (let a = 0; a < Math.min(n, base + B); a++) {
          let aText: string | undefined;
          for (let e = endStart[a]!; e < endStart[a + 1]!; e++) {
            const i = ends[e]! >> 1;
            if ((ends[e]! & 1) === 1 || !inBlock(i)) continue;
            aText ??= pinned.get(a) ?? loadDoc(source, a, plan.fn).text;
            const bText = pinned.get(p.b[i] as number)!;
            yield passageRow(passageAt(i), aText.slice(aStart[i]!, aEnd[i]!), bText.slice(bStart[i]!, bEnd[i]!));
          }
        }
      }
    },
  };
}

/** Ids of an agency's reports of years before `year`, in corpus order. */
function previousReports(infos: readonly DocInfo[]): (agency: string, year: number) => string[] {
  const byAgency = new Map<string, DocInfo[]>();
  for (const d of infos) {
    if (d.agency_id === null) continue;
    const list = byAgency.get(d.agency_id) ?? [];
    list.push(d);
    byAgency.set(d.agency_id, list);
  }
  return (agency, year) =>
    (byAgency.get(agency) ?? []).filter((o) => o.year !== null && o.year < year).map((o) => o.id);
}
