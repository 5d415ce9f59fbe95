/** Stage `frames`: analysis records → tidy rows, CSV and danfojs DataFrames. */
import * as dfd from "danfojs";
import type { Column, Row } from "./csv.js";

/** danfojs, re-exported so that notebooks (tslab resolves modules the Node10 way) get it with types. */
export { dfd };
export { CELL_COLUMNS, FACT_COLUMNS, ITEM_COLUMNS, MANIFEST_COLUMNS, REPORT_COLUMNS, RULE_COLUMNS } from "./columns.js";
export type { Column, Row, Scalar } from "./csv.js";
export { csvHeader, csvRow, neutraliseFormula, toCSV } from "./csv.js";
export type { ItemRecord, ReportRecord, ReuseRecord } from "./record.js";
export { cellRows, factRows, itemRows, iterateCellRows, reportRows, ruleRows, splitCellKey } from "./rows.js";

/**
 * A danfojs DataFrame of tidy rows, with the columns in the given order (all columns of the first row
 * when none are given). An empty row list gives a frame with the columns and no rows.
 */
export function toDataFrame(rows: readonly Row[], columns?: readonly Column[]): dfd.DataFrame {
  const names = columns?.map((c) => c.name) ?? Object.keys(rows[0] ?? {});
  if (rows.length === 0) return new dfd.DataFrame([], { columns: names });
  return new dfd.DataFrame(
    rows.map((r) => names.map((n) => r[n] ?? null)),
    { columns: names },
  );
}
