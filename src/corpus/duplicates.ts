/**
 * Duplicates: inputs with the same bytes, and reports of the same agency and year whose texts are
 * near-identical. Each group keeps one counted copy.
 */
import type { ReportRecord } from "../frames/index.js";

const STATUS_RANK = { ok: 0, partial: 1, error: 2 } as const;
const FORMAT_RANK: Record<string, number> = { html: 0, docx: 1, txt: 2, md: 2, doc: 3, wps: 3, pdf: 4, unknown: 5 };

/**
 * Mark duplicates: inputs with the same bytes, and reports of the same agency and year whose texts
 * are near-identical (`nearPairs`, from the similarity stage). In each group the best-read copy is
 * counted (status, then format, then input order) and the others get `duplicate_of` its id.
 */
export function markDuplicates(
  records: readonly ReportRecord[],
  nearPairs: readonly (readonly [string, string])[] = [],
): { records: ReportRecord[]; groups: string[][] } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(x, p);
    return p;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const bySha = new Map<string, string>();
  for (const r of records) {
    const sha = r.report.sha256;
    if (sha === null || r.report.status === "error") continue;
    const first = bySha.get(sha);
    if (first === undefined) bySha.set(sha, r.id);
    else union(first, r.id);
  }
  const meta = new Map(records.map((r) => [r.id, r.report.meta]));
  for (const [a, b] of nearPairs) {
    const ma = meta.get(a);
    const mb = meta.get(b);
    if (ma && mb && ma.agency_id !== null && ma.agency_id === mb.agency_id && ma.year !== null && ma.year === mb.year)
      union(a, b);
  }
  const order = new Map(records.map((r, i) => [r.id, i]));
  const members = new Map<string, ReportRecord[]>();
  for (const r of records) {
    const root = find(r.id);
    const list = members.get(root) ?? [];
    list.push(r);
    members.set(root, list);
  }
  const dupOf = new Map<string, string>();
  const groups: string[][] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort(
      (x, y) =>
        STATUS_RANK[x.report.status] - STATUS_RANK[y.report.status] ||
        (FORMAT_RANK[x.report.format] ?? 5) - (FORMAT_RANK[y.report.format] ?? 5) ||
        (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0),
    );
    const keep = sorted[0]!;
    groups.push(sorted.map((r) => r.id));
    for (const r of sorted.slice(1)) dupOf.set(r.id, keep.id);
  }
  return {
    records: records.map((r) => (dupOf.has(r.id) ? { ...r, duplicate_of: dupOf.get(r.id) ?? null } : r)),
    groups: groups.sort((a, b) => ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1)),
  };
}
