/** Corpus-level checks across the reports of one agency in consecutive years. */
import type { RuleResult, Tables } from "../types.js";
import { sameSum, sumCells } from "./identities.js";
import { REQUEST_COLUMNS } from "./schema.js";

/** One agency-year's tables, as input to `checkCrossYear`. */
export interface AgencyYearTables {
  readonly agency_id: string;
  readonly year: number;
  readonly tables: Tables;
}

/** A cross-year rule result, keyed by the agency and the two years it compares. */
export interface CrossYearResult extends RuleResult {
  readonly agency_id: string;
  /** The later of the two years compared. */
  readonly year: number;
  readonly previous_year: number;
}

function value(tables: Tables, table: keyof Tables, key: string): number | null {
  return tables[table].cells[key]?.value ?? null;
}

function compare(
  rule: string,
  cells: string[],
  expected: number | null,
  found: number | null,
  what: string,
): RuleResult {
  if (expected === null || found === null) {
    return { rule, outcome: "not_assessable", cells, expected, found, message: `${what}: a value is missing` };
  }
  const ok = sameSum(expected, found);
  return {
    rule,
    outcome: ok ? "pass" : "fail",
    cells,
    expected,
    found,
    message: ok ? `${what}: holds (${found})` : `${what}: expected ${expected}, found ${found}`,
  };
}

function carryRules(prev: AgencyYearTables, next: AgencyYearTables): RuleResult[] {
  return REQUEST_COLUMNS.map((col) =>
    compare(
      `cross_year.carried_forward.${col}`,
      [`${prev.year}:requests.carried_forward.${col}`, `${next.year}:requests.carried_over.${col}`],
      value(prev.tables, "requests", `carried_forward.${col}`),
      value(next.tables, "requests", `carried_over.${col}`),
      `${col}: carried forward from ${prev.year} vs carried over into ${next.year}`,
    ),
  );
}

function stockRules(prev: AgencyYearTables, next: AgencyYearTables): RuleResult[] {
  if (prev.tables.proactive.template !== "2021" || next.tables.proactive.template !== "2021") return [];
  return (["rules", "normative"] as const).map((row) => {
    const before = value(prev.tables, "proactive", `${row}.in_force`);
    const flow = sumCells([`${row}.issued`], (k) => value(next.tables, "proactive", k));
    const repealed = value(next.tables, "proactive", `${row}.repealed`);
    const expected = before === null || flow === null || repealed === null ? null : before + flow - repealed;
    return compare(
      `cross_year.stock.${row}`,
      [
        `${prev.year}:proactive.${row}.in_force`,
        `${next.year}:proactive.${row}.issued`,
        `${next.year}:proactive.${row}.repealed`,
        `${next.year}:proactive.${row}.in_force`,
      ],
      expected,
      value(next.tables, "proactive", `${row}.in_force`),
      `${row}: in_force ${prev.year} + issued − repealed ${next.year} (plausibility; expiries also reduce the stock)`,
    );
  });
}

/**
 * The cells `checkCrossYear` reads, as `table.cell` keys: a caller holding many reports can keep
 * just these (and each table's template) instead of whole tables.
 */
export const CROSS_YEAR_CELLS: readonly string[] = [
  ...REQUEST_COLUMNS.flatMap((col) => [`requests.carried_forward.${col}`, `requests.carried_over.${col}`]),
  ...(["rules", "normative"] as const).flatMap((row) =>
    ["in_force", "issued", "repealed"].map((c) => `proactive.${row}.${c}`),
  ),
];

/**
 * Check consecutive years of the same agency: `carried_forward(y) = carried_over(y+1)` per
 * column, and the table 2 stock-flow plausibility `in_force(y) = in_force(y-1) + issued(y) − repealed(y)`.
 * Input order does not matter; duplicate agency-years are compared in input order.
 */
export function checkCrossYear(reports: readonly AgencyYearTables[]): CrossYearResult[] {
  const byAgency = new Map<string, AgencyYearTables[]>();
  for (const r of reports) {
    const list = byAgency.get(r.agency_id) ?? [];
    list.push(r);
    byAgency.set(r.agency_id, list);
  }
  const out: CrossYearResult[] = [];
  for (const [agency_id, list] of [...byAgency].sort((a, b) => a[0].localeCompare(b[0]))) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      if (next.year !== prev.year + 1) continue;
      for (const r of [...carryRules(prev, next), ...stockRules(prev, next)]) {
        out.push({ ...r, agency_id, year: next.year, previous_year: prev.year });
      }
    }
  }
  return out;
}
