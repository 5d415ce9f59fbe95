/** Per-document preparation shared by the similarity functions: compact form, mandated mask, shingles. */
import { describe, InvalidInputError, InvalidOptionError } from "../errors.js";
import { type Diagnostic, SECTION_KEYS, type SectionKey } from "../types.js";
import { type CompactText, compactText } from "./compact.js";
import { type MandatedOptions, mandatedMask } from "./mandated.js";
import { shingleSet } from "./shingles.js";
import type { SimilarityDoc } from "./types.js";

/** A document ready for comparison. Offsets of `ct` are offsets into the document's full text. */
export interface PreparedDoc {
  readonly ct: CompactText;
  /** 1 where the compact code is mandated text (all 0 when masking is off). */
  readonly mask: Uint8Array;
  /** Distinct hashed shingles outside mandated text, ascending. */
  readonly set: Uint32Array;
}

export interface PrepareOptions {
  /** Characters per shingle in compact form (default 5). */
  readonly shingleSize?: number;
  /** Mask mandated text before hashing (default true). */
  readonly maskMandated?: boolean;
  /** Options of the mandated-text matcher. */
  readonly mandated?: MandatedOptions;
  /** Compute the shingle set (default true; passage alignment does not need it). */
  readonly shingles?: boolean;
  /** Compare one section instead of the whole text (needs `doc.sections`). */
  readonly section?: SectionKey | null;
}

/** Check the documents' shape at the public boundary. */
export function checkDocs(docs: readonly SimilarityDoc[], fn: string): void {
  if (!Array.isArray(docs))
    throw new InvalidInputError(`similarity.${fn}: docs must be an array; found ${describe(docs)}`);
  docs.forEach((d, i) => {
    if (d === null || typeof d !== "object" || typeof d.text !== "string" || typeof d.id !== "string") {
      throw new InvalidInputError(
        `similarity.${fn}: docs[${i}] must be {id: string, text: string, …}; found ${describe(d)}`,
      );
    }
  });
  checkInfos(docs, fn, "docs");
}

/**
 * Check document ids (strings, unique), agencies (string or null) and years (integer or null).
 * @param name how the list is called in messages (`docs`, `source.infos`)
 */
export function checkInfos(
  infos: readonly { readonly id: string; readonly agency_id?: string | null; readonly year?: number | null }[],
  fn: string,
  name: string,
): void {
  if (!Array.isArray(infos))
    throw new InvalidInputError(`similarity.${fn}: ${name} must be an array; found ${describe(infos)}`);
  const ids = new Set<string>();
  infos.forEach((d, i) => {
    if (d === null || typeof d !== "object" || typeof d.id !== "string") {
      throw new InvalidInputError(`similarity.${fn}: ${name}[${i}] must be {id: string, …}; found ${describe(d)}`);
    }
    if (ids.has(d.id))
      throw new InvalidInputError(`similarity.${fn}: document ids must be unique; found "${d.id}" twice`);
    ids.add(d.id);
    const agency: unknown = d.agency_id;
    const year: unknown = d.year;
    if (agency !== null && agency !== undefined && typeof agency !== "string") {
      throw new InvalidInputError(
        `similarity.${fn}: ${name}[${i}].agency_id must be a string or null; found ${describe(agency)}`,
      );
    }
    if (year !== null && year !== undefined && !Number.isInteger(year)) {
      throw new InvalidInputError(
        `similarity.${fn}: ${name}[${i}].year must be an integer or null; found ${describe(year)}`,
      );
    }
  });
}

/** Check a section option. */
export function checkSection(section: unknown, fn: string): void {
  if (section !== undefined && section !== null && !SECTION_KEYS.includes(section as SectionKey)) {
    throw new InvalidOptionError(
      `similarity.${fn}: section must be one of ${SECTION_KEYS.join(", ")}; found ${describe(section)}`,
    );
  }
}

/** Restrict a compact text to the codes inside `[start, end)` of the original text. */
function restrict(ct: CompactText, start: number, end: number): CompactText {
  let from = 0;
  while (from < ct.length && ct.starts[from]! < start) from++;
  let to = from;
  while (to < ct.length && ct.ends[to]! <= end) to++;
  return {
    codes: ct.codes.subarray(from, to),
    starts: ct.starts.subarray(from, to),
    ends: ct.ends.subarray(from, to),
    length: to - from,
  };
}

/**
 * Prepare one document: compact form of the whole text (or of one section), mandated mask, shingles.
 * @returns null when a section is asked for and the document does not have it
 */
export function prepareDoc(doc: SimilarityDoc, options: PrepareOptions = {}): PreparedDoc | null {
  const { shingleSize = 5, maskMandated = true, mandated = {}, section = null, shingles = true } = options;
  let ct = compactText(doc.text);
  if (section !== null) {
    const s = doc.sections?.[section] ?? null;
    if (s === null) return null;
    ct = restrict(ct, s.start, s.end);
  }
  const mask = maskMandated ? mandatedMask(ct, mandated) : new Uint8Array(ct.length);
  return { ct, mask, set: shingles ? shingleSet(ct, shingleSize, mask) : new Uint32Array(0) };
}

/** The diagnostic of a prepared document that takes no part in the comparison, or null. */
export function prepareDiagnostic(id: string, p: PreparedDoc | null, options: PrepareOptions): Diagnostic | null {
  if (p === null) {
    return {
      code: "similarity.section_missing",
      severity: "info",
      message: `document "${id}" has no section "${options.section}"; it is left out of the comparison`,
    };
  }
  if (p.set.length === 0 && options.shingles !== false) {
    return {
      code: "similarity.empty",
      severity: "info",
      message: `document "${id}" has no text outside mandated text to compare; it matches nothing`,
    };
  }
  return null;
}

/** Prepare all documents; those without the requested section become diagnostics. */
export function prepareAll(
  docs: readonly SimilarityDoc[],
  options: PrepareOptions,
): { prepared: Array<PreparedDoc | null>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const prepared = docs.map((d) => {
    const p = prepareDoc(d, options);
    const diagnostic = prepareDiagnostic(d.id, p, options);
    if (diagnostic !== null) diagnostics.push(diagnostic);
    return p;
  });
  return { prepared, diagnostics };
}
