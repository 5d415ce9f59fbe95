/**
 * Stage `rules`: the accounting identities of the national-format tables, as one
 * catalogue that parsing (recovery) and validation both use.
 */
export { type CheckOptions, checkFacts, checkTables, RULES, type RuleInfo, templateOfTables } from "./check.js";
export { type AgencyYearTables, type CrossYearResult, checkCrossYear } from "./cross-year.js";
export { type FactTarget, factTarget, tableFacts } from "./facts.js";
export { type FormatCheckOptions, formatCheckReport } from "./format.js";
export { evaluateIdentity, type Identity, identitiesFor } from "./identities.js";
export { isDigitTransposition, type RepairSuggestion, suggestRepair } from "./repair.js";
export {
  APPLICANT_COLUMNS,
  outcomeRows,
  type ProactiveRow,
  proactiveRows,
  REQUEST_COLUMNS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type RowShape,
  requestRows,
  type TableTemplate,
  tableCellKeys,
  tableRows,
  tableTemplateOf,
} from "./schema.js";
