/**
 * Stage `tables`: tables 2, 3 and 4 of the national format (2021 and the 2019/2020 trial
 * format), read deterministically from the normalised text, with recovery through the
 * identities of `rules`; and the pre-2019 statistics tables (`legacy/`, its own header).
 *
 * How a table is read:
 * 1. Each table is found by its own anchors (第二十条第（一）项; 本年新收政府信息公开申请数量
 *    with the 勾稽关系 note or heading before it; 行政复议 … 结果维持), whatever `sections` says.
 * 2. Row labels are found by their distinctive words (whitespace allowed between characters,
 *    so wrapped, letter-spaced and one-character-per-line labels match), as the longest chain
 *    in printed order; each label is extended over its numbering (`1.`, `（三）`, `四、`) and
 *    wrapped remainder. The values of a row are what lies between its label and the next.
 * 3. Values: numbers (full-width digits, decimals, thousands separators, a unit and a
 *    parenthesised annotation), blank markers (`—`, `-`, `/`, `无`, an empty cell between two
 *    values of a tab/pipe line, an empty grid cell). Page furniture (`- 3 -`, `第3页 共5页`)
 *    and header words are masked first.
 * 4. Each row gets its readings: one token per cell; or, when a flattened layout glued cells,
 *    every split of the digit runs without leading zeros; or, with too few/many tokens, every
 *    placement (bounded). `GridTable` rows give exact positions.
 * 5. The readings are solved against the identities (row totals first, then the column
 *    identities jointly, bounded); cells the identities and non-negativity determine are
 *    filled. Facts from prose break ties where no identity decides (table 2).
 *
 * Cell statuses: `read` (printed, read as printed), `unreadable` (printed but no number), `inferred` (value from identities, from
 * a choice between readings that the identities made, or from a prose fact; `rules` lists
 * them), `ambiguous` (value null, `candidates` lists what fits), `blank` (printed empty),
 * `missing` (row, cell or table absent). Blank and missing are never 0. An agency's own
 * arithmetic error is kept as printed: `checkTables` reports it.
 *
 * Table statuses: `complete`, `partial`, `total_only` (table 3 prints one value per row,
 * read as the row total), `missing`, `not_applicable` (legacy template).
 *
 * Diagnostic codes: `tables.missing`, `tables.row_missing`, `tables.short_row`,
 * `tables.surplus_values`, `tables.unplaced_values`, `tables.stray_values`,
 * `tables.total_only`, `tables.ambiguous` (per table), `tables.ambiguous_reading` (per row: the printed
 * values and how many of its readings fit), `tables.unreadable`, `tables.search_bound`,
 * `tables.no_consistent_reading`.
 */
export {
  LEGACY_LABELS,
  type LegacyLabel,
  missingLegacyTable,
  type ParseLegacyOptions,
  parseLegacyTable,
} from "./legacy/index.js";
export { type ParseTablesOptions, type ParseTablesResult, parseTables, tablesTemplate } from "./parse-tables.js";
export { splitDigits as splitTableDigits } from "./rows.js";
