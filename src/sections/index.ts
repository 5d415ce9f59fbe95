/**
 * Stage `sections`: split a report into the six sections of the national format,
 * decide its template, and read its metadata (agency, year, publication date,
 * level, province) with a gazetteer of China's administrative divisions.
 */
export { segmentReport } from "./segment.js";
