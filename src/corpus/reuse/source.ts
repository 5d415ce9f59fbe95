/**
 * Documents read on demand: the corpus steps keep only each document's id, agency and year in
 * memory and ask the source for a document's text whenever a pass needs it.
 */
import { describe, InvalidInputError } from "../../errors.js";
import { checkDocs, checkInfos, type SimilarityDoc } from "../../similarity/index.js";
import type { DocSource } from "./types.js";

/**
 * A source over documents already in memory (for notebooks, tests and small corpora).
 * @throws InvalidInputError for malformed documents or repeated ids
 */
export function memorySource(docs: readonly SimilarityDoc[]): DocSource {
  checkDocs(docs, "memorySource");
  return sourceOf(docs);
}

/** A source over documents already checked (`checkDocs`). */
export function sourceOf(docs: readonly SimilarityDoc[]): DocSource {
  const infos = docs.map((d) => ({ id: d.id, agency_id: d.agency_id ?? null, year: d.year ?? null }));
  return {
    infos,
    load(i: number): SimilarityDoc {
      const d = docs[i];
      if (d === undefined) {
        throw new InvalidInputError(
          `similarity.memorySource: document number must be in [0, ${docs.length}); found ${describe(i)}`,
        );
      }
      return d;
    },
  };
}

/** Check a source's shape and its infos at the public boundary. */
export function checkSource(source: DocSource, fn: string): void {
  if (source === null || typeof source !== "object" || typeof source.load !== "function") {
    throw new InvalidInputError(`similarity.${fn}: source must be {infos, load(i)}; found ${describe(source)}`);
  }
  checkInfos(source.infos, fn, "source.infos");
}

/**
 * Load document `i` and check that it is the one `infos[i]` describes.
 * @throws InvalidInputError when the source returns something else
 */
export function loadDoc(source: DocSource, i: number, fn: string): SimilarityDoc {
  const d = source.load(i);
  const id = source.infos[i]!.id;
  if (d === null || typeof d !== "object" || typeof d.text !== "string" || d.id !== id) {
    throw new InvalidInputError(
      `similarity.${fn}: source.load(${i}) must return {id: "${id}", text: string, …}; found ${describe(d?.id ?? d)}`,
    );
  }
  return d;
}
