/** Stage-local types of `similarity`. */
import type { Sections } from "../types.js";

/** A document as the similarity functions take it: plain data, no dependency on other stages. */
export interface SimilarityDoc {
  readonly id: string;
  /** Canonical agency key; null when unknown (then the report counts as its own agency). */
  readonly agency_id: string | null;
  /** Year reported on; null when unknown. */
  readonly year: number | null;
  /** Normalised, simplified text; all offsets index into it. */
  readonly text: string;
  /** Section spans into `text`, when known. */
  readonly sections?: Sections | null;
}

/** A pair of documents by index into the input list, `a < b`. */
export interface DocPair {
  readonly a: number;
  readonly b: number;
}
