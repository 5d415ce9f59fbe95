/**
 * `derivePanel`: the same measures for every report, whatever its format, each `{ value, status,
 * from }`. National reports (2019, 2021) take them from their table cells, pre-2019 reports from
 * their legacy table's year column; a measure no table prints comes from a figure stated in prose
 * (`stated`). A measure derived from a blank cell is null unless an identity of the table
 * determines it; a measure from an ambiguous cell is ambiguous, with the sums it may take.
 */
import type { TableTemplate } from "../rules/index.js";
import type { Cell, Fact, LegacyTable, Panel, PanelValue, TableKey, TableStatus, Template } from "../types.js";
import { type Derivation, type Formula, type MeasureDef, PANEL_MEASURES } from "./measures.js";

/** A table's cells, as `parseTables` gives them (or `details` of the parse contract). */
export interface PanelTable {
  readonly status: TableStatus;
  readonly template: Template;
  readonly cells: { readonly [cell: string]: Cell };
}

/** What the panel is derived from. */
export interface PanelInput {
  /** The report's template (metadata). */
  readonly template: Template;
  readonly tables: { readonly [K in TableKey]?: PanelTable } | null;
  readonly legacy: Pick<LegacyTable, "status" | "rows" | "cells"> | null;
  readonly facts: readonly Fact[];
}

/** Bound on the sums listed as candidates of an ambiguous measure. */
const CANDIDATE_BOUND = 64;

interface Term {
  readonly value: number | null;
  readonly status: Cell["status"];
  readonly candidates: readonly number[] | undefined;
  readonly from: string;
}

type Getter = (cell: string) => Term;

/** The format the measures come from: the template, or for `unknown` the tables that were found. */
export function panelFormat(input: PanelInput): Template {
  if (input.template !== "unknown") return input.template;
  const requests = input.tables?.requests;
  if (requests && requests.status !== "missing" && requests.status !== "not_applicable" && requests.status !== "not_parsed") {
    return requests.template === "2019" ? "2019" : "2021";
  }
  if (input.legacy && input.legacy.status !== "missing" && input.legacy.status !== "not_applicable") return "legacy";
  return "unknown";
}

function nationalGetter(input: PanelInput): Getter {
  return (cell) => {
    const dot = cell.indexOf(".");
    const table = input.tables?.[cell.slice(0, dot) as TableKey];
    const c = table?.cells[cell.slice(dot + 1)];
    return term(c, cell);
  };
}

function term(c: Cell | undefined, from: string, scale = 1): Term {
  if (c === undefined) return { value: null, status: "missing", candidates: undefined, from };
  return {
    value: c.value === null ? null : round(c.value * scale),
    status: c.status,
    candidates: c.candidates?.map((v) => round(v * scale)),
    from,
  };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

const MONEY: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  元: { 元: 1, 万元: 10000 },
  万元: { 元: 0.0001, 万元: 1 },
};

function legacyGetter(input: PanelInput, unit: string): Getter {
  const units = new Map((input.legacy?.rows ?? []).map((r) => [r.concept, r.unit]));
  return (concept) => {
    const from = `legacy.${concept}.year`;
    const c = input.legacy?.cells[`${concept}.year`];
    const scales = MONEY[unit];
    if (scales === undefined || c === undefined) return term(c, from);
    const scale = scales[units.get(concept) ?? ""];
    // A money row whose unit is not printed cannot be converted: not given, rather than a guess.
    if (scale === undefined) return { value: null, status: "missing", candidates: undefined, from };
    return term(c, from, scale);
  };
}

const known = (t: Term) => t.value !== null && (t.status === "read" || t.status === "inferred");

/** Σ plus − Σ minus when every term is known. */
function formula(f: Formula, get: Getter): { value: number; from: string[] } | null {
  const plus = f.plus.map(get);
  const minus = (f.minus ?? []).map(get);
  if (![...plus, ...minus].every(known)) return null;
  const value = round(plus.reduce((s, t) => s + t.value!, 0) - minus.reduce((s, t) => s + t.value!, 0));
  if (value < 0) return null;
  return { value, from: [...plus, ...minus].map((t) => t.from) };
}

/** Every sum the ambiguous terms allow (bounded), sorted; undefined past the bound or without candidates. */
function sums(terms: readonly Term[]): number[] | undefined {
  let acc = [0];
  for (const t of terms) {
    const options = t.value !== null ? [t.value] : t.candidates;
    if (options === undefined || options.length === 0) return undefined;
    const next = new Set<number>();
    for (const a of acc) for (const o of options) next.add(round(a + o));
    if (next.size > CANDIDATE_BOUND) return undefined;
    acc = [...next];
  }
  return acc.sort((a, b) => a - b);
}

function evaluate(d: Derivation, get: Getter): PanelValue {
  const terms = d.cells.map((cell) => {
    const t = get(cell);
    const alt = d.perCell?.[cell];
    if (known(t) || t.status === "ambiguous" || alt === undefined) return t;
    const f = formula(alt, get);
    if (f === null) return t;
    return { value: f.value, status: "inferred" as const, candidates: undefined, from: `${f.from.join("+")} (${alt.rule})` };
  });
  const from = terms.map((t) => t.from);
  if (terms.every(known)) {
    const value = round(terms.reduce((s, t) => s + t.value!, 0));
    const inferred = terms.some((t) => t.status === "inferred");
    const status = terms.length === 1 ? (inferred ? "inferred" : "read") : inferred ? "inferred" : "derived";
    return { value, status, from };
  }
  const open = terms.filter((t) => !known(t));
  if (open.every((t) => t.status === "ambiguous")) {
    const candidates = sums(terms);
    return { value: null, status: "ambiguous", from, ...(candidates ? { candidates } : {}) };
  }
  if (d.whole) {
    const f = formula(d.whole, get);
    if (f !== null) return { value: f.value, status: "inferred", from: [...f.from, d.whole.rule] };
  }
  const missing = open.every((t) => t.status === "missing");
  return { value: null, status: missing ? "missing" : "blank", from };
}

/** The measure from prose figures; null when the report states none. */
function stated(def: MeasureDef, facts: readonly Fact[]): PanelValue | null {
  const hits = facts.filter((f) => def.facts?.includes(f.subject));
  if (hits.length === 0) return null;
  const values = [...new Set(hits.map((f) => f.value))].sort((a, b) => a - b);
  const from = hits.map((f) => `fact:${f.subject}@${f.span.start}-${f.span.end}`);
  if (values.length === 1) return { value: values[0]!, status: "stated", from };
  return { value: null, status: "ambiguous", from, candidates: values };
}

function derivationOf(def: MeasureDef, format: Template): Derivation | undefined {
  if (format === "legacy") return def.legacy;
  if (format === "2021" || format === "2019") return def.national?.[format as TableTemplate];
  return undefined;
}

function measure(def: MeasureDef, format: Template, input: PanelInput): PanelValue {
  const d = derivationOf(def, format);
  const fallback = () => stated(def, input.facts);
  if (d === undefined) {
    return fallback() ?? { value: null, status: format === "unknown" ? "missing" : "not_in_format", from: [] };
  }
  const get = format === "legacy" ? legacyGetter(input, def.unit) : nationalGetter(input);
  const v = evaluate(d, get);
  if (v.status === "missing") return fallback() ?? v;
  return v;
}

/**
 * Derive the panel of one report.
 * @example derivePanel({ template: "legacy", tables: null, legacy, facts }).measures["requests.received"]
 */
export function derivePanel(input: PanelInput): Panel {
  const format = panelFormat(input);
  const measures: Record<string, PanelValue> = {};
  for (const def of PANEL_MEASURES) measures[def.key] = measure(def, format, input);
  return { format, measures };
}
