/**
 * The files of a reuse analysis, shared by `xxgk analyze` (under reuse/) and `xxgk reuse`: passages and
 * spans as JSON Lines, clusters, shares and self-reuse as CSV written like every other CSV of the project
 * (UTF-8 BOM, formula neutralisation: cluster prototypes are report text). Passages and spans are
 * generated a piece at a time, so a corpus's reuse files are never whole strings in memory.
 */

import {
  type CorpusReuse,
  REUSE_COLUMNS,
  type ReuseRow,
  type ReuseSpan,
  reuseClusterRows,
  reuseSelfRows,
  reuseShareRows,
} from "../corpus/index.js";
import { type Column, toCSV } from "../frames/index.js";

const columns = (names: readonly string[]): Column[] => names.map((name) => ({ name, type: "string", en: "", zh: "" }));

/** A reuse analysis whose per-span and per-passage outputs are generated on demand. */
export interface ReuseOutput {
  readonly reuse: CorpusReuse;
  /** Classified spans, in document order. */
  spans(): Iterable<ReuseSpan>;
  /** Passage rows with the text of both ends (`reusePassageRows`). */
  passageRows(): Iterable<ReuseRow>;
}

/** JSON Lines in blocks of about a thousand lines. */
function* jsonLines(rows: Iterable<object>): Generator<string, void, undefined> {
  let block = "";
  let n = 0;
  for (const row of rows) {
    block += `${JSON.stringify(row)}\n`;
    if (++n % 1000 === 0) {
      yield block;
      block = "";
    }
  }
  if (block !== "") yield block;
}

function* spanRows(spans: Iterable<ReuseSpan>): Generator<ReuseRow, void, undefined> {
  for (const s of spans) yield { id: s.id, start: s.start, end: s.end, kind: s.kind };
}

/**
 * File name → content (in pieces) for one reuse analysis; the JSON Lines of passages (with both
 * texts) and spans only with `jsonl` (default true; `xxgk analyze` keeps them in its tables).
 */
export function reuseFiles(r: ReuseOutput, { jsonl = true }: { jsonl?: boolean } = {}): [string, Iterable<string>][] {
  const lines: [string, Iterable<string>][] = jsonl
    ? [
        ["passages.jsonl", jsonLines(r.passageRows())],
        ["spans.jsonl", jsonLines(spanRows(r.spans()))],
      ]
    : [];
  return [
    ...lines,
    ["clusters.csv", [toCSV(reuseClusterRows(r.reuse), columns(REUSE_COLUMNS.clusters))]],
    ["shares.csv", [toCSV(reuseShareRows(r.reuse), columns(REUSE_COLUMNS.shares))]],
    ["self-reuse.csv", [toCSV(reuseSelfRows(r.reuse), columns(REUSE_COLUMNS.selfReuse))]],
  ];
}
