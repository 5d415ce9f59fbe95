/**
 * `parseTables`: tables 2, 3 and 4 of the national format, read from the normalised text
 * in any layout (cell per line, tab, pipe, Markdown, HTML/DOCX grid rows, PDF text,
 * space-separated, flattened), with recovery through the identities of `rules`.
 */
import { describe, InvalidInputError, InvalidOptionError } from "../errors.js";
import { type TableTemplate, tableRows, tableTemplateOf } from "../rules/index.js";
import type { Diagnostic, Fact, GridTable, ParsedTable, Sections, TableKey, Tables, Template } from "../types.js";
import { type Context, emptyTable, finish, missingTable } from "./finish.js";
import { gridRows } from "./grid.js";
import { labelRegex, spacedWord } from "./labels.js";
import {
  FORMAT_2021_MARKERS,
  type LabelDef,
  PROACTIVE_HEADERS,
  PROACTIVE_LABELS,
  REQUEST_LABELS,
  TRIAL_MARKERS,
} from "./lexicon.js";
import { locateTables } from "./locate.js";
import { readRows, type Span2 } from "./read-rows.js";
import { parseReview } from "./review.js";
import { maskSpans, pageArtifacts } from "./values.js";

/** Options of `parseTables`. */
export interface ParseTablesOptions {
  /** The report's template from metadata; `unknown` (default) detects it from the labels. */
  readonly template?: Template;
  /** Tables the source delivered with structure (their text is also in `text`). */
  readonly grids?: readonly GridTable[];
  /** Figures stated in prose; used to break ties where the identities cannot (table 2). */
  readonly facts?: readonly Fact[];
}

/** Result of `parseTables`. */
export interface ParseTablesResult {
  readonly tables: Tables;
  readonly diagnostics: Diagnostic[];
}

const TEMPLATES: readonly Template[] = ["2021", "2019", "legacy", "unknown"];
const TABLE_KEYS: readonly TableKey[] = ["proactive", "requests", "review"];

function validate(text: unknown, sections: unknown, options: ParseTablesOptions): void {
  if (typeof text !== "string") throw new InvalidInputError(`tables: text; expected a string, found ${describe(text)}`);
  if (sections !== null && (typeof sections !== "object" || sections === undefined)) {
    throw new InvalidInputError(`tables: sections; expected Sections or null, found ${describe(sections)}`);
  }
  if (options.template !== undefined && !TEMPLATES.includes(options.template)) {
    throw new InvalidOptionError(
      `tables: option template; expected one of ${TEMPLATES.join(", ")}, found ${describe(options.template)}`,
    );
  }
}

/**
 * Parse tables 2, 3 and 4 of a report. A legacy template gives `not_applicable` tables;
 * 2021, 2019 and unknown are parsed (unknown: the format is detected from the labels).
 * Works with `sections` null or wrong: each table is found by its own anchors.
 * @param text the normalised, simplified text (`IngestedDoc.text`)
 * @param sections the section spans, or null
 * @throws InvalidInputError when `text` is not a string; InvalidOptionError on an unknown template
 * @example parseTables("…规章\t0\t0\t0…", null).tables.proactive.cells["rules.issued"]
 */
export function parseTables(
  text: string,
  sections: Sections | null,
  options: ParseTablesOptions = {},
): ParseTablesResult {
  validate(text, sections, options);
  const template = options.template ?? "unknown";
  if (template === "legacy") {
    const na = (k: TableKey) => emptyTable(k, null, "not_applicable");
    return { tables: { proactive: na("proactive"), requests: na("requests"), review: na("review") }, diagnostics: [] };
  }
  const masked = maskSpans(text, pageArtifacts(text));
  const regions = locateTables(masked, sections);
  const facts = options.facts ?? [];
  const ctx: Context = { text, masked, grids: options.grids ?? [], facts };
  const hint = template === "2019" || template === "2021" ? template : null;
  const proactive = regions.proactive ? parseProactive(ctx, regions.proactive, hint) : null;
  const t3Template = regions.requests
    ? requestsTemplate(masked, regions.requests, hint ?? proactive?.template ?? null)
    : (hint ?? proactive?.template ?? "2021");
  const requests = regions.requests ? parseRequests(ctx, regions.requests, t3Template) : null;
  const review = regions.review ? parseReview(ctx, regions.review, t3Template) : null;
  const tables: Tables = {
    proactive: proactive?.table ?? missingTable("proactive", hint ?? t3Template),
    requests: requests ?? missingTable("requests", t3Template),
    review: review ?? missingTable("review", t3Template),
  };
  const diagnostics = TABLE_KEYS.flatMap((k) => tables[k].diagnostics);
  return { tables, diagnostics };
}

function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => new RegExp(spacedWord(w), "u").test(text));
}

function proactiveTemplate(region: string, hint: TableTemplate | null): TableTemplate {
  if (hasAny(region, TRIAL_MARKERS)) return "2019";
  if (hasAny(region, FORMAT_2021_MARKERS)) return "2021";
  return hint ?? "2021";
}

function requestsTemplate(masked: string, r: Span2, hint: TableTemplate | null): TableTemplate {
  const region = masked.slice(r.start, r.end);
  if (hasAny(region, ["不补正", "缴纳费用", "收费通知"])) return "2021";
  if (hint) return hint;
  return hasAny(region, ["其他处理"]) ? "2019" : "2021";
}

/** Header spans of table 2 (column headers, 第二十条 anchors), extended over a parenthesis. */
function headerSpans(masked: string, r: Span2): Span2[] {
  const out: Span2[] = [];
  const region = masked.slice(r.start, r.end);
  for (const def of PROACTIVE_HEADERS) {
    for (const m of region.matchAll(labelRegex(def))) {
      const start = r.start + (m.index ?? 0);
      let end = start + m[0].length;
      const rest = /^[\s]*[（(][^（()）]{0,60}[）)]/u.exec(masked.slice(end, Math.min(r.end, end + 80)));
      if (rest) end += rest[0].length;
      out.push({ start, end });
    }
  }
  return out;
}

function parseProactive(
  ctx: Context,
  r: Span2,
  hint: TableTemplate | null,
): { table: ParsedTable; template: TableTemplate } {
  const template = proactiveTemplate(ctx.masked.slice(r.start, r.end), hint);
  const masked = maskSpans(ctx.masked, headerSpans(ctx.masked, r));
  const shapes = tableRows("proactive", template);
  const defs = PROACTIVE_LABELS.filter((d) => shapes.some((s) => s.row === d.row));
  const plans = shapes.map((s) => ({ row: s.row, keys: s.cells, defIndex: defs.findIndex((d) => d.row === s.row) }));
  const read = readRows(masked, gridRows(ctx.text, ctx.grids, r), r, defs, plans, null);
  if (read.found === 0) return { table: missingTable("proactive", template), template };
  return { table: finish(ctx, "proactive", template, r, read, null), template };
}

function requestDefs(template: TableTemplate): LabelDef[] {
  if (template === "2019") return REQUEST_LABELS.filter((d) => !d.row?.startsWith("other."));
  return REQUEST_LABELS.map((d) => (d.row === "other" ? { ...d, row: null } : d));
}

function parseRequests(ctx: Context, r: Span2, template: TableTemplate): ParsedTable {
  const defs = requestDefs(template);
  const shapes = tableRows("requests", template);
  const plans = shapes.map((s) => ({ row: s.row, keys: s.cells, defIndex: defs.findIndex((d) => d.row === s.row) }));
  const read = readRows(ctx.masked, gridRows(ctx.text, ctx.grids, r), r, defs, plans, 6);
  if (read.found === 0) return missingTable("requests", template);
  const withValues = read.rows.filter((row) => row.tokens.length > 0).length;
  const totalOnly = read.totalOnly > 0 && read.totalOnly * 2 >= withValues;
  const table = finish(ctx, "requests", template, r, read, null);
  if (!totalOnly) return table;
  const note: Diagnostic = {
    code: "tables.total_only",
    severity: "info",
    message: `table requests: ${read.totalOnly} row(s) print one value, read as the row total`,
    offset: r.start,
  };
  return { ...table, status: "total_only", diagnostics: [...table.diagnostics, note] };
}

/** Template of the tables a result holds (for callers that need it). */
export function tablesTemplate(tables: Tables): TableTemplate | null {
  return tableTemplateOf(tables.requests.template);
}
