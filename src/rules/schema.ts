/**
 * The cell-key schema of tables 2, 3 and 4 (spec: report-format.md), per template.
 * Shared by `rules` (identities) and `tables` (parsing and recovery).
 */
import type { TableKey, Template } from "../types.js";

/** A template that has national-format tables. */
export type TableTemplate = "2021" | "2019";

/** Columns of the request matrix (table 3), in printed order. */
export const REQUEST_COLUMNS = [
  "natural_person",
  "commercial",
  "research",
  "nonprofit",
  "legal_service",
  "other_org",
  "total",
] as const;

/** The six applicant columns (everything but `total`). */
export const APPLICANT_COLUMNS = REQUEST_COLUMNS.slice(0, 6);

const DISPOSITION_ROWS = [
  "granted",
  "partly_granted",
  "denied.state_secret",
  "denied.prohibited",
  "denied.three_safeties",
  "denied.third_party",
  "denied.internal_affairs",
  "denied.process_info",
  "denied.enforcement_file",
  "denied.query_matter",
  "unable.not_held",
  "unable.needs_creation",
  "unable.unclear",
  "rejected.petition",
  "rejected.duplicate",
  "rejected.publication",
  "rejected.excessive",
  "rejected.confirmation",
] as const;

/** Outcome rows (those summed into `total`) of table 3 for a template. */
export function outcomeRows(template: TableTemplate): readonly string[] {
  return template === "2019"
    ? [...DISPOSITION_ROWS, "other"]
    : [...DISPOSITION_ROWS, "other.no_correction", "other.no_fee", "other.other"];
}

/** All rows of table 3 for a template, in printed order. */
export function requestRows(template: TableTemplate): readonly string[] {
  return ["new", "carried_over", ...outcomeRows(template), "total", "carried_forward"];
}

/** Table 4 groups and their columns. */
export const REVIEW_GROUPS = ["reconsideration", "litigation_direct", "litigation_after"] as const;
export const REVIEW_COLUMNS = ["upheld", "corrected", "other", "pending", "total"] as const;

/** A row of table 2: its key and its column keys. */
export interface ProactiveRow {
  readonly row: string;
  readonly columns: readonly string[];
}

const PROACTIVE_2021: readonly ProactiveRow[] = [
  { row: "rules", columns: ["issued", "repealed", "in_force"] },
  { row: "normative", columns: ["issued", "repealed", "in_force"] },
  { row: "licensing", columns: ["decisions"] },
  { row: "penalty", columns: ["decisions"] },
  { row: "coercion", columns: ["decisions"] },
  { row: "fees", columns: ["amount"] },
];

const TRIAL_ITEMS = ["prior_items", "change", "decisions"];
const PROACTIVE_2019: readonly ProactiveRow[] = [
  { row: "rules", columns: ["made", "published", "total_published"] },
  { row: "normative", columns: ["made", "published", "total_published"] },
  { row: "licensing", columns: TRIAL_ITEMS },
  { row: "other_services", columns: TRIAL_ITEMS },
  { row: "penalty", columns: TRIAL_ITEMS },
  { row: "coercion", columns: TRIAL_ITEMS },
  { row: "fees", columns: ["prior_items", "change"] },
  { row: "procurement", columns: ["items", "amount"] },
];

/** Rows of table 2 for a template. */
export function proactiveRows(template: TableTemplate): readonly ProactiveRow[] {
  return template === "2019" ? PROACTIVE_2019 : PROACTIVE_2021;
}

/** A printed row of any table: the cell keys it holds, in printed order. */
export interface RowShape {
  readonly row: string;
  readonly cells: readonly string[];
}

/** The printed rows of a table (table 4 is one row of 15 cells). */
export function tableRows(table: TableKey, template: TableTemplate): readonly RowShape[] {
  if (table === "proactive") {
    return proactiveRows(template).map((r) => ({ row: r.row, cells: r.columns.map((c) => `${r.row}.${c}`) }));
  }
  if (table === "requests") {
    return requestRows(template).map((row) => ({ row, cells: REQUEST_COLUMNS.map((c) => `${row}.${c}`) }));
  }
  const cells = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g}.${c}`));
  return [{ row: "review", cells }];
}

/** Every cell key of a table, in printed order. */
export function tableCellKeys(table: TableKey, template: TableTemplate): string[] {
  const id = `${table}/${template}`;
  let keys = keyCache.get(id);
  if (!keys) {
    keys = tableRows(table, template).flatMap((r) => r.cells);
    keyCache.set(id, keys);
  }
  return [...keys];
}

const keyCache = new Map<string, readonly string[]>();

/** The table template to use for a report template (`legacy` has none). */
export function tableTemplateOf(template: Template): TableTemplate | null {
  if (template === "legacy") return null;
  return template === "2019" ? "2019" : "2021";
}
