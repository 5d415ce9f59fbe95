/**
 * A seeded, deterministic generator of synthetic report corpora with planted reuse of known
 * extent, for testing and benchmarking reuse detection. Reports are built from the national
 * format (headings, preamble, table labels: the mandated-text lexicon) and from sentences of real
 * reports given as `sources`, plus "own" sentences made of random words, and carry:
 * self-reuse across an agency's years (the issues section most of all), cross-agency copies of
 * paragraphs, number-changed copies (every copy gets new numbers) and light edits. The source of
 * every sentence is recorded, so that reuse the generator did not plan (two reports drawing the
 * same source sentence) is part of the truth too.
 */
import type { ReuseResult } from "../../src/corpus/index.js";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import { CANONICAL_HEADINGS } from "../../src/sections/index.js";
import {
  compactIndexAt,
  compactText,
  mandatedPhrases,
  maskMandated,
  type SimilarityDoc,
} from "../../src/similarity/index.js";
import { words } from "../../src/tokenize/index.js";
import type { Section, SectionKey, Sections } from "../../src/types.js";
import { mulberry32 } from "../../src/util/random.js";

/** Where a sentence of a synthetic report comes from. */
export type SynthOrigin = "mandated" | "pool" | "own" | "self_copy" | "cross_copy";

/** One sentence of a synthetic report, with its span and its source key. */
export interface SynthSentence {
  readonly start: number;
  readonly end: number;
  /** Same key = same source text (possibly with other numbers or light edits). `mandated` for format text. */
  readonly source: string;
  readonly origin: SynthOrigin;
  readonly edited: boolean;
}

/** A synthetic report and its truth. */
export interface SynthDoc extends SimilarityDoc {
  readonly agency_id: string;
  readonly year: number;
  readonly sections: Sections;
  readonly sentences: readonly SynthSentence[];
}

export interface SynthOptions {
  /** Texts of real reports (simplified) to draw sentences and words from. Required. */
  readonly sources: readonly string[];
  /** Sentences in the overview section (default 24). */
  readonly overviewSentences?: number;
  /** Sentences in the issues section (default 5). */
  readonly issuesSentences?: number;
  /** Share of narrative sentences drawn from the source pool rather than made up (default 0.35). */
  readonly poolShare?: number;
  /** Share of the previous year's sentences an agency copies (default 0.5 overview, issues 0.75). */
  readonly selfCopyShare?: number;
  /** Probability that a report copies a paragraph of another agency's report (default 0.2). */
  readonly crossCopyRate?: number;
  /** Probability that a report is a near-copy of a whole report of another agency (default 0.05). */
  readonly copyReportRate?: number;
  /** Probability that a copied sentence is lightly edited (default 0.3). */
  readonly editRate?: number;
  /** Most reports per agency (default 4). */
  readonly maxYears?: number;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1) (see util/random). */
export const seededRandom: (seed: number) => () => number = mulberry32;

interface Piece {
  text: string;
  source: string;
  origin: SynthOrigin;
  edited: boolean;
}

interface Pool {
  readonly sentences: readonly string[];
  readonly vocabulary: readonly string[];
  readonly hanChars: string;
}

const SENTENCE = /[^。！？；\n]+[。！？；]?/g;
const NUMBER = /[0-9０-９]+(?:\.[0-9]+)?/g;
const SHINGLE = 10;

/** Sentences of the sources that are narrative, long enough, and share no 10-code run with each other. */
export function sentencePool(sources: readonly string[]): Pool {
  const seen = new Set<string>();
  const sentences: string[] = [];
  const vocab = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(SENTENCE)) {
      const s = m[0].trim();
      if (!isNarrative(s)) continue;
      const codes = String.fromCharCode(...compactText(s).codes);
      const grams: string[] = [];
      for (let i = 0; i + SHINGLE <= codes.length; i++) grams.push(codes.slice(i, i + SHINGLE));
      if (grams.some((g) => seen.has(g))) continue;
      for (const g of grams) seen.add(g);
      sentences.push(s);
      for (const w of words(s)) if (/^\p{Script=Han}{2,}$/u.test(w)) vocab.add(w);
    }
  }
  const vocabulary = [...vocab].sort();
  return { sentences, vocabulary, hanChars: [...new Set(vocabulary.join(""))].sort().join("") };
}

function isNarrative(s: string): boolean {
  const n = compactText(s).length;
  if (n < 24 || n > 160 || /https?:|[|\t]|[:：]\s*$|==/.test(s)) return false;
  return (maskMandated(s).share ?? 1) < 0.2;
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** Replace every number by a fresh random one (a number-changed copy). */
function renumber(s: string, rng: () => number): string {
  return s.replace(NUMBER, () => String(1 + Math.floor(rng() * 999)));
}

/** Substitute about one Han character in 30 (sentences of 30+ codes only). */
function lightEdit(s: string, rng: () => number, chars: string): { text: string; edited: boolean } {
  if (compactText(s).length < 30) return { text: s, edited: false };
  const out = [...s];
  const edits = Math.max(1, Math.floor(out.length / 30));
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rng() * out.length);
    if (/\p{Script=Han}/u.test(out[at]!)) out[at] = pick(rng, [...chars]);
  }
  return { text: out.join(""), edited: true };
}

/** An "own" sentence: random vocabulary words with a number, ending in 。 */
function ownSentence(rng: () => number, pool: Pool): string {
  const n = 8 + Math.floor(rng() * 10);
  let s = "";
  for (let i = 0; i < n; i++) {
    s += pick(rng, pool.vocabulary);
    if (i === Math.floor(n / 2)) s += `${1 + Math.floor(rng() * 500)}件`;
    else if (rng() < 0.15) s += "，";
  }
  return `${s}。`;
}

interface Ctx {
  readonly rng: () => number;
  readonly pool: Pool;
  readonly opts: Required<Omit<SynthOptions, "sources">>;
  readonly reportIndex: number;
  ownCount: number;
}

/** A fresh narrative sentence: from the pool (source key of the pool sentence) or made up. */
function freshSentence(ctx: Ctx): Piece {
  if (ctx.rng() < ctx.opts.poolShare) {
    const i = Math.floor(ctx.rng() * ctx.pool.sentences.length);
    return { text: renumber(ctx.pool.sentences[i]!, ctx.rng), source: `pool:${i}`, origin: "pool", edited: false };
  }
  const k = ctx.ownCount++;
  return { text: ownSentence(ctx.rng, ctx.pool), source: `own:${ctx.reportIndex}:${k}`, origin: "own", edited: false };
}

/** A copy of a sentence: new numbers, sometimes a light edit, same source key. */
function copyOf(p: Piece, origin: SynthOrigin, ctx: Ctx): Piece {
  let text = renumber(p.text, ctx.rng);
  let edited = p.edited;
  if (ctx.rng() < ctx.opts.editRate) {
    const e = lightEdit(text, ctx.rng, ctx.pool.hanChars);
    text = e.text;
    edited ||= e.edited;
  }
  return { text, source: p.source, origin, edited };
}

/** Narrative of one section: copies from the previous year's same section, then fresh sentences. */
function narrative(ctx: Ctx, count: number, prev: readonly Piece[] | null, share: number): Piece[] {
  const out: Piece[] = [];
  if (prev !== null)
    for (const p of prev) if (p.origin !== "mandated" && ctx.rng() < share) out.push(copyOf(p, "self_copy", ctx));
  while (out.length < count) out.splice(Math.floor(ctx.rng() * (out.length + 1)), 0, freshSentence(ctx));
  return out;
}

/** The national format's canonical section headings. */
const HEADINGS: Readonly<Record<SectionKey, string>> = CANONICAL_HEADINGS;

/** Table labels of the 2021 format with random values, one row per line. */
function tableText(rng: () => number, from: string, to: string | null): string {
  const phrases = mandatedPhrases();
  const a = phrases.indexOf(from);
  const b = to === null ? phrases.length : phrases.indexOf(to);
  const rows: string[] = [];
  for (const label of phrases.slice(a, b)) {
    const cells = Math.floor(rng() * 8);
    rows.push([label, ...Array.from({ length: cells }, () => String(Math.floor(rng() * 20)))].join("\t"));
  }
  return rows.join("\n");
}

interface Report {
  readonly agency: string;
  readonly agencyName: string;
  readonly year: number;
  readonly overview: Piece[];
  readonly issues: Piece[];
}

const mandated = (text: string): Piece => ({ text, source: "mandated", origin: "mandated", edited: false });

/** Assemble the report text, its sections and its sentence truth. */
function render(r: Report, index: number, rng: () => number): SynthDoc {
  let text = "";
  const sentences: SynthSentence[] = [];
  const add = (p: Piece, sep: string): void => {
    sentences.push({
      start: text.length,
      end: text.length + p.text.length,
      source: p.source,
      origin: p.origin,
      edited: p.edited,
    });
    text += p.text + sep;
  };
  add(mandated(`${r.agencyName}${r.year}年政府信息公开工作年度报告`), "\n");
  add(mandated("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"), "");
  add(mandated(`本报告中所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。`), "\n");
  const sections = {} as { [K in SectionKey]: Section | null };
  const section = (key: SectionKey, body: () => void): void => {
    const start = text.length;
    add(mandated(HEADINGS[key]), "\n");
    body();
    const heading = { start, end: start + HEADINGS[key].length };
    sections[key] = { key, start, end: text.length, heading, title: HEADINGS[key], text: text.slice(start) };
  };
  section("overview", () => {
    r.overview.forEach((p, i) => {
      add(p, i % 4 === 3 ? "\n" : "");
    });
  });
  section("proactive", () => add(mandated(tableText(rng, "第二十条第（一）项", "申请人情况")), "\n"));
  section("requests", () => add(mandated(tableText(rng, "申请人情况", "行政复议")), "\n"));
  section("review", () => add(mandated(tableText(rng, "行政复议", null)), "\n"));
  section("issues", () => {
    for (const p of r.issues) add(p, "");
  });
  section("other", () => add({ text: "无。", source: `own:${index}:other`, origin: "own", edited: false }, "\n"));
  return { id: `r${String(index).padStart(6, "0")}`, agency_id: r.agency, year: r.year, text, sections, sentences };
}

/** Copy a paragraph (3–8 consecutive overview sentences) of another agency's report into `r`. */
function crossCopy(ctx: Ctx, r: Report, reports: readonly Report[]): void {
  const others = reports.filter((o) => o.agency !== r.agency);
  if (others.length === 0) return;
  const src = pick(ctx.rng, others);
  const len = 3 + Math.floor(ctx.rng() * 6);
  const from = Math.floor(ctx.rng() * Math.max(1, src.overview.length - len));
  const block = src.overview.slice(from, from + len).map((p) => copyOf(p, "cross_copy", ctx));
  r.overview.splice(Math.floor(ctx.rng() * r.overview.length), Math.min(len, r.overview.length >> 1), ...block);
}

/** Make `r` a near-copy of a whole report of another agency: every narrative sentence copied, a tenth replaced. */
function copyReport(ctx: Ctx, r: Report, reports: readonly Report[]): void {
  const others = reports.filter((o) => o.agency !== r.agency);
  if (others.length === 0) return;
  const src = pick(ctx.rng, others);
  const copy = (list: readonly Piece[]): Piece[] =>
    list.map((p) => (ctx.rng() < 0.1 ? freshSentence(ctx) : copyOf(p, "cross_copy", ctx)));
  r.overview.splice(0, r.overview.length, ...copy(src.overview));
  r.issues.splice(0, r.issues.length, ...copy(src.issues));
}

function resolveOptions(o: SynthOptions): Ctx["opts"] {
  return {
    overviewSentences: o.overviewSentences ?? 24,
    issuesSentences: o.issuesSentences ?? 5,
    poolShare: o.poolShare ?? 0.35,
    selfCopyShare: o.selfCopyShare ?? 0.5,
    crossCopyRate: o.crossCopyRate ?? 0.2,
    copyReportRate: o.copyReportRate ?? 0.05,
    editRate: o.editRate ?? 0.3,
    maxYears: o.maxYears ?? 4,
  };
}

/**
 * Generate `n` synthetic reports (deterministic for a given seed and sources).
 * @param seed PRNG seed
 * @param n number of reports
 * @param options `sources` (texts of real reports) and the planted-reuse rates
 * @returns reports with sections and the source of every sentence
 * @throws InvalidInputError when the sources give fewer than 20 usable sentences; InvalidOptionError for a bad n
 */
export function generateSyntheticCorpus(seed: number, n: number, options: SynthOptions): SynthDoc[] {
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidOptionError(`similarity.generateSyntheticCorpus: n must be an integer ≥ 0; found ${n}`);
  const pool = sentencePool(options.sources ?? []);
  if (pool.sentences.length < 20) {
    throw new InvalidInputError(
      `similarity.generateSyntheticCorpus: sources must give ≥ 20 narrative sentences; found ${pool.sentences.length}`,
    );
  }
  const rng = seededRandom(seed);
  const opts = resolveOptions(options);
  const reports: Report[] = [];
  const docs: SynthDoc[] = [];
  let agencyNo = 0;
  while (reports.length < n) {
    const agency = `a${String(agencyNo++).padStart(5, "0")}`;
    const agencyName = `${pick(rng, [...pool.hanChars])}${pick(rng, [...pool.hanChars])}镇人民政府`;
    const years = Math.min(n - reports.length, 1 + Math.floor(rng() * opts.maxYears));
    const first = 2019 + Math.floor(rng() * 3);
    let prev: Report | null = null;
    for (let y = 0; y < years; y++) {
      const ctx: Ctx = { rng, pool, opts, reportIndex: reports.length, ownCount: 0 };
      const overview = narrative(ctx, opts.overviewSentences, prev?.overview ?? null, opts.selfCopyShare);
      const issues = narrative(ctx, opts.issuesSentences, prev?.issues ?? null, Math.min(1, opts.selfCopyShare * 1.5));
      const r: Report = { agency, agencyName, year: first + y, overview, issues };
      if (rng() < opts.copyReportRate) copyReport(ctx, r, reports);
      else if (rng() < opts.crossCopyRate) crossCopy(ctx, r, reports);
      docs.push(render(r, reports.length, rng));
      reports.push(r);
      prev = r;
    }
  }
  return docs;
}

/** Scores of detected reuse against a synthetic corpus' truth (over compact codes). */
export interface ReuseScore {
  /** Codes outside mandated truth: how many the truth calls reused, how many were detected, how many both. */
  readonly truthReused: number;
  readonly detected: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  /** Of correctly detected codes, the share whose self/shared class matches the truth. */
  readonly kindAccuracy: number;
  /** Mandated text: truth codes, detected codes, both. */
  readonly mandated: { readonly precision: number; readonly recall: number };
}

/** Truth class per compact code: 0 own, 1 mandated, 2 self, 3 shared. */
function truthClasses(docs: readonly SynthDoc[], idx: number, keyDocs: Map<string, Set<number>>): Uint8Array {
  const doc = docs[idx]!;
  const ct = compactText(doc.text);
  const cls = new Uint8Array(ct.length);
  for (const s of doc.sentences) {
    let k = 0;
    if (s.origin === "mandated") k = 1;
    else {
      for (const d of keyDocs.get(s.source) ?? []) {
        if (d === idx) continue;
        if (docs[d]!.agency_id === doc.agency_id) k = 2;
        else if (k === 0) k = 3;
      }
    }
    cls.fill(k, compactIndexAt(ct, s.start), compactIndexAt(ct, s.end));
  }
  return cls;
}

/**
 * Score a `findReuse` result against the truth of a synthetic corpus.
 * Positives are compact codes (letters, ideographs, numbers) of sentences whose source occurs in
 * another report; predicted positives are codes in `self` or `shared` spans.
 */
export function scoreReuse(docs: readonly SynthDoc[], result: ReuseResult): ReuseScore {
  const keyDocs = new Map<string, Set<number>>();
  docs.forEach((d, i) => {
    for (const s of d.sentences) {
      const set = keyDocs.get(s.source) ?? new Set<number>();
      set.add(i);
      keyDocs.set(s.source, set);
    }
  });
  const spansOf = new Map<string, (typeof result.spans)[number][]>();
  for (const s of result.spans) {
    const l = spansOf.get(s.id) ?? [];
    l.push(s);
    spansOf.set(s.id, l);
  }
  const n = { truth: 0, detected: 0, correct: 0, kindOk: 0, mTruth: 0, mDet: 0, mBoth: 0 };
  docs.forEach((d, idx) => {
    const truth = truthClasses(docs, idx, keyDocs);
    const ct = compactText(d.text);
    const pred = new Uint8Array(ct.length);
    const codes = { mandated: 1, self: 2, shared: 3 } as const;
    for (const s of spansOf.get(d.id) ?? [])
      pred.fill(codes[s.kind], compactIndexAt(ct, s.start), compactIndexAt(ct, s.end));
    for (let i = 0; i < ct.length; i++) tally(n, truth[i]!, pred[i]!);
  });
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    truthReused: n.truth,
    detected: n.detected,
    correct: n.correct,
    precision: ratio(n.correct, n.detected),
    recall: ratio(n.correct, n.truth),
    kindAccuracy: ratio(n.kindOk, n.correct),
    mandated: { precision: ratio(n.mBoth, n.mDet), recall: ratio(n.mBoth, n.mTruth) },
  };
}

function tally(n: Record<string, number>, t: number, p: number): void {
  if (t === 1) n.mTruth!++;
  if (p === 1) n.mDet!++;
  if (t === 1 && p === 1) n.mBoth!++;
  if (t === 1) return;
  const truthPos = t >= 2;
  const predPos = p >= 2;
  if (truthPos) n.truth!++;
  if (predPos) n.detected!++;
  if (truthPos && predPos) {
    n.correct!++;
    if (t === p) n.kindOk!++;
  }
}
