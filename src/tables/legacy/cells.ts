/**
 * The values of each legacy row and every way to read them into the table's columns. A row's values
 * lie between its label (and unit) and the next row's label. Cells printed apart are read one token
 * per column; digits run together (`条18535395`) are split into the columns without leading zeros,
 * every split a reading (the enumeration of `../rows.ts`, shared with the national tables); a row
 * that prints fewer values than columns is placed every way. A numbering whose digits ran into the
 * values (`条171350172.政府公报公开`) takes the number that continues its list (2 after 1); when
 * none fits, each possible length is a reading of its own.
 */
import type { Diagnostic, LegacyColumnInfo, Span } from "../../types.js";
import { type CellSource, rowReadings } from "../rows.js";
import { asciiDigits, type ValueToken } from "../values.js";
import type { FoundLegacyLabel } from "./labels.js";
import { LEGACY_BLANKS, LEGACY_UNITS } from "./lexicon.js";

/** Where one cell of a reading comes from. */
export interface ReadingCell {
  /** `token`: a value printed apart; `part`: part of a run of digits; `blank`: printed empty; `missing`: not printed. */
  readonly kind: "token" | "part" | "blank" | "missing";
  readonly span: Span | null;
}

/** One way to read a row into the table's columns. */
export interface LegacyReading {
  readonly values: readonly (number | null)[];
  readonly cells: readonly ReadingCell[];
}

/** A row with its nesting and its readings. */
export interface BuiltRow {
  readonly label: FoundLegacyLabel;
  readonly text: string;
  readonly level: number;
  readonly parent: string | null;
  readonly readings: readonly LegacyReading[];
  /** Values were printed (some token), as opposed to a label alone. */
  readonly printed: boolean;
  /** Digits ran together in this row. */
  readonly flattened: boolean;
}

const SEP = /[\s|｜\u3000]/u;
const HAN = /\p{Script=Han}/u;

function numberToken(raw: string, start: number): ValueToken {
  const plain = raw.replace(/[,，]/gu, "");
  const [int = "", dec] = plain.split(".");
  return {
    kind: "number",
    raw,
    start,
    end: start + raw.length,
    value: Number(plain),
    digits: int,
    decimal: dec === undefined ? "" : `.${dec}`,
    signed: false,
  };
}

function blankToken(raw: string, start: number): ValueToken {
  return { kind: "blank", raw, start, end: start + raw.length, value: null, digits: "", decimal: "", signed: false };
}

/** Tokens of a value region: numbers, blank markers; a unit printed apart; where other words start. */
interface RegionTokens {
  readonly tokens: ValueToken[];
  readonly unit: string | null;
  /** Start of words that are neither a unit nor a blank marker, after the values (the rest is not this row's). */
  readonly rest: number | null;
}

const PIECE = /([0-9]{1,3}(?:[,，][0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)|([^0-9\s|｜\u3000]+)/gu;

function regionTokens(ascii: string, start: number, end: number): RegionTokens {
  const tokens: ValueToken[] = [];
  let unit: string | null = null;
  const slice = ascii.slice(start, end);
  const cellSeparated = /[\t|｜]/u.test(slice);
  PIECE.lastIndex = 0;
  let lastEnd = 0;
  let wrapped = 0;
  for (let m = PIECE.exec(slice); m !== null; m = PIECE.exec(slice)) {
    const at = start + m.index;
    if (cellSeparated && tokens.length > 0) {
      const between = slice.slice(lastEnd, m.index);
      const empties = (between.match(/[\t|｜][ \u3000]*(?=[\t|｜])/gu) ?? []).length;
      for (let e = 0; e < empties; e++) tokens.push(blankToken("", start + lastEnd));
    }
    lastEnd = m.index + m[0].length;
    if (m[1] !== undefined) {
      tokens.push(numberToken(m[1], at));
      continue;
    }
    const word = m[2] ?? "";
    if (LEGACY_BLANKS.includes(word)) {
      tokens.push(blankToken(word, at));
      continue;
    }
    const u = LEGACY_UNITS.find((x) => word === x) ?? (tokens.length === 0 ? LEGACY_UNITS.find((x) => word.endsWith(x)) : undefined);
    if (u !== undefined && unit === null) {
      unit = u;
      continue;
    }
    // Short words before any value wrap the label (主动公开 信息数 条 425); words after the values are not this row's.
    if (tokens.length === 0 && (wrapped += word.length) <= 12) continue;
    if (HAN.test(word)) return { tokens, unit, rest: at };
  }
  return { tokens, unit, rest: null };
}

/** Style stack: the level of each row from its numbering and 其中 (a new style nests under the row before). */
function levels(labels: readonly FoundLegacyLabel[]): number[] {
  const stack: string[] = [];
  const out: number[] = [];
  labels.forEach((l, i) => {
    let level: number;
    if (l.qizhong) {
      level = i > 0 ? out[i - 1]! + 1 : 0;
      stack.length = level;
      stack[level] = l.enumerator?.style ?? `qizhong:${i}`;
    } else {
      const key = l.enumerator?.style ?? "none";
      const idx = stack.lastIndexOf(key);
      level = idx >= 0 ? idx : stack.length;
      stack.length = level;
      stack[level] = key;
    }
    out.push(level);
  });
  return out;
}

/** The nearest row above with a lower level, for each row (its concept, or null). */
function parents(labels: readonly FoundLegacyLabel[], lv: readonly number[]): (string | null)[] {
  return labels.map((_, i) => {
    for (let j = i - 1; j >= 0; j--) if (lv[j]! < lv[i]!) return labels[j]!.concept;
    return null;
  });
}

/**
 * For each row, the possible ends of its value region: the next label's start, or, when the next
 * label's numbering ran into these values, one end per possible length of that numbering.
 */
function regionEnds(
  ascii: string,
  labels: readonly FoundLegacyLabel[],
  lv: readonly number[],
  limit: number,
  diagnostics: Diagnostic[],
): { ends: number[][]; starts: number[] } {
  const last = new Map<number, number | null>();
  const ends: number[][] = labels.map((_, k) => [labels[k + 1]?.span.start ?? limit]);
  const starts = labels.map((l) => l.span.start);
  labels.forEach((l, k) => {
    const level = lv[k]!;
    for (const key of [...last.keys()]) if (key > level) last.delete(key);
    if (l.qizhong) last.delete(level);
    const e = l.enumerator;
    if (e?.style !== "arabic") {
      if (e === null) last.delete(level);
      return;
    }
    if (e.number !== null || e.digits === null) {
      last.set(level, e.number);
      return;
    }
    const digits = ascii.slice(e.digits.start, e.digits.end);
    const prev = last.get(level);
    const expected = prev === undefined ? 1 : prev === null ? null : prev + 1;
    const lengths = [1, 2].filter((n) => n <= digits.length && digits[digits.length - n] !== "0");
    const fits = lengths.filter((n) => Number(digits.slice(-n)) === expected);
    const chosen = fits.length > 0 ? fits : lengths;
    if (fits.length === 0) {
      diagnostics.push({
        code: "legacy.numbering",
        severity: "info",
        message: `row numbering before «${ascii.slice(e.digits.end, l.span.end)}» runs into the values (${digits}.); expected ${expected ?? "an unknown number"}, found none that fits: each length is read`,
        offset: e.digits.start,
      });
    }
    last.set(level, chosen.length === 1 ? Number(digits.slice(-chosen[0]!)) : null);
    if (k > 0) ends[k - 1] = chosen.map((n) => e.digits!.end - n);
    starts[k] = e.digits.end - Math.min(...chosen);
  });
  return { ends, starts };
}

function toReadings(tokens: readonly ValueToken[], n: number, flattened: boolean): LegacyReading[] {
  if (tokens.length === 0) {
    return [{ values: new Array(n).fill(null), cells: new Array(n).fill({ kind: "missing", span: null }) }];
  }
  const rr = rowReadings(tokens, n, flattened, null);
  const cell = (s: CellSource): ReadingCell => {
    if (s.kind === "missing") return { kind: "missing", span: null };
    const t = tokens[s.token]!;
    if (t.kind === "blank") return { kind: "blank", span: { start: t.start, end: t.end } };
    if (s.kind === "part") return { kind: "part", span: { start: s.start, end: s.end } };
    return { kind: "token", span: { start: t.start, end: t.end } };
  };
  return rr.readings.map((r) => ({ values: r.values, cells: r.sources.map(cell) }));
}

/** The rows of a table, their levels, parents and readings, and where the table ends. */
export function buildRows(
  text: string,
  labels: readonly FoundLegacyLabel[],
  columns: readonly LegacyColumnInfo[],
  options: { limit: number; codeColumn: boolean },
): { rows: BuiltRow[]; end: number; diagnostics: Diagnostic[] } {
  const ascii = asciiDigits(text);
  const diagnostics: Diagnostic[] = [];
  const lv = levels(labels);
  const par = parents(labels, lv);
  const { ends, starts } = regionEnds(ascii, labels, lv, options.limit, diagnostics);
  const n = columns.length;
  let tableEnd = labels[0]?.span.start ?? options.limit;
  const rows: BuiltRow[] = labels.map((label, k) => {
    const readings: LegacyReading[] = [];
    let unit = label.unit;
    let printed = false;
    let flattened = false;
    for (const end of ends[k]!) {
      const region = regionTokens(ascii, label.valuesStart, end);
      const tokens = options.codeColumn && region.tokens.length > n ? region.tokens.slice(1) : region.tokens;
      unit ??= region.unit;
      const glued = tokens.some((t) => t.kind === "number" && !SEP.test(ascii[t.start - 1] ?? " "));
      flattened ||= glued;
      printed ||= tokens.length > 0;
      if (region.rest !== null && k === labels.length - 1) tableEnd = Math.max(tableEnd, region.rest);
      else tableEnd = Math.max(tableEnd, tokens[tokens.length - 1]?.end ?? label.valuesStart);
      if (region.rest !== null && k < labels.length - 1) {
        diagnostics.push({
          code: "legacy.unplaced_text",
          severity: "warning",
          message: `row ${label.concept}: words after its values are no row of the vocabulary and are not read: «${text.slice(region.rest, Math.min(end, region.rest + 30))}»`,
          offset: region.rest,
        });
      }
      for (const r of toReadings(tokens, n, glued)) readings.push(r);
    }
    const span = { start: starts[k]!, end: label.span.end };
    return {
      label: { ...label, span, unit },
      text: text.slice(span.start, span.end),
      level: lv[k]!,
      parent: par[k]!,
      readings,
      printed,
      flattened,
    };
  });
  return { rows: trimTrailing(rows), end: tableEnd, diagnostics };
}

/** Rows after the last row that prints a value are prose that happened to hold a label word. */
function trimTrailing(rows: BuiltRow[]): BuiltRow[] {
  let last = rows.length - 1;
  while (last >= 0 && !rows[last]!.printed) last--;
  return rows.slice(0, last + 1);
}
