/**
 * `parseTables`: tables 2, 3 and 4 of the national format, read from the normalised text
 * in any layout (cell per line, tab, pipe, Markdown, HTML/DOCX grid rows, PDF text,
 * space-separated, flattened), with recovery through the identities of `rules`.
 */
import { describe, InvalidInputError, InvalidOptionError } from "../errors.js";
import {
  tableFactTarget as factTarget,
  type TableIdentity as Identity,
  identitiesFor,
  type TableTemplate,
  tableCellKeys,
  tableRows,
  tableTemplateOf,
} from "../rules/index.js";
import type {
  Cell,
  Diagnostic,
  Fact,
  GridTable,
  ParsedTable,
  Sections,
  TableKey,
  TableStatus,
  Tables,
  Template,
} from "../types.js";
import { appendAll } from "../util/arrays.js";
import { type GridRow, gridRows, gridValueRow, labelLineCells, lineCells } from "./grid.js";
import { findLabels, labelRegex, spacedWord } from "./labels.js";
import {
  FORMAT_2021_MARKERS,
  type LabelDef,
  PROACTIVE_HEADERS,
  PROACTIVE_LABELS,
  REQUEST_LABELS,
  REVIEW_HEADERS,
  TRIAL_MARKERS,
} from "./lexicon.js";
import { locateTables } from "./locate.js";
import { type RowReadings, rowReadings } from "./rows.js";
import { type FactConstraint, type SolveRow, solveTable } from "./solve.js";
import { cutAtProse, maskSpans, pageArtifacts, tokenizeValues, type ValueToken } from "./values.js";

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

function emptyTable(key: TableKey, template: TableTemplate | null, status: TableStatus): ParsedTable {
  const cells: Record<string, Cell> = {};
  if (template !== null) {
    for (const k of tableCellKeys(key, template)) cells[k] = { value: null, status: "missing", raw: null, span: null };
  }
  return { key, status, template: template ?? "legacy", layout: null, span: null, cells, diagnostics: [] };
}

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

interface Context {
  readonly text: string;
  readonly masked: string;
  readonly grids: readonly GridTable[];
  readonly facts: readonly Fact[];
}

function missingTable(key: TableKey, template: TableTemplate): ParsedTable {
  const t = emptyTable(key, template, "missing");
  const diagnostic: Diagnostic = {
    code: "tables.missing",
    severity: "warning",
    message: `table ${key}: expected its anchor words (e.g. ${key === "proactive" ? "第二十条第（一）项" : key === "requests" ? "本年新收政府信息公开申请数量" : "行政复议 … 结果维持"}), found none`,
  };
  return { ...t, diagnostics: [diagnostic] };
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

type Span2 = { start: number; end: number };

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

interface RowPlan {
  readonly row: string;
  readonly keys: readonly string[];
  readonly defIndex: number;
}

/** Read the rows of a table given its label definitions and the rows the template prints. */
function readRows(
  masked: string,
  grid: readonly GridRow[],
  r: Span2,
  defs: readonly LabelDef[],
  plans: readonly RowPlan[],
  totalIndex: number | null,
): { rows: SolveRow[]; diagnostics: Diagnostic[]; totalOnly: number; flattened: boolean; found: number } {
  const labels = findLabels(masked, defs, r.start, r.end);
  const diagnostics: Diagnostic[] = [];
  const regions = new Map<number, Span2>();
  labels.forEach((l, k) => {
    const next = labels[k + 1];
    regions.set(l.index, { start: l.end, end: next ? next.start : cutAtProse(masked, l.end, r.end) });
  });
  const tokens = new Map<number, ValueToken[]>();
  for (const [index, span] of regions) tokens.set(index, tokenizeValues(masked, span.start, span.end));
  // A tab/pipe table whose every row line holds exactly its cells after the label kept every
  // cell: read it by position, so that an empty first cell is a blank. One row line with a
  // different count (a spacer column, a lost cell) and no row is read so.
  const positional = new Map<number, ValueToken[]>();
  let mismatch = false;
  for (const l of labels) {
    const n = plans.find((p) => p.defIndex === l.index)?.keys.length;
    const span = regions.get(l.index);
    if (n === undefined || !span) continue;
    const line = labelLineCells(masked, span.start, span.end, n);
    if (line === "mismatch") mismatch = true;
    else if (line !== "off") positional.set(l.index, line);
  }
  if (!mismatch && positional.size >= 2) for (const [index, line] of positional) tokens.set(index, line);
  for (const l of labels) {
    const g = grid.find((row) => row.label.start < l.end && row.label.end > l.start);
    const n = plans.find((p) => p.defIndex === l.index)?.keys.length;
    if (g && g.tokens.length === n) tokens.set(l.index, g.tokens);
  }
  for (const l of labels) {
    const stray = l.row === null ? (tokens.get(l.index) ?? []) : [];
    if (stray.length === 0) continue;
    const printed = stray.map((t) => t.raw).join(" ");
    diagnostics.push({
      code: "tables.stray_values",
      severity: "warning",
      message: `values after a group or header label hold no cell and are not used: ${printed}`,
      offset: stray[0]!.start,
    });
  }
  const flattened = isFlattened(masked, r, [...regions.values()]);
  let totalOnly = 0;
  const rows = plans.map((plan): SolveRow => {
    const span = regions.get(plan.defIndex);
    const n = plan.keys.length;
    if (!span) {
      diagnostics.push({
        code: "tables.row_missing",
        severity: "warning",
        message: `row ${plan.row}: expected its label, found none`,
        offset: r.start,
      });
      return { keys: plan.keys, tokens: [], readings: none(n), found: false, blank: false };
    }
    const toks = tokens.get(plan.defIndex) ?? [];
    for (const t of toks.filter((x) => x.kind === "unreadable")) {
      diagnostics.push({
        code: "tables.unreadable",
        severity: "warning",
        message: `row ${plan.row}: a cell reads «${t.raw}», expected a number or a blank marker`,
        offset: t.start,
      });
    }
    if (toks.length === 0) return { keys: plan.keys, tokens: toks, readings: none(n), found: true, blank: true };
    const single = toks.length === 1 && onCellLine(masked, toks[0]!.start, n);
    const readings = plausible(rowReadings(toks, n, flattened, single ? null : totalIndex), plan.keys);
    if (readings.totalOnly) totalOnly++;
    noteRow(diagnostics, plan.row, toks, n, readings.readings.length, readings.boundHit, readings.surplus);
    return { keys: plan.keys, tokens: toks, readings, found: true, blank: false };
  });
  return { rows, diagnostics, totalOnly, flattened, found: labels.filter((l) => l.row !== null).length };
}

/** True when the value at `at` sits on a line of at least `n` tab/pipe-separated cells (its column is printed). */
function onCellLine(text: string, at: number, n: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  return (text.slice(start, end).match(/[\t|｜]/gu)?.length ?? 0) >= n - 1;
}

/** Drop readings with a negative count (only `*.change` may be negative), unless none is left. */
function plausible(readings: RowReadings, keys: readonly string[]): RowReadings {
  const ok = readings.readings.filter((r) =>
    r.values.every((v, i) => v === null || v >= 0 || keys[i]?.endsWith(".change")),
  );
  return ok.length > 0 && ok.length < readings.readings.length ? { ...readings, readings: ok } : readings;
}

function none(n: number) {
  const values = new Array<number | null>(n).fill(null);
  const sources = values.map(() => ({ kind: "missing" as const }));
  return { readings: [{ values, sources }], totalOnly: false, boundHit: false, surplus: 0 };
}

function noteRow(
  out: Diagnostic[],
  row: string,
  toks: readonly ValueToken[],
  n: number,
  count: number,
  boundHit: boolean,
  surplus: number,
): void {
  const at = toks[0]?.start;
  const printed = toks.map((t) => t.raw).join(" ");
  if (boundHit || count === 0) {
    out.push({
      code: "tables.unplaced_values",
      severity: "warning",
      message: `row ${row}: ${toks.length} value(s) printed for ${n} cells (${printed}); too many ways to place them, cells left empty`,
      ...(at !== undefined ? { offset: at } : {}),
    });
  } else if (surplus > 0) {
    out.push({
      code: "tables.surplus_values",
      severity: "warning",
      message: `row ${row}: expected ${n} values, found ${toks.length} (${printed})`,
      ...(at !== undefined ? { offset: at } : {}),
    });
  } else if (toks.length < n && count > 1) {
    out.push({
      code: "tables.short_row",
      severity: "info",
      message: `row ${row}: expected ${n} values, found ${toks.length} (${printed}); placed by the identities where they decide`,
      ...(at !== undefined ? { offset: at } : {}),
    });
  }
}

/** A table is flattened when its text has no line, tab or pipe breaks, or values touch their labels. */
function isFlattened(masked: string, r: Span2, regions: readonly Span2[]): boolean {
  const withValues = regions.filter((s) => /\d/u.test(masked.slice(s.start, s.end)));
  if (withValues.length === 0) return false;
  if (!/[\n\t|]/u.test(masked.slice(r.start, r.end))) return true;
  const touching = withValues.filter((s) => /^[0-9０-９]/u.test(masked.slice(s.start, s.start + 1))).length;
  return touching * 3 >= withValues.length && touching >= 2;
}

function layoutName(ctx: Context, r: Span2, flattened: boolean): string {
  if (flattened) return "flattened";
  if (ctx.grids.some((g) => g.span.start < r.end && g.span.end > r.start)) return "grid";
  const region = ctx.masked.slice(r.start, r.end);
  if (/\|\s*:?-{3,}/u.test(region)) return "markdown";
  if (region.includes("|")) return "pipe";
  if (region.includes("\t")) return "tab";
  const lines = region.split("\n").filter((l) => /\d/u.test(l));
  const multi = lines.filter((l) => /\d\s+[\d—\-/无]/u.test(l.trim())).length;
  return multi * 2 >= lines.length ? "space" : "cell-per-line";
}

function factConstraints(facts: readonly Fact[], key: TableKey, template: TableTemplate): FactConstraint[] {
  const out: FactConstraint[] = [];
  for (const f of facts) {
    const target = factTarget(f.subject, template);
    if (target && target.table === key) out.push({ rule: `facts.${f.subject}`, cells: target.cells, value: f.value });
  }
  return out;
}

const identityCache = new Map<string, readonly Identity[]>();

/** The identities of one table (cached per template: the same array each time). */
function tableIdentities(template: TableTemplate, key: TableKey): readonly Identity[] {
  const id = `${template}/${key}`;
  let ids = identityCache.get(id);
  if (!ids) {
    ids = identitiesFor(template).filter((i) => i.table === key);
    identityCache.set(id, ids);
  }
  return ids;
}

function finish(
  ctx: Context,
  key: TableKey,
  template: TableTemplate,
  r: Span2,
  read: { rows: SolveRow[]; diagnostics: Diagnostic[]; flattened: boolean },
  statusHint: TableStatus | null,
): ParsedTable {
  const ids = tableIdentities(template, key);
  const solved = solveTable(read.rows, ids, factConstraints(ctx.facts, key, template), ctx.text);
  const cells = solved.cells;
  const diagnostics = [...read.diagnostics, ...solved.diagnostics];
  const ambiguous = Object.keys(cells).filter((k) => cells[k]?.status === "ambiguous");
  if (ambiguous.length > 0) {
    diagnostics.push({
      code: "tables.ambiguous",
      severity: "warning",
      message: `table ${key}: ${ambiguous.length} cell(s) fit several values and are left empty: ${ambiguous.slice(0, 6).join(", ")}${ambiguous.length > 6 ? ", …" : ""}`,
      offset: r.start,
    });
  }
  const complete = Object.values(cells).every((c) => c.value !== null);
  const status: TableStatus = statusHint ?? (complete ? "complete" : "partial");
  return {
    key,
    status,
    template,
    layout: layoutName(ctx, r, read.flattened),
    span: { start: r.start, end: r.end },
    cells,
    diagnostics,
  };
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

/**
 * Table 4 printed with the groups as rows (行政复议 / 未经复议直接起诉 / 复议后起诉 under one
 * header 结果维持 … 总计): five values after each group label, or null when it is not so printed.
 */
function transposedReview(masked: string, r: Span2): ValueToken[] | null {
  const region = masked.slice(r.start, r.end);
  let headerEnd = -1;
  for (const m of region.matchAll(new RegExp(spacedWord("总计"), "gu"))) headerEnd = (m.index ?? 0) + m[0].length;
  if (headerEnd < 0) return null;
  const find = (word: string, from: number) => {
    const re = new RegExp(spacedWord(word), "gu");
    re.lastIndex = from;
    const m = re.exec(region);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  };
  const g1 = find("行政复议", headerEnd);
  const g2 = g1 && find("直接起诉", g1.end);
  const g3 = g2 && find("复议后起诉", g2.end);
  if (!g1 || !g2 || !g3) return null;
  const end = cutAtProse(masked, r.start + g3.end, r.end, true);
  const spans: [number, number][] = [
    [g1.end, g2.start],
    [g2.end, g3.start],
    [g3.end, end - r.start],
  ];
  const out: ValueToken[] = [];
  for (const [a, b] of spans) {
    const toks = tokenizeValues(masked, r.start + a, r.start + b);
    if (toks.length !== 5) return null;
    appendAll(out, toks);
  }
  return out;
}

function parseReview(ctx: Context, r: Span2, template: TableTemplate): ParsedTable {
  const transposed = transposedReview(ctx.masked, r);
  if (transposed) return reviewFrom(ctx, r, template, transposed, false);
  let valuesStart = r.start;
  for (const word of REVIEW_HEADERS) {
    for (const m of ctx.masked.slice(r.start, r.end).matchAll(new RegExp(spacedWord(word), "gu"))) {
      valuesStart = Math.max(valuesStart, r.start + (m.index ?? 0) + m[0].length);
    }
  }
  const keys = tableCellKeys("review", template);
  const valuesEnd = cutAtProse(ctx.masked, valuesStart, r.end, true);
  const loose = tokenizeValues(ctx.masked, valuesStart, valuesEnd);
  const toks =
    loose.length === keys.length
      ? loose
      : (gridValueRow(ctx.text, ctx.grids, r, keys.length) ??
        lineCells(ctx.masked, valuesStart, valuesEnd, keys.length) ??
        loose);
  const flattened = toks.length < keys.length && !/[\n\t|]/u.test(ctx.masked.slice(valuesStart, valuesEnd).trim());
  return reviewFrom(ctx, r, template, toks, flattened);
}

function reviewFrom(
  ctx: Context,
  r: Span2,
  template: TableTemplate,
  toks: ValueToken[],
  flattened: boolean,
): ParsedTable {
  const keys = tableCellKeys("review", template);
  const readings = toks.length === 0 ? none(keys.length) : rowReadings(toks, keys.length, flattened, null);
  const diagnostics: Diagnostic[] = [];
  if (toks.length > 0)
    noteRow(diagnostics, "review", toks, keys.length, readings.readings.length, readings.boundHit, readings.surplus);
  const row: SolveRow = { keys, tokens: toks, readings, found: true, blank: toks.length === 0 };
  return finish(ctx, "review", template, r, { rows: [row], diagnostics, flattened }, null);
}

/** Template of the tables a result holds (for callers that need it). */
export function tablesTemplate(tables: Tables): TableTemplate | null {
  return tableTemplateOf(tables.requests.template);
}
