/**
 * Finding a legacy statistics table: its header (指标名称 · 计量单位 · 2013年度 · 历年累计), the
 * value columns the header names in printed order, and the end of the part of the text that may
 * hold its rows (the first sentence after it). A title (政府信息公开情况统计表) alone is not a table:
 * the same words name the table in the report's preamble.
 */
import type { LegacyColumnInfo, Span } from "../../types.js";
import { LEGACY_HEADERS, type LegacyHeaderWord } from "./lexicon.js";

/** A located table: where its header starts and ends, and its columns. */
export interface LocatedLegacyTable {
  readonly start: number;
  /** End of the header: the rows start here. */
  readonly headerEnd: number;
  /** Value columns in printed order. */
  readonly columns: readonly LegacyColumnInfo[];
  /** Non-value columns the header prints between the label and the values (计量单位, 代码). */
  readonly unitColumn: boolean;
  readonly codeColumn: boolean;
  /** Where the rows may end at the latest (the first sentence punctuation or long run of prose). */
  readonly limit: number;
}

interface HeaderHit {
  readonly kind: LegacyHeaderWord["kind"];
  readonly start: number;
  readonly end: number;
}

const sticky = new Map<string, RegExp>();

function stickyRegex(source: string): RegExp {
  let re = sticky.get(source);
  if (!re) {
    re = new RegExp(source, "uy");
    sticky.set(source, re);
  }
  return re;
}

/** The header word that starts exactly at `at` (the longest), or null. */
function headerAt(text: string, at: number): HeaderHit | null {
  let best: HeaderHit | null = null;
  for (const word of LEGACY_HEADERS) {
    const re = stickyRegex(word.pattern);
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && (best === null || m[0].length > best.end - best.start)) {
      best = { kind: word.kind, start: at, end: at + m[0].length };
    }
  }
  return best;
}

const SEPARATOR = /[\s|｜:：]/u;

/** The run of header words starting at `at`, separated by white space or cell separators only. */
function headerRun(text: string, at: number): HeaderHit[] {
  const out: HeaderHit[] = [];
  let i = at;
  for (;;) {
    let j = i;
    while (j < text.length && j - i <= 8 && SEPARATOR.test(text[j] ?? "")) j++;
    const hit = headerAt(text, j);
    if (!hit) return out;
    out.push(hit);
    i = hit.end;
  }
}

const START = new RegExp(LEGACY_HEADERS.map((h) => `(?:${h.pattern})`).join("|"), "gu");

/** Where the prose after `from` starts: sentence punctuation, or 40 characters without a digit. */
function proseLimit(text: string, from: number): number {
  const m = /[。；;！？!?]|[^0-9０-９\s]{40}/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function columnsOf(text: string, run: readonly HeaderHit[]): LegacyColumnInfo[] {
  const out: LegacyColumnInfo[] = [];
  for (const hit of run) {
    if (hit.kind !== "year" && hit.kind !== "cumulative" && hit.kind !== "period") continue;
    if (out.some((c) => c.column === hit.kind)) continue;
    const header = text.slice(hit.start, hit.end);
    const year = /((?:19|20)[0-9]{2})/u.exec(header.replace(/\s+/gu, ""));
    const span: Span = { start: hit.start, end: hit.end };
    out.push({ column: hit.kind, header, span, year: year ? Number(year[1]) : null });
  }
  return out;
}

/**
 * Find the first legacy table header at or after `from`: a run of header words that names at least
 * one value column and also the row label, the unit or a second value column (so that a year in a
 * sentence, 2013年度, is not a header).
 * @returns the table, or null when the text has no such header
 */
export function locateLegacyTable(text: string, from = 0): LocatedLegacyTable | null {
  START.lastIndex = from;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const run = headerRun(text, m.index);
    const columns = columnsOf(text, run);
    const others = run.filter((h) => h.kind === "label" || h.kind === "unit").length;
    if (columns.length === 0 || columns.length + others < 2) {
      START.lastIndex = m.index + Math.max(1, m[0].length);
      continue;
    }
    const headerEnd = run[run.length - 1]!.end;
    return {
      start: run[0]!.start,
      headerEnd,
      columns,
      unitColumn: run.some((h) => h.kind === "unit"),
      codeColumn: run.some((h) => h.kind === "code"),
      limit: proseLimit(text, headerEnd),
    };
  }
  return null;
}
