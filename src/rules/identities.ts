/**
 * The accounting identities (勾稽关系) of tables 3 and 4 as data: each says that the
 * sum of its `sum` cells equals the sum of its `parts` cells. Parsing uses them to
 * recover lost cells, validation to check a table; both read them from here.
 */
import type { RuleResult, TableKey } from "../types.js";
import {
  APPLICANT_COLUMNS,
  outcomeRows,
  REQUEST_COLUMNS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  requestRows,
  type TableTemplate,
} from "./schema.js";

/** One linear identity `Σ sum = Σ parts` over the cells of one table. */
export interface Identity {
  /** Stable rule id, e.g. `requests.balance.total`. */
  readonly id: string;
  readonly table: TableKey;
  /** The cells whose sum is the printed figure (`found`). */
  readonly sum: readonly string[];
  /** The cells whose sum it must equal (`expected`). */
  readonly parts: readonly string[];
  readonly description: string;
}

function balance(col: string): Identity {
  return {
    id: `requests.balance.${col}`,
    table: "requests",
    sum: [`new.${col}`, `carried_over.${col}`],
    parts: [`total.${col}`, `carried_forward.${col}`],
    description: `column ${col}: new + carried_over = total + carried_forward (第一项加第二项之和等于第三项加第四项之和)`,
  };
}

function outcome(col: string, template: TableTemplate): Identity {
  return {
    id: `requests.outcome.${col}`,
    table: "requests",
    sum: [`total.${col}`],
    parts: outcomeRows(template).map((r) => `${r}.${col}`),
    description: `column ${col}: total = sum of the outcome rows (办理结果之和等于总计)`,
  };
}

function rowTotal(row: string): Identity {
  return {
    id: `requests.row.${row}`,
    table: "requests",
    sum: [`${row}.total`],
    parts: APPLICANT_COLUMNS.map((c) => `${row}.${c}`),
    description: `row ${row}: total = sum of the six applicant columns (总计等于各申请人之和)`,
  };
}

function reviewGroup(group: string): Identity {
  return {
    id: `review.${group}.total`,
    table: "review",
    sum: [`${group}.total`],
    parts: REVIEW_COLUMNS.filter((c) => c !== "total").map((c) => `${group}.${c}`),
    description: `${group}: total = upheld + corrected + other + pending (总计等于四项之和)`,
  };
}

const cache = new Map<TableTemplate, readonly Identity[]>();

/** Every identity of tables 3 and 4 for a template, in a stable order. */
export function identitiesFor(template: TableTemplate): readonly Identity[] {
  const hit = cache.get(template);
  if (hit) return hit;
  const list: Identity[] = [
    ...REQUEST_COLUMNS.map(balance),
    ...REQUEST_COLUMNS.map((c) => outcome(c, template)),
    ...requestRows(template).map(rowTotal),
    ...REVIEW_GROUPS.map(reviewGroup),
  ];
  cache.set(template, list);
  return list;
}

/** Tolerance for comparing sums (money columns carry decimals). */
const EPS = 1e-6;

/** Sum of cell values, or null when any is null. */
export function sumCells(keys: readonly string[], get: (key: string) => number | null): number | null {
  let s = 0;
  for (const k of keys) {
    const v = get(k);
    if (v === null) return null;
    s += v;
  }
  return s;
}

/** True when two sums are equal within rounding. */
export function sameSum(a: number, b: number): boolean {
  return Math.abs(a - b) < EPS;
}

/**
 * Evaluate one identity on cell values: `pass`, `fail`, or `not_assessable` when a cell is null.
 * `found` is `Σ sum`, `expected` is `Σ parts`.
 */
export function evaluateIdentity(identity: Identity, get: (key: string) => number | null): RuleResult {
  const found = sumCells(identity.sum, get);
  const expected = sumCells(identity.parts, get);
  const cells = [...identity.sum, ...identity.parts].map((k) => `${identity.table}.${k}`);
  const bound = impossible(identity, get, found, expected);
  if (bound) return { rule: identity.id, outcome: "fail", cells, ...bound };
  if (found === null || expected === null) {
    const nulls = [...identity.sum, ...identity.parts].filter((k) => get(k) === null);
    return {
      rule: identity.id,
      outcome: "not_assessable",
      cells,
      expected,
      found,
      message: `${identity.description}: not assessable, ${nulls.length} cell(s) without a value (${nulls.slice(0, 3).join(", ")}${nulls.length > 3 ? ", …" : ""})`,
    };
  }
  const ok = sameSum(found, expected);
  return {
    rule: identity.id,
    outcome: ok ? "pass" : "fail",
    cells,
    expected: round(expected),
    found: round(found),
    message: ok
      ? `${identity.description}: holds (${round(found)})`
      : `${identity.description}: printed ${round(found)}, parts sum to ${round(expected)} (difference ${round(found - expected)})`,
  };
}

/**
 * With cells missing on one side only, counts being non-negative, the identity still fails
 * when the known side already exceeds the printed one (the empty cells cannot be negative).
 */
function impossible(
  identity: Identity,
  get: (key: string) => number | null,
  found: number | null,
  expected: number | null,
): { expected: number; found: number; message: string } | null {
  const known = (keys: readonly string[]) => {
    let total = 0;
    for (const k of keys) {
      const v = get(k);
      if (v !== null) total += v;
    }
    return total;
  };
  if (found !== null && expected === null && known(identity.parts) > found + EPS) {
    const parts = round(known(identity.parts));
    return {
      expected: parts,
      found: round(found),
      message: `${identity.description}: printed ${round(found)}, but the printed parts alone sum to ${parts} (empty cells counted as 0)`,
    };
  }
  if (found === null && expected !== null && known(identity.sum) > expected + EPS) {
    const sum = round(known(identity.sum));
    return {
      expected: round(expected),
      found: sum,
      message: `${identity.description}: parts sum to ${round(expected)}, but the printed side alone is ${sum} (empty cells counted as 0)`,
    };
  }
  return null;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
