/**
 * Recovery: choose, among the readings of every row, those that satisfy the table's
 * identities; fill cells that the identities (and non-negative counts) determine; keep
 * the rest ambiguous with their candidates. The identities come from `rules`.
 */
import type { TableIdentity as Identity } from "../rules/index.js";
import type { Cell, Diagnostic } from "../types.js";
import type { CellSource, Reading, RowReadings } from "./rows.js";
import type { ValueToken } from "./values.js";

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

/** A figure from prose that must equal the sum of some cells (used only to break ties). */
export interface FactConstraint {
  readonly rule: string;
  readonly cells: readonly string[];
  readonly value: number;
}

/** A row after local filtering; `chosen` when it had several readings to choose from. */
interface Filtered extends SolveRow {
  readonly chosen: boolean;
}

/** Bound on the joint combinations of ambiguous rows. */
export const JOINT_BOUND = 4096;
const EPS = 1e-6;

interface Compiled {
  readonly id: string;
  readonly sum: readonly number[];
  readonly parts: readonly number[];
}

interface Solution {
  readonly values: (number | null)[];
  readonly fills: (string | null)[];
  readonly picks: readonly number[];
}

const compileCache = new WeakMap<readonly Identity[], Map<string, Compiled[]>>();

function compile(identities: readonly Identity[], index: ReadonlyMap<string, number>): Compiled[] {
  const signature = [...index.keys()].join(",");
  let byKeys = compileCache.get(identities);
  if (!byKeys) {
    byKeys = new Map();
    compileCache.set(identities, byKeys);
  }
  const hit = byKeys.get(signature);
  if (hit) return hit;
  const out = compileFresh(identities, index);
  byKeys.set(signature, out);
  return out;
}

function compileFresh(identities: readonly Identity[], index: ReadonlyMap<string, number>): Compiled[] {
  const out: Compiled[] = [];
  for (const identity of identities) {
    const sum = identity.sum.map((k) => index.get(k));
    const parts = identity.parts.map((k) => index.get(k));
    if (sum.some((i) => i === undefined) || parts.some((i) => i === undefined)) continue;
    out.push({ id: identity.id, sum: sum as number[], parts: parts as number[] });
  }
  return out;
}

/** Fill what identities determine; false on a contradiction (negative count or failing identity). */
function propagate(
  values: (number | null)[],
  fillable: boolean[],
  fills: (string | null)[],
  ids: readonly Compiled[],
): boolean {
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    for (const id of ids) {
      const r = settle(values, fillable, fills, id);
      if (r === "contradiction") return false;
      if (r === "changed") changed = true;
    }
    if (!changed) return true;
  }
  return true;
}

function settle(
  values: (number | null)[],
  fillable: boolean[],
  fills: (string | null)[],
  id: Compiled,
): "same" | "changed" | "contradiction" {
  let known = 0;
  const nullSum: number[] = [];
  const nullParts: number[] = [];
  for (const i of id.sum) {
    const v = values[i];
    if (v === null || v === undefined) nullSum.push(i);
    else known += v;
  }
  for (const i of id.parts) {
    const v = values[i];
    if (v === null || v === undefined) nullParts.push(i);
    else known -= v;
  }
  if (nullSum.length + nullParts.length === 0) return Math.abs(known) < EPS ? "same" : "contradiction";
  // known = Σ known sum-side − Σ known parts; the nulls must make it zero.
  if (nullSum.length === 0 && known < -EPS) return "contradiction";
  if (nullParts.length === 0 && known > EPS) return "contradiction";
  const set = (i: number, v: number) => {
    if (!fillable[i]) return false;
    values[i] = Math.round(v * 1e6) / 1e6;
    fills[i] = id.id;
    return true;
  };
  let changed = false;
  if (nullSum.length + nullParts.length === 1) {
    const i = (nullSum[0] ?? nullParts[0])!;
    const v = nullSum.length === 1 ? -known : known;
    if (v < -EPS) return "contradiction";
    changed = set(i, Math.max(0, v));
  } else if (Math.abs(known) < EPS && (nullSum.length === 0 || nullParts.length === 0)) {
    for (const i of [...nullSum, ...nullParts]) changed = set(i, 0) || changed;
  }
  return changed ? "changed" : "same";
}

function sourceFillable(row: SolveRow, s: CellSource): boolean {
  if (row.blank) return false;
  return s.kind === "missing";
}

function baseArrays(
  rows: readonly SolveRow[],
  picks: readonly number[],
): { values: (number | null)[]; fillable: boolean[] } {
  const values: (number | null)[] = [];
  const fillable: boolean[] = [];
  rows.forEach((row, r) => {
    const reading = row.readings.readings[picks[r] ?? 0];
    row.keys.forEach((_, c) => {
      values.push(reading?.values[c] ?? null);
      const s = reading?.sources[c] ?? { kind: "missing" };
      fillable.push(reading ? sourceFillable(row, s) : !row.blank);
    });
  });
  return { values, fillable };
}

function localFilter(row: SolveRow, ids: readonly Compiled[], offset: number): Reading[] {
  const all = row.readings.readings;
  if (all.length <= 1) return all;
  const local = ids.filter((id) => [...id.sum, ...id.parts].every((i) => i >= offset && i < offset + row.keys.length));
  if (local.length === 0) return all;
  const shifted = local.map((id) => ({
    id: id.id,
    sum: id.sum.map((i) => i - offset),
    parts: id.parts.map((i) => i - offset),
  }));
  const settled: Reading[] = [];
  for (const reading of all) {
    const values = [...reading.values];
    const fillable = reading.sources.map((s) => sourceFillable(row, s));
    if (
      propagate(
        values,
        fillable,
        values.map(() => null),
        shifted,
      )
    )
      settled.push({ values, sources: reading.sources });
  }
  return settled.length > 0 ? mergeSame(settled) : all;
}

/** Merge readings with the same values; cells whose source differs become unsourced (inferred). */
function mergeSame(readings: readonly Reading[]): Reading[] {
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    const key = r.values.map((v) => (v === null ? "n" : String(v))).join(",");
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    if (group.length === 1) return first;
    const sources = first.sources.map((s, c) =>
      group.every((g) => sourceId(g.sources[c] ?? { kind: "missing" }) === sourceId(s))
        ? s
        : ({ kind: "missing" } as const),
    );
    return { values: first.values, sources };
  });
}

function* combos(counts: readonly number[]): Generator<number[]> {
  const picks = counts.map(() => 0);
  if (counts.some((c) => c === 0)) {
    yield picks;
    return;
  }
  for (;;) {
    yield [...picks];
    let k = counts.length - 1;
    while (k >= 0 && picks[k]! + 1 >= counts[k]!) picks[k--] = 0;
    if (k < 0) return;
    picks[k]!++;
  }
}

/** The outcome of solving a table: one cell per key and what was decided. */
export interface Solved {
  readonly cells: Record<string, Cell>;
  readonly diagnostics: Diagnostic[];
}

/**
 * Solve a table from its rows' readings under its identities (and facts, for ties).
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

/** Groups of rows linked by identities or facts (each group keeps printed order). */
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
    groups.set(g, [...(groups.get(g) ?? []), row]);
  });
  return [...groups.values()];
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
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  const filtered: Filtered[] = rows.map((row) => {
    const readings = localFilter(row, ids, offset);
    offset += row.keys.length;
    return { ...row, readings: { ...row.readings, readings }, chosen: row.readings.readings.length > 1 };
  });
  const counts = filtered.map((r) => r.readings.readings.length);
  const product = counts.reduce((p, c) => p * Math.max(1, c), 1);
  let solutions: Solution[] = [];
  let all: Solution[] = [];
  if (product <= JOINT_BOUND) {
    for (const picks of combos(counts)) {
      const { values, fillable } = baseArrays(filtered, picks);
      const raw = [...values];
      const fills: (string | null)[] = values.map(() => null);
      all.push({ values: raw, fills: raw.map(() => null), picks });
      if (propagate(values, fillable, fills, ids)) solutions.push({ values, fills, picks });
    }
  } else {
    diagnostics.push({
      code: "tables.search_bound",
      severity: "warning",
      message: `${product} combinations of row readings exceed the bound ${JOINT_BOUND}; ambiguous rows are left ambiguous`,
    });
    all = sampleCombos(filtered, counts);
  }
  if (solutions.length === 0 && all.length > 1 && ids.length > 0) {
    diagnostics.push({
      code: "tables.no_consistent_reading",
      severity: "warning",
      message:
        "no reading of the ambiguous rows satisfies every identity; cells that differ between readings are left ambiguous",
    });
  }
  if (solutions.length === 0) solutions = all;
  const { kept, factRules } = applyFacts(solutions, facts, index);
  return { cells: composeCells(filtered, kept, ids, keys, text, factRules, product > JOINT_BOUND), diagnostics };
}

function sampleCombos(rows: readonly Filtered[], counts: readonly number[]): Solution[] {
  // Beyond the bound: one solution per reading of each row (others at their first reading),
  // which is enough to tell agreeing cells from differing ones.
  const out: Solution[] = [];
  counts.forEach((c, r) => {
    for (let k = 0; k < Math.max(1, c); k++) {
      const picks = counts.map(() => 0);
      picks[r] = k;
      const { values } = baseArrays(rows, picks);
      out.push({ values, fills: values.map(() => null), picks });
    }
  });
  return out;
}

function applyFacts(
  solutions: Solution[],
  facts: readonly FactConstraint[],
  index: ReadonlyMap<string, number>,
): { kept: Solution[]; factRules: string[] } {
  if (solutions.length <= 1 || facts.length === 0) return { kept: solutions, factRules: [] };
  const used = new Set<string>();
  const agrees = (s: Solution) =>
    facts.every((f) => {
      const idx = f.cells.map((c) => index.get(c));
      if (idx.some((i) => i === undefined)) return true;
      const vals = idx.map((i) => s.values[i!] ?? null);
      if (vals.some((v) => v === null)) return true;
      used.add(f.rule);
      return Math.abs((vals as number[]).reduce((a, b) => a + b, 0) - f.value) < EPS;
    });
  const kept = solutions.filter(agrees);
  if (kept.length === 0 || kept.length === solutions.length) return { kept: solutions, factRules: [] };
  return { kept, factRules: [...used].sort() };
}

function sourceOf(rows: readonly Filtered[], s: Solution, key: number): { row: Filtered; source: CellSource } {
  const [r, k] = locate(rows, key);
  const row = rows[r]!;
  const reading = row.readings.readings[s.picks[r] ?? 0];
  return { row, source: reading?.sources[k] ?? MISSING };
}

const locations = new WeakMap<readonly Filtered[], [number, number][]>();

/** Row index and column of the `key`-th cell of a group (cached per group). */
function locate(rows: readonly Filtered[], key: number): [number, number] {
  let table = locations.get(rows);
  if (!table) {
    table = rows.flatMap((row, r) => row.keys.map((_, k): [number, number] => [r, k]));
    locations.set(rows, table);
  }
  return table[key] ?? [0, 0];
}

const MISSING: CellSource = { kind: "missing" };

function sourceId(src: CellSource): string {
  if (src.kind === "token") return `t${src.token}`;
  if (src.kind === "part") return `p${src.start}-${src.end}`;
  return "m";
}

function composeCells(
  rows: readonly Filtered[],
  solutions: readonly Solution[],
  ids: readonly Compiled[],
  keys: readonly string[],
  text: string,
  factRules: readonly string[],
  bounded: boolean,
): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  keys.forEach((key, i) => {
    cells[key] = composeCell(rows, solutions, ids, i, text, factRules, bounded);
  });
  return cells;
}

const involvingCache = new WeakMap<readonly Compiled[], Map<number, string[]>>();

function involving(ids: readonly Compiled[], i: number): string[] {
  let byCell = involvingCache.get(ids);
  if (!byCell) {
    byCell = new Map();
    for (const id of ids) {
      for (const k of [...id.sum, ...id.parts]) byCell.set(k, [...(byCell.get(k) ?? []), id.id]);
    }
    involvingCache.set(ids, byCell);
  }
  return [...new Set(byCell.get(i) ?? [])];
}

function composeCell(
  rows: readonly Filtered[],
  solutions: readonly Solution[],
  ids: readonly Compiled[],
  i: number,
  text: string,
  factRules: readonly string[],
  bounded: boolean,
): Cell {
  const first = solutions[0]!;
  const { row, source } = sourceOf(rows, first, i);
  const vals = solutions.map((s) => s.values[i] ?? null);
  const sameSource = solutions.every((s) => sourceId(sourceOf(rows, s, i).source) === sourceId(source));
  const printed = printedOf(row, source, text);
  if (vals.every((v) => v === null)) {
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
  const v0 = vals[0] ?? null;
  const agree = vals.every((v) => v !== null && v0 !== null && Math.abs(v - v0) < EPS);
  if (!agree) {
    const candidates = [...new Set(vals.filter((v): v is number => v !== null))].sort((a, b) => a - b);
    return { value: null, status: "ambiguous", raw: null, span: null, candidates, rules: involving(ids, i) };
  }
  const fill = first.fills[i] ?? null;
  const unique = !row.chosen && !bounded;
  if (fill === null && sameSource && unique && source.kind !== "missing") {
    return { value: v0, status: "read", ...printed };
  }
  const rules =
    fill !== null
      ? [...new Set(solutions.map((s) => s.fills[i]).filter((f): f is string => !!f))]
      : [...involving(ids, i), ...factRules];
  return {
    value: v0,
    status: "inferred",
    ...(sameSource && fill === null ? printed : { raw: null, span: null }),
    rules,
  };
}

function printedOf(row: SolveRow, source: CellSource, text: string): Pick<Cell, "raw" | "span" | "annotation"> {
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
