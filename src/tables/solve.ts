/**
 * Recovery: choose, among the readings of every row, those that satisfy the table's
 * identities; fill cells that the identities (and non-negative counts) determine; keep the
 * rest ambiguous with their candidates. The identities come from `rules`.
 *
 * Unique or ambiguous, never a guess: a value whose reading was chosen is `inferred` only
 * when every joint reading that satisfies every identity gives it (`search.ts` enumerates
 * them all, bounded); otherwise the cell is `ambiguous` with the values that fit. Figures
 * stated in prose (`facts`) are a second, weaker source: they may decide only between the
 * digit splits of a run-together number, never where a printed value sits or what an
 * unprinted cell holds, because prose often counts differently from the tables (a matching
 * small number is easily a coincidence). A fact that no fitting reading satisfies is ignored
 * here (`checkTables` reports the disagreement).
 */
import type { TableIdentity as Identity } from "../rules/index.js";
import type { Cell, Diagnostic } from "../types.js";
import { composeCell, involvement } from "./compose.js";
import { type Compiled, compile, propagate } from "./constraints.js";
import type { CellSource, Reading, RowReadings } from "./rows.js";
import { type SearchResult, searchReadings } from "./search.js";
import type { ValueToken } from "./values.js";

export { SEARCH_BOUND } from "./search.js";

/** A printed row prepared for solving. */
export interface SolveRow {
  readonly keys: readonly string[];
  readonly tokens: readonly ValueToken[];
  readonly readings: RowReadings;
  /** The row label was found. */
  readonly found: boolean;
  /** The row was found with no value at all (printed blank). */
  readonly blank: boolean;
}

/** A figure from prose that must equal the sum of some cells (used only between digit splits). */
export interface FactConstraint {
  readonly rule: string;
  readonly cells: readonly string[];
  readonly value: number;
}

/** The outcome of solving a table: one cell per key and what was decided. */
export interface Solved {
  readonly cells: Record<string, Cell>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Solve a table from its rows' readings under its identities (and facts, between splits).
 * Rows that no identity links are solved apart (table 2), so their choices never multiply.
 * @param text the normalised text (for raw cell text)
 */
export function solveTable(
  rows: readonly SolveRow[],
  identities: readonly Identity[],
  facts: readonly FactConstraint[],
  text: string,
): Solved {
  const cells: Record<string, Cell> = {};
  const diagnostics: Diagnostic[] = [];
  for (const group of components(rows, identities)) {
    const solved = solveGroup(group, identities, facts, text);
    Object.assign(cells, solved.cells);
    diagnostics.push(...solved.diagnostics);
  }
  const ordered: Record<string, Cell> = {};
  for (const row of rows) for (const k of row.keys) ordered[k] = cells[k]!;
  return { cells: ordered, diagnostics };
}

/** Groups of rows linked by identities (each group keeps printed order). */
function components(rows: readonly SolveRow[], identities: readonly Identity[]): SolveRow[][] {
  const rowOf = new Map<string, number>();
  rows.forEach((row, r) => {
    for (const k of row.keys) rowOf.set(k, r);
  });
  const parent = rows.map((_, r) => r);
  const find = (r: number): number => (parent[r] === r ? r : (parent[r] = find(parent[r]!)));
  for (const id of identities) {
    const rs = [...id.sum, ...id.parts].map((k) => rowOf.get(k)).filter((r): r is number => r !== undefined);
    for (const r of rs) parent[find(r)] = find(rs[0]!);
  }
  const groups = new Map<number, SolveRow[]>();
  rows.forEach((row, r) => {
    const g = find(r);
    const list = groups.get(g);
    if (list) list.push(row);
    else groups.set(g, [row]);
  });
  return [...groups.values()];
}

/** A row's readings narrowed by the identities that lie inside the row (all kept when none fits). */
function localFilter(row: SolveRow, ids: readonly Compiled[], offset: number): Reading[] {
  const all = row.readings.readings;
  if (all.length <= 1) return all;
  const end = offset + row.keys.length;
  const local = ids
    .filter((id) => [...id.sum, ...id.parts].every((i) => i >= offset && i < end))
    .map((id) => ({ ...id, sum: id.sum.map((i) => i - offset), parts: id.parts.map((i) => i - offset) }));
  if (local.length === 0) return all;
  const settled: Reading[] = [];
  for (const reading of all) {
    const values = [...reading.values];
    const fillable = reading.sources.map((s) => !row.blank && s.kind === "missing");
    if (propagate(values, fillable, new Array(values.length).fill(null), local))
      settled.push({ values, sources: reading.sources });
  }
  return settled.length > 0 ? mergeSame(settled) : all;
}

/** Merge readings with the same values; cells whose source differs become unsourced (inferred). */
function mergeSame(readings: readonly Reading[]): Reading[] {
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    const key = r.values.map((v) => (v === null ? "n" : String(v))).join(",");
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    if (group.length === 1) return first;
    const sources = first.sources.map((s, c) =>
      group.every((g) => sameSource(g.sources[c], s)) ? s : ({ kind: "missing" } as const),
    );
    return { values: first.values, sources };
  });
}

function sameSource(a: CellSource | undefined, b: CellSource): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === "token" && b.kind === "token") return a.token === b.token;
  if (a.kind === "part" && b.kind === "part") return a.start === b.start && a.end === b.end;
  return true;
}

function compileFacts(facts: readonly FactConstraint[], index: ReadonlyMap<string, number>): Compiled[] {
  const out: Compiled[] = [];
  for (const f of facts) {
    const sum = f.cells.map((c) => index.get(c));
    if (sum.some((i) => i === undefined)) continue;
    out.push({ id: f.rule, sum: sum as number[], parts: [], constant: f.value });
  }
  return out;
}

/** True when every row with several readings has them from splitting a digit run. */
function splitsOnly(rows: readonly SolveRow[]): boolean {
  return rows.every(
    (row) =>
      row.readings.readings.length <= 1 || row.readings.readings.every((r) => r.sources.some((s) => s.kind === "part")),
  );
}

function solveGroup(
  rows: readonly SolveRow[],
  identities: readonly Identity[],
  facts: readonly FactConstraint[],
  text: string,
): Solved {
  const keys = rows.flatMap((r) => r.keys);
  const index = new Map(keys.map((k, i) => [k, i]));
  const ids = compile(identities, index);
  let offset = 0;
  const filtered = rows.map((row) => {
    const readings = localFilter(row, ids, offset);
    offset += row.keys.length;
    return { ...row, readings: { ...row.readings, readings }, chosen: row.readings.readings.length > 1 };
  });
  let result = searchReadings(filtered, ids);
  let factRules: string[] = [];
  const undecided = result.cells.some((c) => !c.agree);
  if (undecided && result.outcome === "proved" && splitsOnly(filtered)) {
    const stated = compileFacts(facts, index);
    if (stated.length > 0) {
      const withFacts = searchReadings(filtered, [...ids, ...stated]);
      if (withFacts.outcome === "proved") {
        result = withFacts;
        factRules = stated.map((f) => f.id);
      }
    }
  }
  const rules = involvement(ids, keys.length);
  const cells: Record<string, Cell> = {};
  let i = 0;
  for (const row of filtered) {
    for (const key of row.keys) {
      const why = row.chosen && factRules.length > 0 ? [...(rules[i] ?? []), ...factRules] : (rules[i] ?? []);
      cells[key] = composeCell(row, result.cells[i]!, why, text);
      i++;
    }
  }
  return {
    cells,
    diagnostics: [...searchDiagnostics(result, filtered), ...rowDiagnostics(filtered, cells, result, text)],
  };
}

/**
 * One diagnostic per row whose several readings leave cells ambiguous: the printed values (the
 * run of digits) and how many of the row's readings are in a fitting joint reading.
 */
function rowDiagnostics(
  rows: readonly (SolveRow & { readonly chosen: boolean })[],
  cells: Readonly<Record<string, Cell>>,
  result: SearchResult,
  text: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  rows.forEach((row, r) => {
    const open = row.keys.filter((k) => cells[k]?.status === "ambiguous");
    if (!row.chosen || open.length === 0 || row.tokens.length === 0) return;
    const first = row.tokens[0]!;
    const printed = text.slice(first.start, row.tokens[row.tokens.length - 1]!.end);
    const name = row.keys[0]!.slice(0, row.keys[0]!.lastIndexOf("."));
    const fits =
      result.outcome === "proved"
        ? `${result.rowFits[r]} of its ${row.readings.readings.length} readings fit every identity (${result.fits} joint readings of the table)`
        : result.outcome === "bound"
          ? `its ${row.readings.readings.length} readings could not all be tried within the search bound`
          : `no reading of the table satisfies every identity`;
    out.push({
      code: "tables.ambiguous_reading",
      severity: "warning",
      message: `row ${name}: the printed «${printed}» does not decide its cells — ${fits}; left ambiguous: ${open.join(", ")}`,
      offset: first.start,
    });
  });
  return out;
}

function searchDiagnostics(result: SearchResult, rows: readonly { readonly readings: RowReadings }[]): Diagnostic[] {
  const multi = rows.filter((r) => r.readings.readings.length > 1);
  if (result.outcome === "bound") {
    const product = multi.reduce((p, r) => p * r.readings.readings.length, 1);
    return [
      {
        code: "tables.search_bound",
        severity: "warning",
        message: `${multi.length} row(s) with several readings (${product} joint readings) exceed the search bound of ${result.nodes - 1} steps; cells on which each row's readings do not agree are left ambiguous`,
      },
    ];
  }
  if (result.outcome === "inconsistent" && multi.length > 0) {
    return [
      {
        code: "tables.no_consistent_reading",
        severity: "warning",
        message:
          "no reading of the ambiguous rows satisfies every identity; cells that differ between readings are left ambiguous",
      },
    ];
  }
  return [];
}
