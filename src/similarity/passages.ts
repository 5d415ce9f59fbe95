/** Public passage alignment between two documents, in offsets of their texts. */
import { describe, InvalidInputError } from "../errors.js";
import { type AlignOptions, alignParams, alignPrepared, type CompactPassage } from "./align.js";
import { compactSpan } from "./compact.js";
import type { MandatedOptions } from "./mandated.js";
import { type PreparedDoc, prepareDoc } from "./prepare.js";
import type { SimilarityDoc } from "./types.js";

/** Kind of a reused passage: the same agency's other year, or another agency. */
export type ReuseKind = "self" | "shared";

/** An aligned passage between two documents. Offsets index the documents' `text`. */
export interface Passage {
  readonly a: string;
  readonly b: string;
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  /** Length in compact codes (letters, ideographs, numbers) on the A side. */
  readonly length: number;
  /** Matched codes / codes of the longer side, after number masking. */
  readonly identity: number;
}

export interface PassageOptions extends AlignOptions {
  /** Treat mandated text as barriers (default true). */
  readonly maskMandated?: boolean;
  readonly mandated?: MandatedOptions;
}

/** Convert a compact passage to text offsets. */
export function toPassage(
  a: SimilarityDoc,
  b: SimilarityDoc,
  pa: PreparedDoc,
  pb: PreparedDoc,
  c: CompactPassage,
): Passage {
  const sa = compactSpan(pa.ct, c.aFrom, c.aTo);
  const sb = compactSpan(pb.ct, c.bFrom, c.bTo);
  return {
    a: a.id,
    b: b.id,
    aStart: sa.start,
    aEnd: sa.end,
    bStart: sb.start,
    bEnd: sb.end,
    length: c.aTo - c.aFrom,
    identity: c.identity,
  };
}

function asDoc(x: SimilarityDoc | string, name: string): SimilarityDoc {
  if (typeof x === "string") return { id: name, agency_id: null, year: null, text: x };
  if (x === null || typeof x !== "object" || typeof x.text !== "string") {
    throw new InvalidInputError(
      `similarity.alignPassages: ${name} must be a string or {id, text}; found ${describe(x)}`,
    );
  }
  return x;
}

/**
 * Aligned passages between two reports: start/end in both, at least `minLength` codes long
 * (default 20 letters/ideographs/numbers, punctuation and white space not counted) at identity
 * ≥ `minIdentity` (default 0.9) after number masking. Text mandated by the national format is a
 * barrier (it is measured by `maskMandated`, not reported as reuse).
 * @param a a document or a plain string (then its id is "a")
 * @param b a document or a plain string (then its id is "b")
 * @returns passages ascending by their start in A
 * @throws InvalidInputError for non-text input; InvalidOptionError for bad options
 * @example alignPassages(report2021, report2022).map(p => report2021.text.slice(p.aStart, p.aEnd))
 */
export function alignPassages(
  a: SimilarityDoc | string,
  b: SimilarityDoc | string,
  options: PassageOptions = {},
): Passage[] {
  const da = asDoc(a, "a");
  const db = asDoc(b, "b");
  const params = alignParams(options);
  const prep = { maskMandated: options.maskMandated ?? true, mandated: options.mandated ?? {} };
  const pa = prepareDoc(da, prep)!;
  const pb = prepareDoc(db, prep)!;
  return alignPrepared(pa, pb, params).map((c) => toPassage(da, db, pa, pb, c));
}
