/**
 * Row builders for the research notebooks: small pure reshapes of report records and of
 * plain analysis results (passed in structurally, so this stage needs no other stage's code).
 */
import { itemRows, type ReportRecord, type Row, ruleRows } from "../frames/index.js";
import type { Sections } from "../types.js";
import { outcomeGroup, ruleFamily } from "./figures.js";

/** Rule-result rows (`ruleRows`) with a `family` column (`requests.balance`, `review.reconsideration`, …). */
export function ruleFamilyRows(records: readonly ReportRecord[]): Row[] {
  return ruleRows(records).map((r) => ({ ...r, family: ruleFamily(String(r.rule)) }));
}

/**
 * Request-matrix cells of one outcome group (e.g. `denied`: the eight refusal reasons) in one
 * applicant column (default `total`), from tidy cell rows.
 */
export function outcomeReasonRows(cells: readonly Row[], group: string, { column = "total" } = {}): Row[] {
  return cells.filter((c) => c.table === "requests" && c.column === column && outcomeGroup(String(c.row)) === group);
}

/** One row per report and section: the share of the section's text that is reused (boilerplate). */
export function reuseSectionRows(records: readonly ReportRecord[]): Row[] {
  return records.flatMap((r) =>
    Object.entries(r.reuse?.by_section ?? {}).map(([section, share]) => ({
      report_id: r.id,
      agency: r.report.meta.agency,
      year: r.report.meta.year,
      level: r.report.meta.level,
      section,
      share,
    })),
  );
}

/** A short display label of a report: agency and year (`贺兰县立岗镇 2022`), else its id. */
export function reportLabel(record: ReportRecord): string {
  const { agency, year } = record.report.meta;
  if (agency === null) return record.id;
  return year === null ? agency : `${agency} ${year}`;
}

/** Display labels for report ids (agency and year; ids not among the records stay as they are). */
export function reportLabels(ids: readonly string[], records: readonly ReportRecord[]): string[] {
  const byId = new Map(records.map((r) => [r.id, reportLabel(r)]));
  const labels = ids.map((id) => byId.get(id) ?? id);
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n > 1 ? `${l} (${n})` : l;
  });
}

/** A reused passage between two reports (the shape of the similarity stage's passages). */
export interface PassageLink {
  readonly a: string;
  readonly b: string;
  readonly kind: string;
  readonly length: number;
}

/**
 * Agency-to-agency edges from reused passages of kind `shared`: one row per agency pair with
 * `weight` = reused characters (compact codes) and `passages`. Reports without agency count as their own.
 */
export function sharedTextEdges(passages: readonly PassageLink[], records: readonly ReportRecord[]): Row[] {
  const agency = new Map(records.map((r) => [r.id, r.report.meta.agency_id ?? r.id]));
  const edges = new Map<string, { source: string; target: string; weight: number; passages: number }>();
  for (const p of passages) {
    if (p.kind !== "shared") continue;
    const [s, t] = [agency.get(p.a) ?? p.a, agency.get(p.b) ?? p.b].sort();
    if (s === undefined || t === undefined || s === t) continue;
    const key = `${s}\u0000${t}`;
    const e = edges.get(key) ?? { source: s, target: t, weight: 0, passages: 0 };
    edges.set(key, { ...e, weight: e.weight + p.length, passages: e.passages + 1 });
  }
  return [...edges.values()];
}

/** One row per agency (its first record): id, label, level — the nodes of an agency network. */
export function agencyNodeRows(records: readonly ReportRecord[]): Row[] {
  const out = new Map<string, Row>();
  for (const r of records) {
    const id = r.report.meta.agency_id ?? r.id;
    if (!out.has(id)) out.set(id, { id, label: r.report.meta.agency ?? r.id, group: r.report.meta.level });
  }
  return [...out.values()];
}

/**
 * Term frequencies over the text column of rows with the given tokenizer (e.g. the narrative
 * stage's `contentWords`): rows `{term, count, texts}` (texts: how many rows use the term), the
 * terms used by most texts first, then by count, then by term. Rows whose column is not a string hold no text and add nothing.
 */
export function termRows(
  rows: readonly Row[],
  column: string,
  tokenize: (text: string) => readonly string[],
  top = 20,
): Row[] {
  const count = new Map<string, number>();
  const docs = new Map<string, number>();
  for (const r of rows) {
    const t = r[column];
    if (typeof t !== "string") continue;
    const terms = tokenize(t);
    for (const w of terms) count.set(w, (count.get(w) ?? 0) + 1);
    for (const w of new Set(terms)) docs.set(w, (docs.get(w) ?? 0) + 1);
  }
  return [...count]
    .map(([term, n]) => ({ term, count: n, texts: docs.get(term) ?? 0 }))
    .sort((x, y) => y.texts - x.texts || y.count - x.count || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))
    .slice(0, top);
}

/** A report's text and sections, as the similarity functions take it. */
export interface TextDoc {
  readonly id: string;
  readonly agency_id: string | null;
  readonly year: number | null;
  readonly text: string;
  readonly sections: Sections;
}

/**
 * The texts of the records (from the per-report analyses, by report id) as similarity documents;
 * records without an analysis or with empty text are left out (compare the lengths to see how many).
 */
export function textDocs(
  records: readonly ReportRecord[],
  analyses: ReadonlyMap<string, { readonly doc: { readonly text: string }; readonly sections: Sections }>,
): TextDoc[] {
  return records.flatMap((r) => {
    const a = analyses.get(r.id);
    if (a === undefined || a.doc.text.trim() === "") return [];
    const m = r.report.meta;
    return [{ id: r.id, agency_id: m.agency_id, year: m.year, text: a.doc.text, sections: a.sections }];
  });
}

/** Narrative item rows (`itemRows`) with `answered`: for improvements, whether they answer a problem. */
export function improvementRows(records: readonly ReportRecord[]): Row[] {
  return itemRows(records)
    .filter((r) => r.kind === "improvement")
    .map((r) => ({ ...r, answered: r.answers !== null ? "answers a problem" : "answers none" }));
}

/** Keep the first `n` rows after sorting by `column` descending (nulls last); ties keep input order. */
export function topRows(rows: readonly Row[], column: string, n = 10): Row[] {
  const v = (r: Row): number => (typeof r[column] === "number" ? (r[column] as number) : Number.NEGATIVE_INFINITY);
  return rows
    .map((r, i) => [r, i] as const)
    .sort((x, y) => v(y[0]) - v(x[0]) || x[1] - y[1])
    .slice(0, n)
    .map(([r]) => r);
}

/** Keep only the given columns of each row (in that order); absent columns become null. */
export function selectColumns(rows: readonly object[], columns: readonly string[]): Row[] {
  return rows.map((r) =>
    Object.fromEntries(
      columns.map((c) => {
        const v = (r as Record<string, unknown>)[c];
        const scalar =
          v === undefined || v === null
            ? null
            : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
              ? v
              : JSON.stringify(v);
        return [c, scalar];
      }),
    ),
  );
}

/** The `n` longest texts (ties by id), e.g. the full reports of a corpus for a similarity heatmap. */
export function longestTexts<T extends { readonly id: string; readonly text: string }>(
  docs: readonly T[],
  n = 12,
): T[] {
  return [...docs]
    .sort((a, b) => b.text.length - a.text.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, n);
}

/** The document with this id, or the first one when none has it (null for no documents). */
export function docById<T extends { readonly id: string }>(docs: readonly T[], id: string): T | null {
  return docs.find((d) => d.id === id) ?? docs[0] ?? null;
}

/** The values above the diagonal of a square matrix (each pair once), row by row. */
export function pairValues(matrix: ReadonlyArray<ReadonlyArray<number>>): number[] {
  return matrix.flatMap((row, i) => row.slice(i + 1));
}
