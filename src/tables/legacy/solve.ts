/**
 * Choosing among the readings of a legacy table's rows under its own constraints. Hard: a row's
 * columns nest (year ≤ cumulative) and a row printed under another is at most that one. Identities:
 * the printed parts add up to their total (`rules/legacy.ts`). Every joint reading is scored by the
 * constraints it breaks (hard first; every joint reading is walked by `../joint.ts`, shared with the
 * national solver) and the best ones are kept, so a table whose parts do not cover
 * its total (a form listing only some channels) is still read by the rest. A cell the identities
 * leave open can be filled by them (one unknown in a sum). Where several readings remain, figures
 * stated in prose break the tie as they do for the national tables (only when every fact that
 * decides agrees); otherwise the cell is `ambiguous` with its candidates, never a guess.
 */
import { LEGACY_FACT_TARGETS, type LegacyIdentity, legacyCellKey } from "../../rules/index.js";
import type { Cell, Diagnostic, Fact, LegacyAlternatives, LegacyColumn, Span } from "../../types.js";
import { walkJoint } from "../joint.js";
import type { BuiltRow, LegacyReading, ReadingCell } from "./cells.js";

/** Bound on the joint readings enumerated for one group of linked rows. */
export const LEGACY_JOINT_BOUND = 20000;
/** Bound on the joint readings kept as alternatives for the corpus-level pass. */
export const LEGACY_ALTERNATIVES_BOUND = 64;

interface Compiled {
  readonly id: string;
  readonly kind: "sum" | "bound";
  readonly large: readonly number[];
  readonly small: readonly number[];
}

interface Solution {
  readonly values: (number | null)[];
  readonly cells: (ReadingCell | null)[];
  /** Identity id that filled a cell, per cell. */
  readonly fills: (string | null)[];
}

/** The outcome of solving: one cell per key, the joint readings left open, and what was decided. */
export interface LegacySolved {
  readonly cells: Record<string, Cell>;
  readonly alternatives: LegacyAlternatives[];
  readonly diagnostics: Diagnostic[];
}

const EPS = 1e-6;

function compile(identities: readonly LegacyIdentity[], index: ReadonlyMap<string, number>): Compiled[] {
  const out: Compiled[] = [];
  for (const id of identities) {
    const large = id.large.map((k) => index.get(k));
    const small = id.small.map((k) => index.get(k));
    if ([...large, ...small].some((i) => i === undefined)) continue;
    out.push({ id: id.id, kind: id.kind, large: large as number[], small: small as number[] });
  }
  return out;
}

/** Σ of cell values, or null when one is null. */
function total(values: readonly (number | null)[], idx: readonly number[]): number | null {
  let s = 0;
  for (const i of idx) {
    const v = values[i];
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

/** Fill the one unknown of a sum (a cell not printed), when the others are known. */
function fill(s: Solution, fillable: readonly boolean[], ids: readonly Compiled[]): void {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const id of ids) {
      if (id.kind !== "sum") continue;
      const all = [...id.large, ...id.small];
      const unknown = all.filter((i) => s.values[i] === null);
      if (unknown.length !== 1 || !fillable[unknown[0]!]) continue;
      const i = unknown[0]!;
      const large = total(
        s.values,
        id.large.filter((k) => k !== i),
      );
      const small = total(
        s.values,
        id.small.filter((k) => k !== i),
      );
      if (large === null || small === null) continue;
      const v = id.large.includes(i) ? small - large : large - small;
      if (v < -EPS) continue;
      s.values[i] = Math.round(Math.max(0, v) * 1e6) / 1e6;
      s.fills[i] = id.id;
      changed = true;
    }
    if (!changed) return;
  }
}

/**
 * Constraints a solution breaks: [hard (bounds, each), totals whose parts do not add up]. A total
 * counts once however many of its columns fail, so that a reading which makes one column add up
 * by chance is not preferred to the printed truth when the parts do not cover the total.
 */
function broken(s: Solution, ids: readonly Compiled[]): [number, number] {
  let hard = 0;
  const failed = new Set<string>();
  for (const id of ids) {
    const large = total(s.values, id.large);
    const small = total(s.values, id.small);
    if (large === null || small === null) continue;
    if (id.kind === "bound" && small > large + EPS) hard++;
    if (id.kind === "sum" && Math.abs(large - small) > EPS) failed.add(id.id.slice(0, id.id.lastIndexOf(".")));
  }
  return [hard, failed.size];
}

/** Groups of rows linked by identities (row indices). */
function components(n: number, width: number, ids: readonly Compiled[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (r: number): number => (parent[r] === r ? r : (parent[r] = find(parent[r]!)));
  for (const id of ids) {
    const rs = [...id.large, ...id.small].map((i) => Math.floor(i / width));
    for (const r of rs) parent[find(r)] = find(rs[0]!);
  }
  const groups = new Map<number, number[]>();
  for (let r = 0; r < n; r++) groups.set(find(r), [...(groups.get(find(r)) ?? []), r]);
  return [...groups.values()];
}

/** Readings of a row that keep its own columns in order, unless none does. */
function ordered(readings: readonly LegacyReading[], ids: readonly Compiled[], offset: number, width: number) {
  const own = ids.filter((id) => [...id.large, ...id.small].every((i) => i >= offset && i < offset + width));
  const ok = readings.filter((r) =>
    own.every((id) => {
      const large = total(
        r.values,
        id.large.map((i) => i - offset),
      );
      const small = total(
        r.values,
        id.small.map((i) => i - offset),
      );
      return large === null || small === null || small <= large + EPS;
    }),
  );
  return ok.length > 0 ? ok : [...readings];
}

interface Context {
  readonly rows: readonly BuiltRow[];
  readonly keys: readonly string[];
  readonly width: number;
  readonly ids: readonly Compiled[];
  readonly facts: readonly Fact[];
  readonly columns: readonly LegacyColumn[];
}

function solveGroup(ctx: Context, group: readonly number[], diagnostics: Diagnostic[]): Solution[] | null {
  const { width } = ctx;
  const options = group.map((r) => ordered(ctx.rows[r]!.readings, ctx.ids, r * width, width));
  const counts = options.map((o) => Math.max(1, o.length));
  const product = counts.reduce((p, c) => p * c, 1);
  if (product > LEGACY_JOINT_BOUND) {
    diagnostics.push({
      code: "legacy.search_bound",
      severity: "warning",
      message: `${product} joint readings of ${group.length} linked rows exceed the bound ${LEGACY_JOINT_BOUND}; cells that differ between readings are left ambiguous`,
    });
    return null;
  }
  const size = ctx.keys.length;
  const fillable = new Array<boolean>(size).fill(false);
  let best: Solution[] = [];
  let bestScore: [number, number] = [Infinity, Infinity];
  const picks = counts.map(() => 0);
  const leaf = () => {
    const s: Solution = {
      values: new Array(size).fill(null),
      cells: new Array(size).fill(null),
      fills: new Array(size).fill(null),
    };
    group.forEach((r, g) => {
      const reading = options[g]![picks[g]!];
      for (let c = 0; c < width; c++) {
        const cell = reading?.cells[c] ?? null;
        s.values[r * width + c] = reading?.values[c] ?? null;
        s.cells[r * width + c] = cell;
        fillable[r * width + c] = cell?.kind === "missing" && ctx.rows[r]!.printed;
      }
    });
    fill(s, fillable, ctx.ids);
    const score = broken(s, ctx.ids);
    if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
      best = [s];
      bestScore = score;
    } else if (score[0] === bestScore[0] && score[1] === bestScore[1]) best.push(s);
  };
  const all = counts.map((c) => Array.from({ length: c }, (_, k) => k));
  walkJoint(all, Number.POSITIVE_INFINITY, {
    accept: (d, k) => {
      picks[d] = k;
      return true;
    },
    leaf,
  });
  return best;
}

/**
 * Keep the solutions that agree with the prose figures which decide between them; when two facts
 * decide differently, none is applied.
 */
function byFacts(solutions: Solution[], ctx: Context, index: ReadonlyMap<string, number>) {
  if (solutions.length <= 1 || !ctx.columns.includes("year")) return { kept: solutions, rules: [] as string[] };
  let kept: Set<Solution> | null = null;
  const rules: string[] = [];
  for (const fact of ctx.facts) {
    const concept = LEGACY_FACT_TARGETS[fact.subject];
    const i = concept === undefined ? undefined : index.get(legacyCellKey(concept, "year"));
    if (i === undefined) continue;
    const agree = solutions.filter((s) => s.values[i] !== null && Math.abs(s.values[i]! - fact.value) < EPS);
    if (agree.length === 0 || agree.length === solutions.length) continue;
    const next = new Set(agree.filter((s) => kept === null || kept.has(s)));
    if (next.size === 0) return { kept: solutions, rules: [] };
    kept = next;
    rules.push(`facts.${fact.subject}`);
  }
  return kept === null ? { kept: solutions, rules } : { kept: solutions.filter((s) => kept!.has(s)), rules };
}

function involving(ids: readonly Compiled[], i: number): string[] {
  return ids.filter((id) => id.large.includes(i) || id.small.includes(i)).map((id) => id.id);
}

function spanOf(cell: ReadingCell | null): Span | null {
  return cell?.span ?? null;
}

function composeCell(
  ctx: Context,
  text: string,
  solutions: readonly Solution[],
  i: number,
  factRules: readonly string[],
): Cell {
  const row = ctx.rows[Math.floor(i / ctx.width)]!;
  const first = solutions[0]!;
  const vals = solutions.map((s) => s.values[i] ?? null);
  const cell0 = first.cells[i] ?? null;
  const raw = (span: Span | null) => (span === null ? null : text.slice(span.start, span.end));
  if (vals.every((v) => v === null)) {
    const blank = !row.printed || solutions.every((s) => s.cells[i]?.kind === "blank");
    const span = blank ? spanOf(cell0) : null;
    return { value: null, status: blank ? "blank" : "missing", raw: blank ? (raw(span) ?? "") : null, span };
  }
  const v0 = vals[0];
  const agree = vals.every((v) => v !== null && v0 !== null && Math.abs(v - v0!) < EPS);
  if (!agree) {
    const candidates = [...new Set(vals.filter((v): v is number => v !== null))].sort((a, b) => a - b);
    return { value: null, status: "ambiguous", raw: null, span: null, candidates, rules: involving(ctx.ids, i) };
  }
  const sameSpan = solutions.every((s) => {
    const a = spanOf(s.cells[i] ?? null);
    const b = spanOf(cell0);
    return s.fills[i] === null && a !== null && b !== null && a.start === b.start && a.end === b.end;
  });
  if (sameSpan && cell0?.kind === "token" && row.readings.length === 1) {
    return { value: v0!, status: "read", raw: raw(spanOf(cell0)), span: spanOf(cell0) };
  }
  const fills = [...new Set(solutions.map((s) => s.fills[i]).filter((f): f is string => f !== null))];
  const split = solutions.some((s) => s.cells[i]?.kind === "part") ? ["legacy.split"] : [];
  const rules = fills.length > 0 ? fills : [...split, ...involving(ctx.ids, i), ...factRules];
  const span = sameSpan ? spanOf(cell0) : null;
  return { value: v0!, status: "inferred", raw: raw(span), span, rules: [...new Set(rules)] };
}

function alternativesOf(
  ctx: Context,
  group: readonly number[],
  solutions: readonly Solution[],
): LegacyAlternatives | null {
  if (solutions.length <= 1 || solutions.length > LEGACY_ALTERNATIVES_BOUND) return null;
  const cells: number[] = [];
  for (const r of group) {
    for (let c = 0; c < ctx.width; c++) {
      const i = r * ctx.width + c;
      const v0 = solutions[0]!.values[i];
      if (solutions.some((s) => s.values[i] !== v0)) cells.push(i);
    }
  }
  if (cells.length === 0) return null;
  const seen = new Set<string>();
  const out: LegacyAlternatives["solutions"][number][] = [];
  for (const s of solutions) {
    const values = cells.map((i) => s.values[i] ?? null);
    const key = values.join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ values, spans: cells.map((i) => (s.fills[i] === null ? spanOf(s.cells[i] ?? null) : null)) });
  }
  return { cells: cells.map((i) => ctx.keys[i]!), solutions: out };
}

/**
 * Solve a legacy table: one cell per `<concept>.<column>` key of its mapped rows.
 * @param rows the mapped rows (one per concept), in printed order
 * @param identities the table's identities (`legacyIdentities` of the same rows)
 */
export function solveLegacy(
  text: string,
  rows: readonly BuiltRow[],
  columns: readonly LegacyColumn[],
  identities: readonly LegacyIdentity[],
  facts: readonly Fact[],
): LegacySolved {
  const keys = rows.flatMap((r) => columns.map((c) => legacyCellKey(r.label.concept!, c)));
  const index = new Map(keys.map((k, i) => [k, i]));
  const ids = compile(identities, index);
  const ctx: Context = { rows, keys, width: columns.length, ids, facts, columns };
  const diagnostics: Diagnostic[] = [];
  const cells: Record<string, Cell> = {};
  const alternatives: LegacyAlternatives[] = [];
  for (const group of components(rows.length, columns.length, ids)) {
    const found = solveGroup(ctx, group, diagnostics);
    const solutions = found ?? unsolved(ctx, group);
    const { kept, rules } = byFacts(solutions, ctx, index);
    for (const r of group) {
      for (let c = 0; c < columns.length; c++) {
        const i = r * columns.length + c;
        cells[keys[i]!] = composeCell(ctx, text, kept, i, rules);
      }
    }
    const alt = alternativesOf(ctx, group, kept);
    if (alt) alternatives.push(alt);
  }
  const ordered: Record<string, Cell> = {};
  for (const k of keys) ordered[k] = cells[k]!;
  return { cells: ordered, alternatives, diagnostics };
}

/** Past the bound: one solution per reading of each row (others at their first), enough to tell agreeing cells. */
function unsolved(ctx: Context, group: readonly number[]): Solution[] {
  const out: Solution[] = [];
  const size = ctx.keys.length;
  group.forEach((r) => {
    ctx.rows[r]!.readings.forEach((reading) => {
      const s: Solution = {
        values: new Array(size).fill(null),
        cells: new Array(size).fill(null),
        fills: new Array(size).fill(null),
      };
      for (const q of group) {
        const use = q === r ? reading : ctx.rows[q]!.readings[0];
        for (let c = 0; c < ctx.width; c++) {
          s.values[q * ctx.width + c] = use?.values[c] ?? null;
          s.cells[q * ctx.width + c] = use?.cells[c] ?? null;
        }
      }
      out.push(s);
    });
  });
  return out;
}
