/** TEMPORARY stand-in for similarity's corpus API (lazy sources, streamed spans); replaced at merge. */
import {
  type NearDuplicateResult,
  type ReuseResult,
  type ReuseRow,
  type ReuseSpan,
  type SimilarityDoc,
  findNearDuplicates,
  findReuse,
  reusePassageRows,
} from "../similarity/index.js";

export interface DocInfo {
  readonly id: string;
  readonly agency_id: string | null;
  readonly year: number | null;
}
export interface DocSource {
  readonly infos: readonly DocInfo[];
  load(i: number): SimilarityDoc;
}
export interface CorpusSimilarity {
  readonly near: NearDuplicateResult;
  readonly reuse: Omit<ReuseResult, "spans">;
  spans(): Generator<ReuseSpan>;
  passageRows(): Generator<ReuseRow>;
}
export function corpusSimilarity(source: DocSource, options: { nearThreshold?: number } = {}): CorpusSimilarity {
  const docs = source.infos.map((_, i) => source.load(i));
  const near = findNearDuplicates(docs, { threshold: options.nearThreshold ?? 0.5 });
  const reuse = findReuse(docs);
  return {
    near,
    reuse,
    *spans() {
      yield* reuse.spans;
    },
    *passageRows() {
      yield* reusePassageRows(reuse, docs);
    },
  };
}
