/** Validation: every identity and every prose figure checked against the parsed tables. */
import type { Fact, ParsedTable, RuleResult, Tables } from "../types.js";
import { tableFacts } from "./facts.js";
import { evaluateIdentity, identitiesFor, sameSum, sumCells } from "./identities.js";
import type { TableTemplate } from "./schema.js";

/** A rule of the catalogue. */
export interface RuleInfo {
  readonly id: string;
  readonly kind: "identity" | "fact" | "cross_year";
  readonly description: string;
  /** Templates the rule applies to. */
  readonly templates: readonly TableTemplate[];
}

function catalogue(): RuleInfo[] {
  const byId = new Map<string, { description: string; templates: TableTemplate[] }>();
  for (const template of ["2021", "2019"] as const) {
    for (const identity of identitiesFor(template)) {
      const seen = byId.get(identity.id);
      if (seen) seen.templates.push(template);
      else byId.set(identity.id, { description: identity.description, templates: [template] });
    }
  }
  const rules: RuleInfo[] = [...byId].map(([id, r]) => ({ id, kind: "identity", ...r }));
  rules.push(
    {
      id: "facts.<subject>",
      kind: "fact",
      description: "a figure stated in prose equals the table cells it describes (see rules/facts.ts for the mapping)",
      templates: ["2021", "2019"],
    },
    {
      id: "cross_year.carried_forward.<column>",
      kind: "cross_year",
      description: "carried_forward of year y equals carried_over of year y+1, same agency (结转下年度 = 次年上年结转)",
      templates: ["2021", "2019"],
    },
    {
      id: "cross_year.stock.<rules|normative>",
      kind: "cross_year",
      description:
        "plausibility: in_force(y) = in_force(y-1) + issued(y) - repealed(y) (现行有效件数 stock-flow), 2021 format",
      templates: ["2021"],
    },
  );
  return rules;
}

/** The rule catalogue: every rule id with what it checks. Ids are stable across releases. */
export const RULES: readonly RuleInfo[] = catalogue();

/** Options of `checkTables`. */
export interface CheckOptions {
  /** Figures stated in prose; those that describe table cells become rules `facts.<subject>`. */
  readonly facts?: readonly Fact[];
}

function valueGetter(table: ParsedTable): (key: string) => number | null {
  return (key) => table.cells[key]?.value ?? null;
}

function checkable(table: ParsedTable): boolean {
  return table.status !== "not_applicable";
}

/** The template whose identities apply to a set of tables, or null for legacy tables. */
export function templateOfTables(tables: Tables): TableTemplate | null {
  if (!checkable(tables.requests) && !checkable(tables.review)) return null;
  return tables.requests.template === "2019" ? "2019" : "2021";
}

/**
 * Check every identity of tables 3 and 4 and every prose figure that describes a table cell.
 * A table the agency got wrong keeps its printed values and fails here: that is a finding.
 * @returns one result per rule, in catalogue order; none for `not_applicable` (legacy) tables
 * @example checkTables(parseTables(text, null).tables).filter((r) => r.outcome === "fail")
 */
export function checkTables(tables: Tables, options: CheckOptions = {}): RuleResult[] {
  const template = templateOfTables(tables);
  if (template === null) return [];
  const results = identitiesFor(template).map((identity) =>
    evaluateIdentity(identity, valueGetter(tables[identity.table])),
  );
  return [...results, ...checkFacts(tables, options.facts ?? [], template)];
}

/** One rule per prose figure that describes table cells. */
export function checkFacts(tables: Tables, facts: readonly Fact[], template: TableTemplate): RuleResult[] {
  return tableFacts(facts, template).map(({ fact, target }) => {
    const found = sumCells(target.cells, valueGetter(tables[target.table]));
    const cells = target.cells.map((c) => `${target.table}.${c}`);
    const rule = `facts.${fact.subject}`;
    const said = `prose says ${fact.value}${fact.unit} («${fact.text.slice(0, 40)}»)`;
    if (found === null) {
      return {
        rule,
        outcome: "not_assessable",
        cells,
        expected: fact.value,
        found,
        message: `${said}; table cell without a value`,
      };
    }
    const ok = sameSum(found, fact.value);
    return {
      rule,
      outcome: ok ? "pass" : "fail",
      cells,
      expected: fact.value,
      found,
      message: ok ? `${said}; table agrees` : `${said}; table prints ${found}`,
    };
  });
}
