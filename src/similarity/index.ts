/**
 * Stage `similarity`: the measures that compare texts — compact form, mandated-text masks,
 * shingles, MinHash and LSH, Jaccard, TF-IDF and passage alignment — for one document or one pair.
 * The steps over a whole corpus that use them (near-duplicates, reuse, template clusters, shares)
 * are in `corpus/reuse`.
 *
 * All comparison happens on the *compact form* of a text (`compactText`): letters, ideographs and
 * numbers only, full-width folded, every number run one slot code — so 收到申请12件。 and
 * 收到申请 3 件, compare equal — and every compact code keeps its span in the original text, so
 * every result carries exact offsets. Text mandated by the national format (headings, table
 * labels with their values, fixed sentences; the data modules `lexicon/mandated-*.ts`) is found by
 * `maskMandated`, left out of hashing and measured on its own.
 *
 * - Near-duplicates (`corpus`): `findNearDuplicates` — 5-code shingles hashed to 32 bits, one-permutation
 *   MinHash (126 slots), LSH 42 bands × 3 rows (P(candidate | J = 0.5) ≈ 0.996), verified by exact
 *   Jaccard (default threshold 0.5), with both containments; large LSH buckets become clusters
 *   instead of all their pairs.
 * - Word similarity: `tfidfIndex` / `topSimilar` / `similarityMatrix` (TF-IDF over nodejieba words
 *   with numbers slotted; or exact Jaccard / containment of shingles).
 * - Passages: `alignPassages` — seeds of 7 codes, extended to maximal exact runs and chained over
 *   gaps ≤ 12 codes; defaults: ≥ 20 codes at ≥ 0.9 identity (matched / longer side). All tunable.
 * - Corpus reuse (`corpus`): `findReuse` — candidates from shared winnowed fingerprints (window 8; a
 *   fingerprint in more than 32 reports pairs each with its earliest carrier only) plus all pairs of
 *   one agency; passages, template clusters (prototype, reports, agencies, years, first
 *   appearance), spans classified mandated / self / shared, boilerplate shares per report and
 *   section, and the "same problems every year" share of the issues section.
 * - Corpora that do not fit in memory (`corpus`): `corpusSimilarity(source)` — both of the above over a
 *   `DocSource` (document infos in memory, `load(i)` reads one document, e.g. from disk;
 *   `memorySource(docs)` for documents in memory). It keeps per document only a MinHash
 *   signature, winnowed fingerprints, shares and self-reuse rows; passages are typed columns
 *   (about 40 bytes each); candidate pairs are aligned in blocks of `blockDocs` A-side documents
 *   (default 4096), each B side loaded once per block. Each document is loaded 4 times plus once
 *   per earlier block; spans and passage rows are generators (`spans()`, `passageRows()`) that
 *   load each document again. `findNearDuplicates` and `findReuse` run the same core over
 *   `memorySource(docs)` and materialise everything, so all three give the same values.
 * - Outputs as rows (`corpus`; `reusePassageRows`, `reuseClusterRows`, `reuseShareRows`, `reuseSelfRows`,
 *   `reuseSpanRows`) and strings (`reuseRowsToCsv`, `reuseRowsToJsonLines`).
 *
 * Lenient math (documented per function): a document without text compares as 0, never throws.
 */

export type { AlignOptions, AlignParams, CompactPassage, ProbeSide, SeedSide } from "./align.js";
export { alignParams, alignWithData, barrierCodes, buildAlignData } from "./align.js";
export type { CompactText } from "./compact.js";
export { compactIndexAt, compactSpan, compactText, NUMBER_CODE, SENTINEL_A } from "./compact.js";
export type { SetOverlap } from "./jaccard.js";
export { jaccardOfSets, setOverlap } from "./jaccard.js";
export type { LshOptions, LshResult } from "./lsh.js";
export { lshCandidates } from "./lsh.js";
export type { MandatedOptions, MandatedResult } from "./mandated.js";
export { mandatedPhrases, maskMandated } from "./mandated.js";
export type { Signatures } from "./minhash.js";
export { estimateJaccard, fillSignature, MINHASH_SEED, minhashSignatures } from "./minhash.js";
export type { Passage, PassageOptions, ReuseKind } from "./passages.js";
export { alignPassages } from "./passages.js";
export type { PreparedDoc, PrepareOptions } from "./prepare.js";
export { checkDocs, checkInfos, checkSection, prepareAll, prepareDiagnostic, prepareDoc } from "./prepare.js";
export { shingleSet, windowHashes, winnow } from "./shingles.js";
export type { MatrixOptions, SimilarDoc, SimilarityMatrix, TfidfIndex, TfidfOptions } from "./tfidf.js";
export { similarityMatrix, tfidfCosine, tfidfIndex, topSimilar } from "./tfidf.js";
export type { SimilarityDoc } from "./types.js";
