/** SlimAnalysis → ReportRecord (the full record and the slim one memory keeps), report ids, and aggregate (汇总) reports. */
import { relative, sep } from "node:path";
import { isFigureCell } from "../charts/index.js";
import type { ItemRecord, ReportRecord } from "../frames/index.js";
import type { SlimAnalysis } from "../pipeline/index.js";
import { CROSS_YEAR_CELLS } from "../rules/index.js";
import { type Cell, type ParsedReport, type RuleResult, SECTION_KEYS, type TableKey, type TableOut } from "../types.js";

/** The report id of `path`: relative to the input root it was found under, with `/` separators. */
export function reportId(path: string, roots: readonly string[]): string {
  for (const root of roots) {
    const rel = relative(root, path);
    if (rel !== "" && !rel.startsWith("..")) return rel.split(sep).join("/");
  }
  return path.split(sep).join("/");
}

/** Title words of a report that sums a government's units: （汇总）, 汇总报告, 本级及所属部门. */
const AGGREGATE_TITLE = /汇总|本级(?:及|和)(?:所属|下属|各)/;

/**
 * A government's 汇总 report, whose figures sum its units': said so in its title (the first lines).
 * A government's own report about its whole area (全区…) is not an aggregate.
 */
export function isAggregate(report: ParsedReport, text: string): boolean {
  const title: string[] = [];
  for (const line of text.slice(0, 300).split("\n")) {
    if (line.trim() === "") continue;
    if (title.length === 2 || line.length > 60 || /^\s*[一二三四五六七八九十]+[、.]/.test(line)) break;
    title.push(line);
  }
  return AGGREGATE_TITLE.test((report.meta.agency ?? "") + title.join("\n"));
}

/** The problem and improvement items of an analysis, with the problem each improvement answers. */
export function itemRecords(a: SlimAnalysis): ItemRecord[] {
  const n = a.narrative;
  const answers = new Map<number, number | null>();
  for (const link of n.links) answers.set(link.improvement, link.problem);
  return [
    ...n.problems.map((p) => ({
      kind: "problem" as const,
      text: p.text,
      start: p.span.start,
      end: p.span.end,
      section: p.section,
      specificity: p.specificity ?? null,
      answers: null,
      origin: p.origin ?? null,
    })),
    ...n.improvements.map((p, i) => ({
      kind: "improvement" as const,
      text: p.text,
      start: p.span.start,
      end: p.span.end,
      section: p.section,
      specificity: p.specificity ?? null,
      answers: answers.get(i) ?? null,
      origin: p.origin ?? null,
    })),
  ];
}

/** Build the record of one analysed (or failed) input. */
export function toRecord(id: string, report: ParsedReport, a: SlimAnalysis | null): ReportRecord {
  return {
    id,
    report,
    chars: a?.doc.text.length ?? 0,
    duplicate_of: null,
    aggregate: a === null ? false : isAggregate(report, a.doc.text),
    items: a === null ? [] : itemRecords(a),
    facts: a?.narrative.facts ?? [],
    reuse: null,
  };
}

const CROSS_YEAR = new Set(CROSS_YEAR_CELLS);
const NO_SECTIONS = Object.freeze(Object.fromEntries(SECTION_KEYS.map((k) => [k, null]))) as ParsedReport["sections"];
const NONE: readonly never[] = Object.freeze([]);

/**
 * Shared frozen copies of small values that repeat across reports (a rule outcome, a cell value with
 * its status), so a corpus of slim records holds each once. Capped: past `limit` values, new ones
 * are not shared.
 */
class Interner<T> {
  private readonly pool = new Map<string, T>();
  constructor(private readonly limit = 100_000) {}
  get(key: string, make: () => T): T {
    const hit = this.pool.get(key);
    if (hit !== undefined) return hit;
    const value = Object.freeze(make());
    if (this.pool.size < this.limit) this.pool.set(key, value);
    return value;
  }
}
const checkPool = new Interner<RuleResult>();
const cellPool = new Interner<Cell>();

/**
 * The part of a record that the corpus job keeps in memory for every report (about 3 KB): metadata,
 * status, table status, rule outcomes (rule and outcome only), and the cells that the publication
 * figures (`isFigureCell`) and the cross-year checks (`CROSS_YEAR_CELLS`) read, without raw text
 * or spans. Section texts, narrative, items, facts, diagnostics and the other cells are left out:
 * the full record stays on disk. Repeated small values are shared and frozen.
 */
export function slimRecord(r: ReportRecord): ReportRecord {
  const p = r.report;
  const tables = {} as Record<TableKey, TableOut>;
  for (const [key, t] of Object.entries(p.tables) as [TableKey, TableOut][]) {
    const cells: Record<string, number | null> = {};
    const details: Record<string, Cell> = {};
    for (const [cell, d] of Object.entries(t.details)) {
      if (!isFigureCell(key, cell) && !CROSS_YEAR.has(`${key}.${cell}`)) continue;
      cells[cell] = t.cells[cell] ?? null;
      details[cell] = cellPool.get(`${d.value}\u0000${d.status}`, () => ({
        value: d.value,
        status: d.status,
        raw: null,
        span: null,
        origin: null,
      }));
    }
    tables[key] = { ...t, span: null, cells, details };
  }
  const checks = p.checks.map((c) =>
    checkPool.get(`${c.rule}\u0000${c.outcome}`, () => ({
      rule: c.rule,
      outcome: c.outcome,
      cells: NONE,
      expected: null,
      found: null,
      message: "",
    })),
  );
  return {
    ...r,
    items: NONE,
    facts: NONE,
    report: {
      ...p,
      sections: NO_SECTIONS,
      tables,
      checks,
      narrative: { problems: NONE, improvements: NONE },
      diagnostics: NONE,
    },
  };
}
