/**
 * The files of a reuse analysis, shared by `xxgk analyze` (under reuse/) and `xxgk reuse`: passages and
 * spans as JSON Lines, clusters, shares and self-reuse as CSV written like every other CSV of the project
 * (UTF-8 BOM, formula neutralisation: cluster prototypes are report text).
 */
import { type Column, toCSV } from "../frames/index.js";
import {
  REUSE_COLUMNS,
  type ReuseResult,
  type SimilarityDoc,
  reuseClusterRows,
  reusePassageRows,
  reuseRowsToJsonLines,
  reuseSelfRows,
  reuseShareRows,
  reuseSpanRows,
} from "../similarity/index.js";

const columns = (names: readonly string[]): Column[] => names.map((name) => ({ name, type: "string", en: "", zh: "" }));

/** File name → content for one reuse analysis. */
export function reuseFiles(result: ReuseResult, docs: readonly SimilarityDoc[]): [string, string][] {
  return [
    ["passages.jsonl", reuseRowsToJsonLines(reusePassageRows(result, docs))],
    ["clusters.csv", toCSV(reuseClusterRows(result), columns(REUSE_COLUMNS.clusters))],
    ["spans.jsonl", reuseRowsToJsonLines(reuseSpanRows(result))],
    ["shares.csv", toCSV(reuseShareRows(result), columns(REUSE_COLUMNS.shares))],
    ["self-reuse.csv", toCSV(reuseSelfRows(result), columns(REUSE_COLUMNS.selfReuse))],
  ];
}
