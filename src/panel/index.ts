/**
 * Stage `panel`: one set of measures for every report, whatever its format — received, answered,
 * granted, denied, reconsideration, litigation, channels, fees … — each `{ value, status, from }`,
 * derived from the national table cells (2019, 2021), the legacy table (2008–2018) or, where no
 * table prints it, a figure stated in prose. `measures.ts` holds the definitions per format and
 * where they differ, for the codebook. Pure: tables and facts in, panel out.
 */
export { derivePanel, type PanelInput, type PanelTable, panelFormat } from "./derive.js";
export { type Derivation, type Formula, type MeasureDef, PANEL_MEASURE_KEYS, PANEL_MEASURES } from "./measures.js";
