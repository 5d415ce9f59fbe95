/**
 * Writers of reuse results as flat rows and as JSON Lines / CSV strings. They return data;
 * writing files is the CLI's job.
 */
import type { SimilarityDoc } from "../../similarity/index.js";
import { SECTION_KEYS } from "../../types.js";
import type { ReusePassage, ReuseResult, ReuseRow } from "./types.js";

/** A flat row: column → string, number, boolean or null. */

const round = (x: number | null, digits = 4): number | null =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * One row per reused passage, with the text of both ends.
 * @param docs the documents given to `findReuse` (for the passage texts)
 */
export function reusePassageRows(result: Pick<ReuseResult, "passages">, docs: readonly SimilarityDoc[]): ReuseRow[] {
  const text = new Map(docs.map((d) => [d.id, d.text]));
  return result.passages.map((p) =>
    passageRow(p, text.get(p.a)?.slice(p.aStart, p.aEnd) ?? null, text.get(p.b)?.slice(p.bStart, p.bEnd) ?? null),
  );
}

/** The row of one passage, given the texts of its two ends. */
export function passageRow(p: ReusePassage, aText: string | null, bText: string | null): ReuseRow {
  return {
    a: p.a,
    a_start: p.aStart,
    a_end: p.aEnd,
    b: p.b,
    b_start: p.bStart,
    b_end: p.bEnd,
    length: p.length,
    identity: round(p.identity),
    kind: p.kind,
    cluster: p.cluster,
    a_text: aText,
    b_text: bText,
  };
}

/** One row per template cluster (years joined by `;`). */
export function reuseClusterRows(result: Pick<ReuseResult, "clusters">): ReuseRow[] {
  return result.clusters.map((c) => ({
    cluster: c.id,
    kind: c.kind,
    reports: c.reports,
    agencies: c.agencies,
    passages: c.passages,
    years: c.years.join(";"),
    first_year: c.firstYear,
    first_report: c.firstReport,
    source: c.source.id,
    start: c.source.start,
    end: c.source.end,
    prototype: c.prototype,
  }));
}

/** One row per report: overall counts and the boilerplate share of each section (null when unknown). */
export function reuseShareRows(result: Pick<ReuseResult, "shares">): ReuseRow[] {
  return result.shares.map((s) => {
    const row: ReuseRow = {
      id: s.id,
      agency_id: s.agency_id,
      year: s.year,
      chars: s.chars,
      mandated: s.mandated,
      self: s.self,
      shared: s.shared,
      own: s.own,
      boilerplate: round(s.boilerplate),
    };
    for (const k of SECTION_KEYS) row[`${k}_boilerplate`] = round(s.sections?.[k]?.boilerplate ?? null);
    return row;
  });
}

/** One row per agency and year: the share of the issues section (and report) reused from earlier years. */
export function reuseSelfRows(result: Pick<ReuseResult, "selfReuse">): ReuseRow[] {
  return result.selfReuse.map((r) => ({
    agency_id: r.agency_id,
    year: r.year,
    id: r.id,
    previous: r.previous.join(";"),
    issues_chars: r.issuesChars,
    issues_reused: r.issuesReused,
    issues_share: round(r.issuesShare),
    report_share: round(r.reportShare),
  }));
}

/** One row per classified span (mandated / self / shared). */
export function reuseSpanRows(result: Pick<ReuseResult, "spans">): ReuseRow[] {
  return result.spans.map((s) => ({ id: s.id, start: s.start, end: s.end, kind: s.kind }));
}

/** Rows as JSON Lines (one object per line, trailing newline; empty string for no rows). */
export function reuseRowsToJsonLines(rows: readonly ReuseRow[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join("");
}

function csvCell(v: string | number | boolean | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The columns of each row kind, so that a file without rows still has its header. */
export const REUSE_COLUMNS = {
  passages: [
    "a",
    "a_start",
    "a_end",
    "b",
    "b_start",
    "b_end",
    "length",
    "identity",
    "kind",
    "cluster",
    "a_text",
    "b_text",
  ],
  clusters: [
    "cluster",
    "kind",
    "reports",
    "agencies",
    "passages",
    "years",
    "first_year",
    "first_report",
    "source",
    "start",
    "end",
    "prototype",
  ],
  shares: [
    "id",
    "agency_id",
    "year",
    "chars",
    "mandated",
    "self",
    "shared",
    "own",
    "boilerplate",
    ...SECTION_KEYS.map((k) => `${k}_boilerplate`),
  ],
  selfReuse: ["agency_id", "year", "id", "previous", "issues_chars", "issues_reused", "issues_share", "report_share"],
  spans: ["id", "start", "end", "kind"],
} as const;

/**
 * Rows as CSV (RFC 4180 quoting, `\n` line ends). `null` is an empty cell. The header is
 * `columns` when given, else the first row's keys (no rows and no columns: empty string).
 * @example reuseRowsToCsv([{a: 1, b: "x,y"}]) // "a,b\n1,\"x,y\"\n"
 */
export function reuseRowsToCsv(rows: readonly ReuseRow[], columns?: readonly string[]): string {
  const first = rows[0];
  const cols = columns ?? (first === undefined ? [] : Object.keys(first));
  if (cols.length === 0) return "";
  const lines = [cols.join(",")];
  for (const r of rows) lines.push(cols.map((c) => csvCell(r[c] ?? null)).join(","));
  return `${lines.join("\n")}\n`;
}
