/**
 * From the search's per-cell summary to the cells of a table: `read` (one reading, printed
 * as read), `inferred` (several readings, or a value an identity filled, all fitting readings
 * agree), `ambiguous` (they disagree: value null, candidates kept when they are every value
 * that fits — not when some fitting reading leaves the cell open), `blank`, `missing`,
 * `unreadable`. A status is confident only where the summary proves the value.
 */
import type { Cell } from "../types.js";
import type { Compiled } from "./constraints.js";
import type { CellSource } from "./rows.js";
import type { CellSummary } from "./search.js";
import type { ValueToken } from "./values.js";

/** What composing needs to know of the row a cell belongs to. */
export interface ComposeRow {
  readonly tokens: readonly ValueToken[];
  readonly blank: boolean;
  /** The row had several readings to choose from. */
  readonly chosen: boolean;
}

/** Rule ids per cell index (the identities that involve it). */
export function involvement(ids: readonly Compiled[], n: number): string[][] {
  const out: Set<string>[] = Array.from({ length: n }, () => new Set<string>());
  for (const id of ids) for (const k of [...id.sum, ...id.parts]) out[k]?.add(id.id);
  return out.map((s) => [...s]);
}

/** The cell of `summary` (whose row is `row`); `rules` are the identities (and facts) that involve it. */
export function composeCell(row: ComposeRow, summary: CellSummary, rules: readonly string[], text: string): Cell {
  const { source, sameSource } = summary;
  const printed = printedOf(row, source, text);
  if (summary.agree && summary.first === null) {
    const kind = sameSource && source.kind === "token" ? row.tokens[source.token]?.kind : undefined;
    if (kind === "unreadable") return { value: null, status: "unreadable", ...printed };
    const blank = row.blank || kind === "blank";
    return {
      value: null,
      status: blank ? "blank" : "missing",
      raw: blank ? printed.raw : null,
      span: blank ? printed.span : null,
    };
  }
  if (!summary.agree) {
    // Candidates only when they are every value that fits: a reading that leaves the cell open
    // admits any count, and a partial list would invite a later pass to pick from it.
    const candidates = summary.open ? [] : [...summary.candidates].sort((a, b) => a - b);
    return {
      value: null,
      status: "ambiguous",
      raw: null,
      span: null,
      ...(candidates.length > 0 ? { candidates } : {}),
      rules: [...rules],
    };
  }
  const value = summary.first;
  const filled = summary.fillRules.size > 0;
  if (!filled && sameSource && !row.chosen && source.kind !== "missing") {
    return { value, status: "read", ...printed };
  }
  return {
    value,
    status: "inferred",
    ...(sameSource && !filled ? printed : { raw: null, span: null }),
    rules: filled ? [...summary.fillRules] : [...rules],
  };
}

function printedOf(row: ComposeRow, source: CellSource, text: string): Pick<Cell, "raw" | "span" | "annotation"> {
  if (source.kind === "part")
    return { raw: text.slice(source.start, source.end), span: { start: source.start, end: source.end } };
  if (source.kind === "token") {
    const t = row.tokens[source.token];
    if (t)
      return {
        raw: t.raw,
        span: { start: t.start, end: t.end },
        ...(t.annotation ? { annotation: t.annotation } : {}),
      };
  }
  return { raw: null, span: null };
}
