/** CSV writing: RFC 4180 quoting, optional UTF-8 BOM, spreadsheet formula neutralisation. */

/** A cell of a tidy row. */
export type Scalar = string | number | boolean | null;
export type Row = Readonly<Record<string, Scalar>>;

/** A column of a tidy table: name, type and meaning (the codebook is generated from these). */
export interface Column {
  readonly name: string;
  readonly type: "string" | "integer" | "double" | "boolean";
  readonly en: string;
  readonly zh: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that would start a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading
 * apostrophe, so that Excel and LibreOffice show it as text (formula injection, OWASP).
 * Only applied to string values; numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function field(value: Scalar): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return quote(neutraliseFormula(value));
}

/** The CSV header line (with a UTF-8 byte order mark when `bom`), ending in CRLF. */
export function csvHeader(columns: readonly Column[], { bom = true } = {}): string {
  return `${bom ? "\uFEFF" : ""}${columns.map((c) => quote(c.name)).join(",")}\r\n`;
}

/** One CSV line for `row` with the given columns, ending in CRLF. */
export function csvRow(row: Row, columns: readonly Column[]): string {
  return `${columns.map((c) => field(row[c.name] ?? null)).join(",")}\r\n`;
}

/**
 * Serialise rows as CSV with the given columns, in order. `null` is an empty field.
 * @param bom prefix a UTF-8 byte order mark so that Excel reads Chinese correctly (default true)
 */
export function toCSV(rows: Iterable<Row>, columns: readonly Column[], { bom = true } = {}): string {
  let out = csvHeader(columns, { bom });
  for (const row of rows) out += csvRow(row, columns);
  return out;
}
