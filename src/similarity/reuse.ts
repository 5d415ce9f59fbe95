/**
 * Corpus-level reuse: passages between reports, clusters of reused text, the class of every
 * reused span (mandated / self / shared), boilerplate shares per report and section, and the
 * "same problems every year" share per agency and year.
 */
import { InvalidOptionError } from "../errors.js";
import { type Diagnostic, SECTION_KEYS, type SectionKey, type Span } from "../types.js";
import {
  type AlignData,
  type AlignParams,
  type CompactPassage,
  alignParams,
  alignWithData,
  buildAlignData,
} from "./align.js";
import { type CandidateOptions, reuseCandidates } from "./candidates.js";
import { type Occurrence, clusterPassages } from "./clusters.js";
import { compactIndexAt, compactSpan } from "./compact.js";
import { prepareAll } from "./near-duplicates.js";
import { type Passage, type PassageOptions, type ReuseKind, toPassage } from "./passages.js";
import { type PreparedDoc, checkDocs } from "./prepare.js";
import type { SimilarityDoc } from "./types.js";

export interface ReuseOptions extends PassageOptions, CandidateOptions {
  /** Smallest overlap (share of the shorter) for two passage ends in one report to be one occurrence (default 0.5). */
  readonly clusterOverlap?: number;
  /** All pairs of one agency's reports are aligned when it has at most this many (default 64). */
  readonly maxAgencyReports?: number;
}

/** A reused passage with its kind and template cluster. */
export interface ReusePassage extends Passage {
  readonly kind: ReuseKind;
  /** Index into `clusters`. */
  readonly cluster: number;
}

/** A template: a set of passages linked across reports. */
export interface ReuseCluster {
  readonly id: number;
  /** The text of the occurrence in the earliest report (longest there). */
  readonly prototype: string;
  /** Where the prototype is: report id and offsets. */
  readonly source: { readonly id: string; readonly start: number; readonly end: number };
  readonly reports: number;
  /** Distinct agencies (a report without agency counts as its own). */
  readonly agencies: number;
  /** Distinct years, ascending (unknown years left out). */
  readonly years: readonly number[];
  /** Earliest year and the earliest report carrying the text. */
  readonly firstYear: number | null;
  readonly firstReport: string;
  /** `self` when every report is the same agency's, else `shared`. */
  readonly kind: ReuseKind;
  readonly passages: number;
}

/** Class of a span of report text. */
export type SpanClass = "mandated" | "self" | "shared";

/** A classified reused span. */
export interface ReuseSpan extends Span {
  readonly id: string;
  readonly kind: SpanClass;
}

/** Counts of compact codes (letters, ideographs, numbers) by class. */
export interface ShareCounts {
  readonly chars: number;
  readonly mandated: number;
  readonly self: number;
  readonly shared: number;
  readonly own: number;
  /** `(mandated + self + shared) / chars`; null for no text. */
  readonly boilerplate: number | null;
}

/** Boilerplate shares of one report, overall and by section. */
export interface ReportShare extends ShareCounts {
  readonly id: string;
  readonly agency_id: string | null;
  readonly year: number | null;
  /** Per section; null when the report has no sections (or no such section). */
  readonly sections: { readonly [K in SectionKey]: ShareCounts | null } | null;
}

/** "Same problems every year": the issues section's text reused from the agency's previous reports. */
export interface SelfReuseRow {
  readonly id: string;
  readonly agency_id: string;
  readonly year: number;
  /** Ids of the agency's reports of earlier years. */
  readonly previous: readonly string[];
  /** Compact codes of the issues section outside mandated text; null when the section is not known. */
  readonly issuesChars: number | null;
  /** Of those, codes aligned with an earlier report of the same agency. */
  readonly issuesReused: number | null;
  /** `issuesReused / issuesChars`; null when unknown or empty. */
  readonly issuesShare: number | null;
  /** Share of the whole report (outside mandated text) aligned with an earlier report of the agency. */
  readonly reportShare: number | null;
}

export interface ReuseResult {
  readonly passages: readonly ReusePassage[];
  readonly clusters: readonly ReuseCluster[];
  readonly spans: readonly ReuseSpan[];
  readonly shares: readonly ReportShare[];
  readonly selfReuse: readonly SelfReuseRow[];
  readonly stats: { readonly documents: number; readonly candidates: number; readonly passages: number };
  readonly diagnostics: readonly Diagnostic[];
}

const OWN = 0;
const MANDATED = 1;
const SELF = 2;
const SHARED = 3;

/** Agency key of a document: its agency_id, or a key of its own when unknown. */
function agencyKey(d: SimilarityDoc): string {
  return d.agency_id ?? `\u0000${d.id}`;
}

/** Rank of first appearance: by year (unknown last), then id. */
function ranks(docs: readonly SimilarityDoc[]): Int32Array {
  const order = docs.map((_, i) => i);
  order.sort((x, y) => {
    const a = docs[x]!;
    const b = docs[y]!;
    return (a.year ?? 1e9) - (b.year ?? 1e9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const rank = new Int32Array(docs.length);
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
function agencyGroups(docs: readonly SimilarityDoc[], maxReports: number, diagnostics: Diagnostic[]): number[][] {
  const g = new Map<string, number[]>();
  docs.forEach((d, i) => {
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

interface Aligned {
  readonly a: number;
  readonly b: number;
  readonly c: CompactPassage;
}

/** Align every candidate pair. */
function alignAll(data: ReadonlyArray<AlignData | null>, pairs: Int32Array, params: AlignParams): Aligned[] {
  const out: Aligned[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i]!;
    const b = pairs[i + 1]!;
    const pa = data[a];
    const pb = data[b];
    if (pa == null || pb == null) continue;
    for (const c of alignWithData(pa, pb, params)) out.push({ a, b, c });
  }
  return out;
}

/** Per-document class arrays over compact codes, and marks of reuse from earlier same-agency reports. */
function classify(
  docs: readonly SimilarityDoc[],
  prepared: ReadonlyArray<PreparedDoc | null>,
  aligned: readonly Aligned[],
): { cls: Uint8Array[]; fromPrev: Uint8Array[] } {
  const cls = prepared.map((p) =>
    // mask values 1/0 are the MANDATED/OWN class codes
    p === null ? new Uint8Array(0) : p.mask.slice(),
  );
  const fromPrev = prepared.map(
    (p, i) => new Uint8Array(p === null || docs[i]!.agency_id == null || docs[i]!.year == null ? 0 : p.ct.length),
  );
  const mark = (d: number, from: number, to: number, k: number): void => {
    const c = cls[d]!;
    for (let i = from; i < to; i++) if (c[i] === OWN || (c[i] === SHARED && k === SELF)) c[i] = k;
  };
  for (const { a, b, c } of aligned) {
    const da = docs[a]!;
    const db = docs[b]!;
    const self = agencyKey(da) === agencyKey(db);
    mark(a, c.aFrom, c.aTo, self ? SELF : SHARED);
    mark(b, c.bFrom, c.bTo, self ? SELF : SHARED);
    if (!self || da.year == null || db.year == null || da.year === db.year) continue;
    if (db.year > da.year) fromPrev[b]!.fill(1, c.bFrom, c.bTo);
    else fromPrev[a]!.fill(1, c.aFrom, c.aTo);
  }
  return { cls, fromPrev };
}

/** Count classes over compact codes `[from, to)`. */
function countRange(c: Uint8Array, from: number, to: number): ShareCounts {
  const n = [0, 0, 0, 0];
  for (let i = from; i < to; i++) n[c[i]!]!++;
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
function sectionRange(d: SimilarityDoc, p: PreparedDoc, key: SectionKey): [number, number] | null {
  const s = d.sections?.[key] ?? null;
  if (s === null) return null;
  return [compactIndexAt(p.ct, s.start), compactIndexAt(p.ct, s.end)];
}

function reportShare(d: SimilarityDoc, p: PreparedDoc | null, c: Uint8Array): ReportShare {
  const overall = countRange(c, 0, c.length);
  let sections: ReportShare["sections"] = null;
  if (p !== null && d.sections != null) {
    const s = {} as { [K in SectionKey]: ShareCounts | null };
    for (const key of SECTION_KEYS) {
      const r = sectionRange(d, p, key);
      s[key] = r === null ? null : countRange(c, r[0], r[1]);
    }
    sections = s;
  }
  return { id: d.id, agency_id: d.agency_id ?? null, year: d.year ?? null, ...overall, sections };
}

/** Runs of classified (non-own) codes as text spans. */
function classSpans(d: SimilarityDoc, p: PreparedDoc | null, c: Uint8Array): ReuseSpan[] {
  const out: ReuseSpan[] = [];
  if (p === null) return out;
  const names: Record<number, SpanClass> = { [MANDATED]: "mandated", [SELF]: "self", [SHARED]: "shared" };
  let i = 0;
  while (i < c.length) {
    const k = c[i]!;
    let j = i + 1;
    while (j < c.length && c[j] === k) j++;
    const kind = names[k];
    if (kind !== undefined) out.push({ id: d.id, ...compactSpan(p.ct, i, j), kind });
    i = j;
  }
  return out;
}

/** Share of codes outside mandated text in `[from, to)` marked in `prev`. */
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

function selfReuseRows(
  docs: readonly SimilarityDoc[],
  prepared: ReadonlyArray<PreparedDoc | null>,
  cls: readonly Uint8Array[],
  fromPrev: readonly Uint8Array[],
): SelfReuseRow[] {
  const rows: SelfReuseRow[] = [];
  const byAgency = new Map<string, SimilarityDoc[]>();
  for (const d of docs) {
    if (d.agency_id == null) continue;
    const list = byAgency.get(d.agency_id) ?? [];
    list.push(d);
    byAgency.set(d.agency_id, list);
  }
  docs.forEach((d, i) => {
    const p = prepared[i];
    if (d.agency_id == null || d.year == null || p == null) return;
    const same = byAgency.get(d.agency_id) ?? [];
    const previous = same.filter((o) => o.year !== null && o.year < d.year!).map((o) => o.id);
    const whole = prevCounts(cls[i]!, fromPrev[i]!, 0, p.ct.length);
    const r = sectionRange(d, p, "issues");
    const iss = r === null ? null : prevCounts(cls[i]!, fromPrev[i]!, r[0], r[1]);
    rows.push({
      id: d.id,
      agency_id: d.agency_id,
      year: d.year,
      previous,
      issuesChars: iss?.chars ?? null,
      issuesReused: iss?.reused ?? null,
      issuesShare: iss === null || iss.chars === 0 ? null : iss.reused / iss.chars,
      reportShare: whole.chars === 0 ? null : whole.reused / whole.chars,
    });
  });
  return rows.sort((x, y) => (x.agency_id < y.agency_id ? -1 : x.agency_id > y.agency_id ? 1 : x.year - y.year));
}

/** Build cluster records from aligned passages. */
function buildClusters(
  docs: readonly SimilarityDoc[],
  prepared: ReadonlyArray<PreparedDoc | null>,
  aligned: readonly Aligned[],
  rank: Int32Array,
  minOverlap: number,
): { clusters: ReuseCluster[]; ids: Int32Array } {
  const occ: Occurrence[] = [];
  for (const { a, b, c } of aligned)
    occ.push({ doc: a, from: c.aFrom, to: c.aTo }, { doc: b, from: c.bFrom, to: c.bTo });
  const ids = clusterPassages(occ, minOverlap);
  const members: Occurrence[][] = [];
  let count = 0;
  for (const id of ids) count = Math.max(count, id + 1);
  const passages = new Int32Array(count);
  ids.forEach((id, p) => {
    passages[id]!++;
    (members[id] ??= []).push(occ[2 * p]!, occ[2 * p + 1]!);
  });
  const clusters = members.map((m, id) => clusterRecord(docs, prepared, m, rank, id, passages[id]!));
  return { clusters, ids };
}

function clusterRecord(
  docs: readonly SimilarityDoc[],
  prepared: ReadonlyArray<PreparedDoc | null>,
  m: readonly Occurrence[],
  rank: Int32Array,
  id: number,
  passages: number,
): ReuseCluster {
  let best = m[0]!;
  for (const o of m) {
    const r = rank[o.doc]! - rank[best.doc]!;
    if (r < 0 || (r === 0 && o.to - o.from > best.to - best.from)) best = o;
  }
  const reportSet = new Set(m.map((o) => o.doc));
  const agencies = new Set([...reportSet].map((d) => agencyKey(docs[d]!)));
  const years = [...new Set([...reportSet].map((d) => docs[d]!.year).filter((y): y is number => y !== null))].sort(
    (x, y) => x - y,
  );
  const src = docs[best.doc]!;
  const span = compactSpan(prepared[best.doc]!.ct, best.from, best.to);
  return {
    id,
    prototype: src.text.slice(span.start, span.end),
    source: { id: src.id, ...span },
    reports: reportSet.size,
    agencies: agencies.size,
    years,
    firstYear: years[0] ?? null,
    firstReport: src.id,
    kind: agencies.size === 1 ? "self" : "shared",
    passages,
  };
}

/**
 * Find reused text across a corpus of reports.
 * Candidate pairs come from shared winnowed fingerprints (a fingerprint carried by more than
 * `maxDf` reports pairs each carrier with the earliest one only) plus every pair of reports of
 * one agency; each candidate pair is aligned (see `alignPassages`); passages are linked into
 * template clusters; every reused span is classified as `mandated` (national format text),
 * `self` (found in the same agency's report of another year) or `shared` (another agency's),
 * in that order of precedence.
 * @param docs reports as plain data (`agency_id` and `year` drive self-reuse; `sections` the per-section shares)
 * @returns passages, clusters, classified spans, shares per report, self-reuse per agency-year, counts
 * @throws InvalidInputError for malformed documents; InvalidOptionError for bad options
 */
export function findReuse(docs: readonly SimilarityDoc[], options: ReuseOptions = {}): ReuseResult {
  checkDocs(docs, "findReuse");
  const params = alignParams(options);
  const { clusterOverlap = 0.5, maxAgencyReports = 64 } = options;
  if (!(clusterOverlap > 0 && clusterOverlap <= 1)) {
    throw new InvalidOptionError(`similarity.findReuse: clusterOverlap must be in (0, 1]; found ${clusterOverlap}`);
  }
  const prep = { maskMandated: options.maskMandated ?? true, mandated: options.mandated ?? {}, shingles: false };
  const { prepared, diagnostics } = prepareAll(docs, prep);
  const rank = ranks(docs);
  const data: Array<AlignData | null> = prepared.map((p) => (p === null ? null : buildAlignData(p, params)));
  const groups = agencyGroups(docs, maxAgencyReports, diagnostics);
  const pairs = reuseCandidates(data, rank, params, groups, options);
  const aligned = alignAll(data, pairs, params);
  data.fill(null); // the seed indexes are done with: let them go before the outputs are built
  const { cls, fromPrev } = classify(docs, prepared, aligned);
  const { clusters, ids } = buildClusters(docs, prepared, aligned, rank, clusterOverlap);
  const passages = aligned.map(({ a, b, c }, i): ReusePassage => {
    const p = toPassage(docs[a]!, docs[b]!, prepared[a]!, prepared[b]!, c);
    const kind: ReuseKind = agencyKey(docs[a]!) === agencyKey(docs[b]!) ? "self" : "shared";
    return { ...p, kind, cluster: ids[i]! };
  });
  return {
    passages,
    clusters,
    spans: docs.flatMap((d, i) => classSpans(d, prepared[i] ?? null, cls[i]!)),
    shares: docs.map((d, i) => reportShare(d, prepared[i] ?? null, cls[i]!)),
    selfReuse: selfReuseRows(docs, prepared, cls, fromPrev),
    stats: { documents: docs.length, candidates: pairs.length / 2, passages: passages.length },
    diagnostics,
  };
}
