/**
 * The cumulative chain of an agency's pre-2019 reports: cumulative(y−1) + year(y) = cumulative(y)
 * for every row both reports print (`legacy` tables, year and 历年累计 columns). Run over the
 * corpus's records and returned as rule rows, like the cross-year checks of the national format:
 * a row per link that holds or breaks, a break named as a restart (the cumulative fell) or as a
 * missing year (the previous year's report is absent). Where one side of a link is ambiguous and
 * exactly one of its candidates closes the chain, the row says so (`narrows`) and names the other
 * report; several fitting candidates stay ambiguous, never a guess.
 */
import type { ReportRecord, Row } from "../frames/index.js";
import type { Cell, ParsedReport } from "../types.js";

type Report = ParsedReport;

interface Link {
  readonly rule: string;
  readonly outcome: "pass" | "fail" | "not_assessable";
  readonly expected: number | null;
  readonly found: number | null;
  readonly cells: string;
  readonly message: string;
}

const options = (c: Cell | undefined): number[] =>
  c === undefined ? [] : c.value !== null ? [c.value] : c.status === "ambiguous" ? [...(c.candidates ?? [])] : [];

function concepts(r: Report): string[] {
  return r.legacy.rows.map((row) => row.concept).filter((c): c is string => c !== null);
}

/** One link of one concept between the previous report (`prev`) and this one (`cur`). */
export function chainLink(concept: string, prev: Report, cur: Report, prevId: string, curId: string): Link | null {
  const before = prev.legacy.details[`${concept}.cumulative`];
  const year = cur.legacy.details[`${concept}.year`];
  const after = cur.legacy.details[`${concept}.cumulative`];
  const b = options(before);
  const y = options(year);
  const a = options(after);
  const cells = `${prevId}:${concept}.cumulative ${curId}:${concept}.year ${curId}:${concept}.cumulative`;
  const rule = `legacy.chain.${concept}`;
  if (b.length === 0 || y.length === 0 || a.length === 0) {
    return { rule, outcome: "not_assessable", expected: null, found: null, cells, message: `${concept}: a value is not known` };
  }
  const fits: [number, number, number][] = [];
  for (const bv of b) for (const yv of y) for (const av of a) if (bv + yv === av) fits.push([bv, yv, av]);
  const known = b.length === 1 && y.length === 1 && a.length === 1;
  if (known) {
    const expected = b[0]! + y[0]!;
    if (fits.length === 1) return { rule, outcome: "pass", expected, found: a[0]!, cells, message: `${concept}: the cumulative chain holds` };
    const why = a[0]! < b[0]! ? "counting restarted (the cumulative fell)" : "the cumulative does not follow";
    return { rule, outcome: "fail", expected, found: a[0]!, cells, message: `${concept}: chain breaks, ${why}` };
  }
  if (fits.length === 1) {
    const [bv, yv, av] = fits[0]!;
    return {
      rule,
      outcome: "pass",
      expected: bv + yv,
      found: av,
      cells,
      message: `${concept}: the chain narrows an ambiguous split to ${bv} + ${yv} = ${av} (with ${prevId})`,
    };
  }
  const message =
    fits.length === 0 ? `${concept}: no candidate split closes the chain` : `${concept}: ${fits.length} candidate splits close the chain; still ambiguous`;
  return { rule, outcome: fits.length === 0 ? "fail" : "not_assessable", expected: null, found: null, cells, message };
}

/** Rule rows of the cumulative chain over every counted report with a legacy table, an agency and a year. */
export function legacyChainRows(records: readonly ReportRecord[]): Row[] {
  const byAgency = new Map<string, ReportRecord[]>();
  for (const r of records) {
    const m = r.report.meta;
    const t = r.report.legacy?.status;
    if (m.agency_id === null || m.year === null || r.report.status === "error") continue;
    if (t === undefined || t === "missing" || t === "not_applicable" || t === "not_parsed") continue;
    byAgency.set(m.agency_id, [...(byAgency.get(m.agency_id) ?? []), r]);
  }
  const rows: Row[] = [];
  for (const list of byAgency.values()) {
    const byYear = new Map(list.map((r) => [r.report.meta.year!, r]));
    const years = [...byYear.keys()].sort((x, y) => x - y);
    for (let i = 1; i < years.length; i++) {
      const prevYear = years[i - 1] ?? 0;
      const curYear = years[i] ?? 0;
      const prev = byYear.get(prevYear);
      const cur = byYear.get(curYear);
      if (prev === undefined || cur === undefined) continue;
      const row = (l: Link): Row => ({
        report_id: cur.id,
        agency_id: cur.report.meta.agency_id,
        agency: cur.report.meta.agency,
        year: curYear,
        level: cur.report.meta.level,
        province: cur.report.meta.province,
        template: cur.report.meta.template,
        rule: l.rule,
        outcome: l.outcome,
        expected: l.expected,
        found: l.found,
        cells: l.cells,
        message: `${l.message} (${prevYear} → ${curYear})`,
      });
      if (curYear - prevYear > 1) {
        rows.push(
          row({
            rule: "legacy.chain",
            outcome: "not_assessable",
            expected: null,
            found: null,
            cells: "",
            message: `chain breaks: ${curYear - prevYear - 1} year(s) missing`,
          }),
        );
        continue;
      }
      const shared = concepts(cur.report).filter((c) => concepts(prev.report).includes(c));
      for (const c of shared) {
        const l = chainLink(c, prev.report, cur.report, prev.id, cur.id);
        if (l !== null) rows.push(row(l));
      }
    }
  }
  return rows;
}
