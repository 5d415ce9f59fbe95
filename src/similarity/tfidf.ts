/** TF-IDF vectors over nodejieba words (numbers as one slot), cosine similarity, top-k and matrices. */
import { InvalidInputError, InvalidOptionError } from "../errors.js";
import { words } from "../tokenize/index.js";
import type { SectionKey } from "../types.js";
import { jaccardOfSets, setOverlap } from "./jaccard.js";
import { maskMandated } from "./mandated.js";
import { checkDocs, checkSection, type PrepareOptions, prepareAll } from "./prepare.js";
import type { SimilarityDoc } from "./types.js";

export interface TfidfOptions {
  /** Blank out mandated text before counting words (default true). */
  readonly maskMandated?: boolean;
  /** Use one section of each document instead of the whole text. */
  readonly section?: SectionKey | null;
}

/** A TF-IDF index: one L2-normalised sparse vector per document. */
export interface TfidfIndex {
  readonly ids: readonly string[];
  /** Term of each term id. */
  readonly terms: readonly string[];
  /** Per document: term ids (ascending) and weights. */
  readonly vectors: ReadonlyArray<{ readonly terms: Int32Array; readonly weights: Float64Array }>;
  /** Per term: the documents that contain it (postings). */
  readonly postings: readonly Int32Array[];
}

/** Text of a document or of one of its sections ("" when the section is missing). */
function textOf(doc: SimilarityDoc, section: SectionKey | null): string {
  if (section === null) return doc.text;
  const s = doc.sections?.[section] ?? null;
  return s === null ? "" : doc.text.slice(s.start, s.end);
}

/** Count term ids of one document. */
function countTerms(ws: readonly string[], vocab: Map<string, number>, terms: string[]): Map<number, number> {
  const tf = new Map<number, number>();
  for (const w of ws) {
    let id = vocab.get(w);
    if (id === undefined) {
      id = terms.length;
      vocab.set(w, id);
      terms.push(w);
    }
    tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  return tf;
}

/**
 * Build a TF-IDF index (sublinear tf `1 + ln tf`, smooth idf `ln((1 + N) / (1 + df)) + 1`).
 * @param docs documents as plain data; a document without text (or section) gets an empty vector
 * @throws InvalidInputError for malformed documents or repeated ids
 */
export function tfidfIndex(docs: readonly SimilarityDoc[], options: TfidfOptions = {}): TfidfIndex {
  checkDocs(docs, "tfidfIndex");
  checkSection(options.section, "tfidfIndex");
  const { maskMandated: mask = true, section = null } = options;
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const counts = docs.map((d) => {
    const t = textOf(d, section);
    return countTerms(words(mask ? maskMandated(t).masked : t), vocab, terms);
  });
  const df = new Int32Array(terms.length);
  for (const c of counts) for (const id of c.keys()) df[id]!++;
  const n = docs.length;
  const vectors = counts.map((c) => {
    const ids = Int32Array.from([...c.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(
      ids,
      (id) => (1 + Math.log(c.get(id)!)) * (Math.log((1 + n) / (1 + df[id]!)) + 1),
    );
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { terms: ids, weights };
  });
  const lists: number[][] = terms.map(() => []);
  vectors.forEach((v, d) => {
    for (const t of v.terms) lists[t]!.push(d);
  });
  return { ids: docs.map((d) => d.id), terms, vectors, postings: lists.map((l) => Int32Array.from(l)) };
}

/** Cosine similarity of two documents of an index (vectors are normalised: a sparse dot product). */
export function tfidfCosine(index: TfidfIndex, a: number, b: number): number {
  const x = index.vectors[a]!;
  const y = index.vectors[b]!;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const s = x.terms[i]!;
    const t = y.terms[j]!;
    if (s === t) dot += x.weights[i++]! * y.weights[j++]!;
    else if (s < t) i++;
    else j++;
  }
  return dot;
}

/** One neighbour of a document. */
export interface SimilarDoc {
  readonly id: string;
  /** Cosine similarity of TF-IDF vectors, in [0, 1]. */
  readonly score: number;
}

/**
 * The `k` documents most similar to `docId` (TF-IDF cosine), best first; ties by id.
 * @throws InvalidInputError when `docId` is not in the index; InvalidOptionError for a bad `k`
 * @example topSimilar(tfidfIndex(docs), "pingtan-2022", 3)
 */
export function topSimilar(index: TfidfIndex, docId: string, k = 10): SimilarDoc[] {
  const q = index.ids.indexOf(docId);
  if (q < 0) throw new InvalidInputError(`similarity.topSimilar: docId must be in the index; found "${docId}"`);
  if (!Number.isInteger(k) || k < 1)
    throw new InvalidOptionError(`similarity.topSimilar: k must be a positive integer; found ${k}`);
  const cand = new Uint8Array(index.ids.length);
  for (const t of index.vectors[q]!.terms) for (const d of index.postings[t]!) cand[d] = 1;
  const out: SimilarDoc[] = [];
  cand.forEach((c, d) => {
    if (c === 0 || d === q) return;
    const score = tfidfCosine(index, q, d);
    if (score > 0) out.push({ id: index.ids[d]!, score: Math.min(1, score) });
  });
  out.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return out.slice(0, k);
}

export interface MatrixOptions extends PrepareOptions {
  /**
   * `cosine` (TF-IDF over words, default), `jaccard` (exact, over masked character shingles) or
   * `containment` (row A, column B: the share of A's shingles found in B; not symmetric).
   */
  readonly measure?: "cosine" | "jaccard" | "containment";
}

/** A full similarity matrix (1 on the diagonal; symmetric except for containment). */
export interface SimilarityMatrix {
  readonly ids: readonly string[];
  readonly values: readonly (readonly number[])[];
}

const MEASURES = ["cosine", "jaccard", "containment"];

/** The pairwise function of a measure: `[ab, ba]`. */
function measureOf(docs: readonly SimilarityDoc[], options: MatrixOptions): (a: number, b: number) => [number, number] {
  if ((options.measure ?? "cosine") === "cosine") {
    const index = tfidfIndex(docs, { maskMandated: options.maskMandated ?? true, section: options.section ?? null });
    return (a, b) => {
      const c = tfidfCosine(index, a, b);
      return [c, c];
    };
  }
  const sets = prepareAll(docs, options).prepared.map((p) => p?.set ?? new Uint32Array(0));
  if (options.measure === "jaccard") {
    return (a, b) => {
      const j = jaccardOfSets(sets[a]!, sets[b]!);
      return [j, j];
    };
  }
  return (a, b) => {
    const o = setOverlap(sets[a]!, sets[b]!);
    return [o.containmentAB ?? 0, o.containmentBA ?? 0];
  };
}

/**
 * Full pairwise similarity matrix, for small sets (quadratic; use `findNearDuplicates` for corpora).
 * An empty document has similarity 0 with every other document (lenient: no error for no text).
 * @throws InvalidOptionError for an unknown measure or more than 5,000 documents
 */
export function similarityMatrix(docs: readonly SimilarityDoc[], options: MatrixOptions = {}): SimilarityMatrix {
  checkDocs(docs, "similarityMatrix");
  const { measure = "cosine" } = options;
  if (!MEASURES.includes(measure)) {
    throw new InvalidOptionError(
      `similarity.similarityMatrix: measure must be "cosine", "jaccard" or "containment"; found "${measure}"`,
    );
  }
  if (docs.length > 5000) {
    throw new InvalidOptionError(`similarity.similarityMatrix: at most 5000 documents; found ${docs.length}`);
  }
  const sim = measureOf(docs, options);
  const values = docs.map((_, a) => docs.map((__, b): number => (a === b ? 1 : 0)));
  for (let a = 0; a < docs.length; a++) {
    for (let b = a + 1; b < docs.length; b++) {
      const [ab, ba] = sim(a, b);
      values[a]![b] = ab;
      values[b]![a] = ba;
    }
  }
  return { ids: docs.map((d) => d.id), values };
}
