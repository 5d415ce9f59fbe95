/**
 * Stage `tables`: tables 2, 3 and 4 of the national format, parsed deterministically from
 * the normalised text in every layout met in the wild, with recovery through the identities.
 */
export { type ParseTablesOptions, type ParseTablesResult, parseTables, tablesTemplate } from "./parse-tables.js";
export { splitDigits } from "./rows.js";
