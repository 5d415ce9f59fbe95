/**
 * Which table cells a figure stated in prose (`Fact`, from `narrative`) describes.
 *
 * Mapping (subject → cells summed):
 * - `requests.received`, `requests.new` → table 3 `new.total`
 * - `requests.carried_over` → `carried_over.total`; `requests.carried_forward` → `carried_forward.total`
 * - `requests.granted` → `granted.total`; `requests.total`, `requests.processed` → `total.total`
 * - `reconsideration.total` → table 4 `reconsideration.total`
 * - `litigation.total` → `litigation_direct.total + litigation_after.total`
 * - `litigation_direct.total`, `litigation_after.total` → the same cell of table 4
 * - any table 2 cell key of the report's template (`normative.issued`, `normative.in_force`,
 *   `rules.issued`, `penalty.decisions`, `licensing.decisions`, `fees.amount`, …) → that cell.
 * Other subjects (e.g. `proactive.total`, `training.sessions`) describe nothing in the tables.
 */
import type { Fact, TableKey } from "../types.js";
import { type TableTemplate, tableCellKeys } from "./schema.js";

/** The cells a fact subject describes. */
export interface FactTarget {
  readonly table: TableKey;
  readonly cells: readonly string[];
}

const FIXED: Readonly<Record<string, FactTarget>> = {
  "requests.received": { table: "requests", cells: ["new.total"] },
  "requests.new": { table: "requests", cells: ["new.total"] },
  "requests.carried_over": { table: "requests", cells: ["carried_over.total"] },
  "requests.carried_forward": { table: "requests", cells: ["carried_forward.total"] },
  "requests.granted": { table: "requests", cells: ["granted.total"] },
  "requests.total": { table: "requests", cells: ["total.total"] },
  "requests.processed": { table: "requests", cells: ["total.total"] },
  "reconsideration.total": { table: "review", cells: ["reconsideration.total"] },
  "litigation.total": { table: "review", cells: ["litigation_direct.total", "litigation_after.total"] },
  "litigation_direct.total": { table: "review", cells: ["litigation_direct.total"] },
  "litigation_after.total": { table: "review", cells: ["litigation_after.total"] },
};

/** The cells that a fact subject describes under a template, or null when it describes none. */
export function factTarget(subject: string, template: TableTemplate): FactTarget | null {
  const fixed = FIXED[subject];
  if (fixed) return fixed;
  if (tableCellKeys("proactive", template).includes(subject)) return { table: "proactive", cells: [subject] };
  return null;
}

/** The facts that describe table cells, with their targets. */
export function tableFacts(facts: readonly Fact[], template: TableTemplate): { fact: Fact; target: FactTarget }[] {
  const out: { fact: Fact; target: FactTarget }[] = [];
  for (const fact of facts) {
    const target = factTarget(fact.subject, template);
    if (target) out.push({ fact, target });
  }
  return out;
}
