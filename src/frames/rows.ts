/** ReportRecord[] → tidy rows (one per report, cell, rule result, narrative item, fact). Pure. */

import type { Origin } from "../types.js";
import type { Row, Scalar } from "./csv.js";
import type { ReportRecord } from "./record.js";

/** The origin columns of a value (all empty when it has no origin). */
function originColumns(o: Origin | null | undefined): Record<string, Scalar> {
  return { origin_page: o?.page ?? null, origin_start: o?.start ?? null, origin_end: o?.end ?? null };
}

function keys(r: ReportRecord): Record<string, Scalar> {
  const m = r.report.meta;
  return {
    report_id: r.id,
    agency_id: m.agency_id,
    agency: m.agency,
    year: m.year,
    level: m.level,
    province: m.province,
    template: m.template,
  };
}

/** Split a cell key into row and column at its last dot: `denied.third_party.total` → `denied.third_party`, `total`. */
export function splitCellKey(key: string): { row: string; column: string } {
  const i = key.lastIndexOf(".");
  return i < 0 ? { row: key, column: "" } : { row: key.slice(0, i), column: key.slice(i + 1) };
}

/** One row per report. */
export function reportRows(records: readonly ReportRecord[]): Row[] {
  return records.map((r) => {
    const p = r.report;
    const tables = Object.values(p.tables);
    return {
      ...keys(r),
      source: p.source,
      sha256: p.sha256,
      format: p.format,
      encoding: p.encoding,
      script: p.script,
      status: p.status,
      parent_level: p.meta.parent_level,
      published: p.meta.published,
      chars: r.chars,
      duplicate_of: r.duplicate_of,
      aggregate: r.aggregate,
      tables_complete: tables.filter((t) => t.status === "complete").length,
      rules_failed: p.checks.filter((c) => c.outcome === "fail").length,
      problems: r.items.filter((i) => i.kind === "problem").length,
      improvements: r.items.filter((i) => i.kind === "improvement").length,
      boilerplate_share: r.reuse?.boilerplate_share ?? null,
      mandated_share: r.reuse?.mandated_share ?? null,
      self_share: r.reuse?.self_share ?? null,
      cross_share: r.reuse?.cross_share ?? null,
      diagnostics: p.diagnostics.length,
    };
  });
}

const cellRowsMemo = new WeakMap<readonly ReportRecord[], Row[]>();

/**
 * One row per table cell, for every table whose cells were parsed. Memoised per records array
 * (records are immutable data), since reports, figures and notebooks ask for the same rows often.
 */
export function cellRows(records: readonly ReportRecord[]): Row[] {
  const hit = cellRowsMemo.get(records);
  if (hit !== undefined) return hit;
  const out = cellRowsOf(records);
  cellRowsMemo.set(records, out);
  return out;
}

function cellRowsOf(records: readonly ReportRecord[]): Row[] {
  return [...iterateCellRows(records)];
}

/** The cell rows one report at a time, for writers that must not hold every row of a large corpus. */
export function* iterateCellRows(records: Iterable<ReportRecord>): Generator<Row, void, undefined> {
  for (const r of records) {
    const m = r.report.meta;
    for (const [table, t] of Object.entries(r.report.tables)) {
      const details = t.details;
      for (const cell of Object.keys(details).sort()) {
        const v = details[cell]!;
        const dot = cell.lastIndexOf(".");
        // written out (no object spread): this runs for every cell of a corpus
        yield {
          report_id: r.id,
          agency_id: m.agency_id,
          agency: m.agency,
          year: m.year,
          level: m.level,
          province: m.province,
          template: m.template,
          table,
          row: dot < 0 ? cell : cell.slice(0, dot),
          column: dot < 0 ? "" : cell.slice(dot + 1),
          cell,
          value: v.value,
          status: v.status,
          raw: v.raw,
          offset: v.span?.start ?? null,
          origin_page: v.origin?.page ?? null,
          origin_start: v.origin?.start ?? null,
          origin_end: v.origin?.end ?? null,
        };
      }
    }
  }
}

/** One row per identity-rule result. */
export function ruleRows(records: readonly ReportRecord[]): Row[] {
  const out: Row[] = [];
  for (const r of records) {
    const k = keys(r);
    for (const c of r.report.checks) {
      out.push({
        ...k,
        rule: c.rule,
        outcome: c.outcome,
        expected: c.expected,
        found: c.found,
        cells: c.cells.join(" "),
        message: c.message,
      });
    }
  }
  return out;
}

/** One row per problem or improvement item. */
export function itemRows(records: readonly ReportRecord[]): Row[] {
  const out: Row[] = [];
  for (const r of records) {
    const k = keys(r);
    const index = { problem: 0, improvement: 0 };
    for (const it of r.items) {
      out.push({
        ...k,
        kind: it.kind,
        index: index[it.kind]++,
        section: it.section,
        text: it.text,
        start: it.start,
        end: it.end,
        specificity: it.specificity,
        answers: it.answers,
        ...originColumns(it.origin),
      });
    }
  }
  return out;
}

/** One row per figure stated in prose. */
export function factRows(records: readonly ReportRecord[]): Row[] {
  const out: Row[] = [];
  for (const r of records) {
    const k = keys(r);
    for (const f of r.facts) {
      out.push({
        ...k,
        subject: f.subject,
        value: f.value,
        unit: f.unit,
        start: f.span.start,
        end: f.span.end,
        text: f.text,
        ...originColumns(f.origin),
      });
    }
  }
  return out;
}

/** One row per report and panel measure (the same measures for every format). */
export function panelRows(records: readonly ReportRecord[]): Row[] {
  const out: Row[] = [];
  for (const r of records) {
    const k = keys(r);
    const panel = r.report.panel;
    if (panel === undefined) continue;
    for (const [measure, v] of Object.entries(panel.measures)) {
      out.push({
        ...k,
        format: panel.format,
        measure,
        value: v.value,
        status: v.status,
        from: v.from.join(" "),
        candidates: v.candidates?.join(" ") ?? null,
      });
    }
  }
  return out;
}
