/**
 * Stage `sections`: split a report into the six sections of the national format,
 * decide its template, and read its metadata (agency, year, publication date,
 * level, province) with a gazetteer of China's administrative divisions.
 */

export type { AgencyGroup, AgencyReading } from "./agency.js";
export { agencyId, cleanAgencyName, groupAgencies, readAgency } from "./agency.js";
export type { Place, PlaceKind, PlaceMention } from "./gazetteer.js";
export { findPlaces, gazetteerProvinceShort, lookupPlace, provinceOf } from "./gazetteer.js";
export { CANONICAL_HEADINGS } from "./lexicon.js";
export type { MetaInput } from "./meta.js";
export { detectMeta } from "./meta.js";
export { provinceFromText } from "./province.js";
export type { Qualified } from "./qualify.js";
export { qualifyAgency, townCounty } from "./qualify.js";
export { segmentReport } from "./segment.js";
export type { ReportStructure } from "./structure.js";
export { readReportStructure } from "./structure.js";
export { detectTemplate as detectReportTemplate, TEMPLATE_MARKERS as SECTIONS_TEMPLATE_MARKERS } from "./template.js";
export type { YearFinding, YearSource } from "./year.js";
export { findReportYear } from "./year.js";
