/**
 * The identities of a pre-2019 statistics table, from the rows it prints: each row's columns nest
 * (本期 ≤ 本年度 ≤ 历年累计), a row printed under another (其中) is at most its parent, and the
 * `part` rows printed under a parent add up to it (网站 + 公报 = 主动公开; channels = 受理总数;
 * outcomes = 答复总数). The reader uses them to split run-together digits; `checkLegacy` reports
 * them like the national identities.
 *
 * Rule ids: `legacy.sum.<parent>.<column>`, `legacy.part.<child>.<column>`,
 * `legacy.order.<concept>.<smaller>_<larger>`, and `facts.<subject>` for prose figures.
 */
import type { Fact, LegacyColumn, LegacyRow, LegacyTable, RuleResult } from "../types.js";
import { sameSum, sumCells } from "./identities.js";
import { LEGACY_COLUMNS, legacyCellKey, legacyConcept } from "./legacy-schema.js";

/**
 * One linear relation over legacy cells: `sum` (Σ large = Σ small, the printed parts add up) or
 * `bound` (Σ small ≤ Σ large: a subset, or a column nested in another).
 */
export interface LegacyIdentity {
  readonly id: string;
  readonly kind: "sum" | "bound";
  /** The total (sum) or the bounding cell (bound). */
  readonly large: readonly string[];
  readonly small: readonly string[];
  readonly description: string;
}

/** The printed structure identities are built from. */
export interface LegacyStructure {
  readonly rows: readonly Pick<LegacyRow, "concept" | "parent">[];
  readonly columns: readonly LegacyColumn[];
}

/** True when `child` may be printed under `parent` (the vocabulary allows it). */
function linked(child: string, parent: string | null): boolean {
  return parent !== null && (legacyConcept(child)?.parents.includes(parent) ?? false);
}

/**
 * The identities of a table, in a stable order: the nesting of each row's columns, then each
 * child ≤ its parent, then each parent = the sum of its printed parts.
 * @example legacyIdentities({ rows: [{ concept: "proactive.total", parent: null }, { concept: "proactive.website", parent: "proactive.total" }], columns: ["year"] })
 */
export function legacyIdentities(structure: LegacyStructure): LegacyIdentity[] {
  const columns = LEGACY_COLUMNS.filter((c) => structure.columns.includes(c));
  const concepts = structure.rows.map((r) => r.concept).filter((c): c is string => c !== null);
  const out: LegacyIdentity[] = [];
  for (const concept of concepts) {
    for (let i = 0; i + 1 < columns.length; i++) {
      const [a, b] = [columns[i]!, columns[i + 1]!];
      out.push({
        id: `legacy.order.${concept}.${a}_${b}`,
        kind: "bound",
        large: [legacyCellKey(concept, b)],
        small: [legacyCellKey(concept, a)],
        description: `${concept}: ${a} ≤ ${b} (${a === "year" ? "本年度 ≤ 历年累计" : "本期 ≤ 本年度"})`,
      });
    }
  }
  const children = new Map<string, string[]>();
  for (const row of structure.rows) {
    if (row.concept === null || !linked(row.concept, row.parent)) continue;
    for (const col of columns) {
      out.push({
        id: `legacy.part.${row.concept}.${col}`,
        kind: "bound",
        large: [legacyCellKey(row.parent!, col)],
        small: [legacyCellKey(row.concept, col)],
        description: `${row.concept} ≤ ${row.parent} (${col}; 其中)`,
      });
    }
    if (legacyConcept(row.concept)?.role === "part") {
      children.set(row.parent!, [...(children.get(row.parent!) ?? []), row.concept]);
    }
  }
  for (const [parent, parts] of children) {
    for (const col of columns) {
      out.push({
        id: `legacy.sum.${parent}.${col}`,
        kind: "sum",
        large: [legacyCellKey(parent, col)],
        small: parts.map((p) => legacyCellKey(p, col)),
        description: `${parent} = ${parts.join(" + ")} (${col}; 分项之和等于合计)`,
      });
    }
  }
  return out;
}

const EPS = 1e-6;

/** Evaluate one legacy identity on cell values. */
export function evaluateLegacyIdentity(identity: LegacyIdentity, get: (key: string) => number | null): RuleResult {
  const large = sumCells(identity.large, get);
  const small = sumCells(identity.small, get);
  const cells = [...identity.large, ...identity.small].map((k) => `legacy.${k}`);
  if (large === null || small === null) {
    const nulls = [...identity.large, ...identity.small].filter((k) => get(k) === null);
    return {
      rule: identity.id,
      outcome: "not_assessable",
      cells,
      expected: small,
      found: large,
      message: `${identity.description}: not assessable, ${nulls.length} cell(s) without a value (${nulls.slice(0, 3).join(", ")})`,
    };
  }
  const ok = identity.kind === "sum" ? sameSum(large, small) : small <= large + EPS;
  const relation = identity.kind === "sum" ? "parts sum to" : "but the smaller side is";
  return {
    rule: identity.id,
    outcome: ok ? "pass" : "fail",
    cells,
    expected: small,
    found: large,
    message: ok ? `${identity.description}: holds` : `${identity.description}: printed ${large}, ${relation} ${small}`,
  };
}

/** Prose subjects (`narrative` facts) that describe a legacy row's year column. */
export const LEGACY_FACT_TARGETS: Readonly<Record<string, string>> = {
  "proactive.total": "proactive.total",
  "proactive.website": "proactive.website",
  "proactive.gazette": "proactive.gazette",
  "requests.received": "requests.received",
  "requests.completed": "requests.answered",
  "requests.granted": "requests.outcome.granted",
  "reconsideration.total": "review.reconsideration",
  "litigation.total": "review.litigation",
};

/**
 * The prose subjects checked against a legacy table. Figures about proactive disclosure are left
 * out: reports state the parts (区直 1251条, 乡镇 602条) in the same words as the total, so they
 * only break ties in the reader, where exactly one reading must agree.
 */
const CHECKED_FACTS = new Set(["requests.received", "requests.completed", "requests.granted", "reconsideration.total", "litigation.total"]);

/**
 * Check a legacy table: every identity of its printed structure, and every prose figure about
 * requests and reviews that describes one of its rows (`facts.<subject>`, against the year column).
 * @returns one result per rule; none for a table that is missing or not applicable
 */
export function checkLegacy(table: LegacyTable, facts: readonly Fact[] = []): RuleResult[] {
  if (table.status === "missing" || table.status === "not_applicable") return [];
  const get = (key: string) => table.cells[key]?.value ?? null;
  const identities = legacyIdentities({ rows: table.rows, columns: table.columns.map((c) => c.column) });
  const results = identities.map((identity) => evaluateLegacyIdentity(identity, get));
  const printed = new Set(table.rows.map((r) => r.concept));
  for (const fact of facts) {
    const concept = LEGACY_FACT_TARGETS[fact.subject];
    if (concept === undefined || !CHECKED_FACTS.has(fact.subject) || !printed.has(concept) || !table.columns.some((c) => c.column === "year")) continue;
    const key = legacyCellKey(concept, "year");
    const found = get(key);
    const said = `prose says ${fact.value}${fact.unit} («${fact.text.slice(0, 40)}»)`;
    results.push({
      rule: `facts.${fact.subject}`,
      outcome: found === null ? "not_assessable" : sameSum(found, fact.value) ? "pass" : "fail",
      cells: [`legacy.${key}`],
      expected: fact.value,
      found,
      message:
        found === null
          ? `${said}; table cell without a value`
          : sameSum(found, fact.value)
            ? `${said}; table agrees`
            : `${said}; table prints ${found}`,
    });
  }
  return results;
}
