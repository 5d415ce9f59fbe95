/**
 * The pre-2019 statistics tables (政府信息公开情况统计表, 2008–2018): provinces and cities issued their
 * own forms, so a table is read by its header (指标名称 · 计量单位 · 本年度 · 历年累计) and its rows by
 * the lexicon of label variants (`lexicon.ts`), into the stable row vocabulary of
 * `rules/legacy-schema.ts`, the year and cumulative columns apart, units kept.
 *
 * 1. `locate.ts`: the header and its value columns; the rows end at the first sentence after it.
 * 2. `labels.ts`: row labels, their numbering and 其中, the unit each prints.
 * 3. `cells.ts`: each row's nesting (其中, 1., (1)) and every reading of its values (digits run
 *    together are split without leading zeros; a numbering that ran into them continues its list).
 * 4. `solve.ts`: the readings that break the fewest of the table's constraints (year ≤ cumulative,
 *    a row under 其中 ≤ its parent, parts = their total); prose figures break remaining ties.
 *
 * Cell statuses as for the national tables: `read` (printed apart, one reading), `inferred`
 * (decided by a split and the constraints, or filled by an identity; `rules` says which), `ambiguous`
 * (`candidates`), `blank` (row printed without values), `missing` (a column the row does not print).
 *
 * Diagnostic codes: `legacy.missing`, `legacy.numbering`, `legacy.unplaced_text`,
 * `legacy.duplicate_row`, `legacy.ambiguous`, `legacy.search_bound`.
 */
import { InvalidInputError, describe } from "../../errors.js";
import { legacyIdentities } from "../../rules/index.js";
import type { Diagnostic, Fact, LegacyRow, LegacyTable, TableStatus } from "../../types.js";
import { type BuiltRow, buildRows } from "./cells.js";
import { findLegacyLabels } from "./labels.js";
import { locateLegacyTable } from "./locate.js";
import { solveLegacy } from "./solve.js";

export { LEGACY_LABELS, type LegacyLabel } from "./lexicon.js";
export { LEGACY_ALTERNATIVES_BOUND, LEGACY_JOINT_BOUND } from "./solve.js";

/** Options of `parseLegacyTable`. */
export interface ParseLegacyOptions {
  /** Figures stated in prose; they break ties that the table's constraints leave (as for table 2). */
  readonly facts?: readonly Fact[];
}

/** A legacy table that is not there. */
export function missingLegacyTable(status: TableStatus, diagnostics: readonly Diagnostic[] = []): LegacyTable {
  return { status, layout: null, span: null, columns: [], rows: [], cells: {}, alternatives: [], diagnostics };
}

function distinct(rows: readonly BuiltRow[], diagnostics: Diagnostic[]): BuiltRow[] {
  const seen = new Set<string>();
  const out: BuiltRow[] = [];
  for (const row of rows) {
    const concept = row.label.concept;
    if (concept === null) continue;
    if (seen.has(concept)) {
      diagnostics.push({
        code: "legacy.duplicate_row",
        severity: "warning",
        message: `row «${row.text}» repeats ${concept}; only the first is read`,
        offset: row.label.span.start,
      });
      continue;
    }
    seen.add(concept);
    out.push(row);
  }
  return out;
}

/**
 * Read the pre-2019 statistics table of a report into the legacy row vocabulary.
 * @param text the normalised text (or a raw text file; offsets index `text`)
 * @returns the table; status `missing` (with an info diagnostic) when the text has none
 * @throws InvalidInputError when `text` is not a string
 * @example parseLegacyTable("指标名称 计量单位 2011年度 历年累计 主动公开信息数 条 425 1516").cells["proactive.total.year"].value // 425
 */
export function parseLegacyTable(text: string, options: ParseLegacyOptions = {}): LegacyTable {
  if (typeof text !== "string") throw new InvalidInputError(`legacy: text; expected a string, found ${describe(text)}`);
  const located = locateLegacyTable(text);
  if (located === null) {
    return missingLegacyTable("missing", [
      {
        code: "legacy.missing",
        severity: "info",
        message: "legacy table: expected a header such as 指标名称 … 本年度 … 历年累计, found none",
      },
    ]);
  }
  const labels = findLegacyLabels(text, located.headerEnd, located.limit);
  const columns = located.columns.map((c) => c.column);
  const built = buildRows(text, labels, located.columns, { limit: located.limit, codeColumn: located.codeColumn });
  const diagnostics: Diagnostic[] = [...built.diagnostics];
  const rows = distinct(built.rows, diagnostics);
  const structure = rows.map((r) => ({ concept: r.label.concept, parent: r.parent }));
  const identities = legacyIdentities({ rows: structure, columns });
  const solved = solveLegacy(text, rows, columns, identities, options.facts ?? []);
  diagnostics.push(...solved.diagnostics);
  const open = Object.entries(solved.cells).filter(([, c]) => c.status === "ambiguous");
  if (open.length > 0) {
    diagnostics.push({
      code: "legacy.ambiguous",
      severity: "warning",
      message: `legacy table: ${open.length} cell(s) fit several readings and are left null: ${open
        .slice(0, 4)
        .map(([k, c]) => `${k} ∈ {${(c.candidates ?? []).join(", ")}}`)
        .join("; ")}`,
    });
  }
  const outRows: LegacyRow[] = rows.map((r) => ({
    concept: r.label.concept,
    label: r.text,
    span: r.label.span,
    unit: r.label.unit,
    level: r.level,
    parent: r.parent,
  }));
  const flattened = rows.filter((r) => r.flattened).length;
  const partial = Object.values(solved.cells).some((c) => c.status === "ambiguous" || c.status === "unreadable");
  return {
    status: rows.length === 0 ? "missing" : partial ? "partial" : "complete",
    layout: rows.length === 0 ? null : flattened * 2 > rows.length ? "flattened" : "spaced",
    span: { start: located.start, end: Math.max(located.headerEnd, built.end) },
    columns: located.columns,
    rows: outRows,
    cells: solved.cells,
    alternatives: solved.alternatives,
    diagnostics,
  };
}
