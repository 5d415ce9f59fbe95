/**
 * Cross-year checks: the identities that link an agency's reports of consecutive years
 * (`rules.checkCrossYear`: carried_forward(y) = carried_over(y+1), stock and flow), run over the
 * corpus's records and returned as rule rows.
 */
import type { ReportRecord, Row } from "../frames/index.js";
import { checkCrossYear } from "../rules/index.js";
import type { ParsedReport, TableKey, Tables } from "../types.js";

/** Tables in the stage form (cells with details) from the parse contract form. */
export function tablesOf(report: ParsedReport): Tables {
  const out = {} as Record<TableKey, Tables[TableKey]>;
  for (const key of ["proactive", "requests", "review"] as const) {
    const t = report.tables[key];
    out[key] = {
      key,
      status: t.status,
      template: t.template,
      layout: t.layout,
      span: t.span,
      cells: t.details,
      diagnostics: [],
    };
  }
  return out;
}

/** Rule rows of the cross-year checks over every counted report with an agency and a year. */
export function crossYearRows(records: readonly ReportRecord[]): Row[] {
  const counted = records.filter(
    (r) => r.report.meta.agency_id !== null && r.report.meta.year !== null && r.report.status !== "error",
  );
  const byKey = new Map(counted.map((r) => [`${r.report.meta.agency_id}\u0000${r.report.meta.year}`, r]));
  const results = checkCrossYear(
    [...byKey.values()].map((r) => ({
      agency_id: r.report.meta.agency_id!,
      year: r.report.meta.year!,
      tables: tablesOf(r.report),
    })),
  );
  return results.map((c) => {
    const r = byKey.get(`${c.agency_id}\u0000${c.year}`);
    const m = r?.report.meta;
    return {
      report_id: r?.id ?? null,
      agency_id: c.agency_id,
      agency: m?.agency ?? null,
      year: c.year,
      level: m?.level ?? null,
      province: m?.province ?? null,
      template: m?.template ?? null,
      rule: c.rule,
      outcome: c.outcome,
      expected: c.expected,
      found: c.found,
      cells: c.cells.join(" "),
      message: `${c.message} (${c.previous_year} → ${c.year})`,
    };
  });
}
