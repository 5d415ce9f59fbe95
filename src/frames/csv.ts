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

/**
 * Serialise rows as CSV with the given columns, in order. `null` is an empty field.
 * @param bom prefix a UTF-8 byte order mark so that Excel reads Chinese correctly (default true)
 */
export function toCSV(rows: readonly Row[], columns: readonly Column[], { bom = true } = {}): string {
  const lines = [columns.map((c) => quote(c.name)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(row[c.name] ?? null)).join(","));
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
