/** Repair suggestions: the smallest single-cell edit that would satisfy every failed identity. */
import type { RuleResult, Tables } from "../types.js";
import { templateOfTables } from "./check.js";
import { evaluateIdentity, type Identity, identitiesFor, sameSum } from "./identities.js";

/** A suggested edit, never applied by the library. */
export interface RepairSuggestion {
  /** Qualified cell key, e.g. `requests.granted.total`. */
  readonly cell: string;
  readonly from: number;
  readonly to: number;
  /** `transposition` when `to` is `from` with two digits swapped (a typing slip), else `single_cell`. */
  readonly kind: "single_cell" | "transposition";
  /** The failed rules the edit would satisfy. */
  readonly fixes: readonly string[];
}

function coefficient(identity: Identity, key: string): number {
  const inSum = identity.sum.includes(key);
  const inParts = identity.parts.includes(key);
  if (inSum === inParts) return 0;
  return inSum ? 1 : -1;
}

/** True when `b` is `a` with two of its digits swapped. */
export function isDigitTransposition(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length || x === y) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  if (diff.length !== 2) return false;
  const [i, j] = diff as [number, number];
  return x[i] === y[j] && x[j] === y[i];
}

function cellEdit(
  table: Tables[keyof Tables],
  key: string,
  failed: readonly { identity: Identity; residual: number }[],
  passed: readonly Identity[],
): RepairSuggestion | null {
  const from = table.cells[key]?.value ?? null;
  if (from === null) return null;
  if (passed.some((p) => coefficient(p, key) !== 0)) return null;
  let delta: number | null = null;
  for (const { identity, residual } of failed) {
    const a = coefficient(identity, key);
    if (a === 0) return null;
    const d = -residual / a;
    if (delta !== null && !sameSum(delta, d)) return null;
    delta = d;
  }
  if (delta === null) return null;
  const to = Math.round((from + delta) * 1e6) / 1e6;
  if (to < 0) return null;
  const kind = isDigitTransposition(from, to) ? "transposition" : "single_cell";
  return { cell: `${table.key}.${key}`, from, to, kind, fixes: failed.map((f) => f.identity.id) };
}

/**
 * For a table whose identities fail, list the single-cell edits (including digit
 * transpositions) that would make every failed identity hold without breaking a passing one.
 * Suggestions are ranked: transpositions first, then by the size of the change.
 * @returns an empty list when nothing fails or no single edit explains the failures
 */
export function suggestRepair(tables: Tables): RepairSuggestion[] {
  const template = templateOfTables(tables);
  if (template === null) return [];
  const out: RepairSuggestion[] = [];
  for (const tableKey of ["requests", "review"] as const) {
    const table = tables[tableKey];
    const get = (k: string) => table.cells[k]?.value ?? null;
    const ids = identitiesFor(template).filter((i) => i.table === tableKey);
    const evaluated = ids.map((identity) => ({ identity, result: evaluateIdentity(identity, get) }));
    const failed: { identity: Identity; residual: number }[] = [];
    for (const { identity, result } of evaluated) {
      if (result.outcome === "fail" && result.found !== null && result.expected !== null) {
        failed.push({ identity, residual: result.found - result.expected });
      }
    }
    if (failed.length === 0) continue;
    const passed = evaluated.filter((e) => e.result.outcome === "pass").map((e) => e.identity);
    const keys = new Set(failed.flatMap((f) => [...f.identity.sum, ...f.identity.parts]));
    for (const key of keys) {
      const s = cellEdit(table, key, failed, passed);
      if (s) out.push(s);
    }
  }
  return out.sort(
    (a, b) =>
      Number(b.kind === "transposition") - Number(a.kind === "transposition") ||
      Math.abs(a.to - a.from) - Math.abs(b.to - b.from) ||
      a.cell.localeCompare(b.cell),
  );
}

/** The failed rules among results (helper for reports). */
export function failedRules(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((r) => r.outcome === "fail");
}
