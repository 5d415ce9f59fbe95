/** Corpus order and agencies: first-appearance ranks, agency groups and numbers, earlier reports of an agency. */
import type { Diagnostic } from "../../types.js";
import type { DocInfo } from "./types.js";

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rank of first appearance: by year (unknown last), then id. */
export function ranks(infos: readonly DocInfo[]): Int32Array {
  const order = infos.map((_, i) => i);
  order.sort((x, y) => {
    const a = infos[x]!;
    const b = infos[y]!;
    return (a.year ?? 1e9) - (b.year ?? 1e9) || cmp(a.id, b.id);
  });
  const rank = new Int32Array(infos.length);
  order.forEach((d, r) => {
    rank[d] = r;
  });
  return rank;
}

/**
 * Reports grouped by agency (known agencies only), as index lists, for all-pairs comparison.
 * An agency with more than `maxReports` reports (an agency key too coarse to be one agency) is
 * left to the fingerprint candidates, with a diagnostic.
 */
export function agencyGroups(infos: readonly DocInfo[], maxReports: number, diagnostics: Diagnostic[]): number[][] {
  const g = new Map<string, number[]>();
  infos.forEach((d, i) => {
    if (d.agency_id == null) return;
    const l = g.get(d.agency_id) ?? [];
    l.push(i);
    g.set(d.agency_id, l);
  });
  const out: number[][] = [];
  for (const [agency, l] of g) {
    if (l.length <= 1) continue;
    if (l.length <= maxReports) out.push(l);
    else {
      diagnostics.push({
        code: "similarity.agency_too_large",
        severity: "warning",
        message: `agency "${agency}" has ${l.length} reports, more than ${maxReports}; its reports are compared through shared fingerprints only, not all pairs`,
      });
    }
  }
  return out;
}

/** Agency number of every document; a document without agency is an agency of its own. */
export function agencyNumbers(infos: readonly DocInfo[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(infos.length);
  infos.forEach((d, i) => {
    if (d.agency_id == null) out[i] = -1 - i;
    else {
      let id = ids.get(d.agency_id);
      if (id === undefined) ids.set(d.agency_id, (id = ids.size));
      out[i] = id;
    }
  });
  return out;
}

/** Ids of an agency's reports of years before `year`, in corpus order. */
export function previousReports(infos: readonly DocInfo[]): (agency: string, year: number) => string[] {
  const byAgency = new Map<string, DocInfo[]>();
  for (const d of infos) {
    if (d.agency_id === null) continue;
    const list = byAgency.get(d.agency_id) ?? [];
    list.push(d);
    byAgency.set(d.agency_id, list);
  }
  return (agency, year) =>
    (byAgency.get(agency) ?? []).filter((o) => o.year !== null && o.year < year).map((o) => o.id);
}
