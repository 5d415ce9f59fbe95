/**
 * Stage `rules`: the accounting identities of the national-format tables and of the pre-2019
 * statistics tables (their row vocabulary in `legacy-schema.ts`), as one catalogue that parsing
 * (recovery) and validation both use.
 */
export {
  type CheckOptions as CheckTablesOptions,
  checkFacts as checkTableFacts,
  checkTables,
  RULES,
  type RuleInfo as TableRuleInfo,
  templateOfTables,
} from "./check.js";
export { type AgencyYearTables, CROSS_YEAR_CELLS, type CrossYearResult, checkCrossYear } from "./cross-year.js";
export { type FactTarget as TableFactTarget, factTarget as tableFactTarget, tableFacts } from "./facts.js";
export { type FormatCheckOptions, formatCheckReport } from "./format.js";
export { evaluateIdentity, type Identity as TableIdentity, identitiesFor } from "./identities.js";
export {
  checkLegacy,
  evaluateLegacyIdentity,
  LEGACY_FACT_TARGETS,
  type LegacyIdentity,
  type LegacyStructure,
  legacyIdentities,
} from "./legacy.js";
export {
  LEGACY_COLUMNS,
  LEGACY_CONCEPTS,
  type LegacyConcept,
  type LegacyUnitKind,
  legacyCellKey,
  legacyConcept,
} from "./legacy-schema.js";
export { isDigitTransposition, type RepairSuggestion, suggestRepair } from "./repair.js";
export {
  APPLICANT_COLUMNS,
  outcomeRows,
  type ProactiveRow,
  proactiveRows,
  REQUEST_COLUMNS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type RowShape as TableRowShape,
  requestRows,
  type TableTemplate,
  tableCellKeys,
  tableRows,
  tableTemplateOf,
} from "./schema.js";
