/** Template clusters: drafts (prototype occurrence and counts) and their records with the prototype text. */
import type { PassageEnds } from "./clusters.js";
import type { ClusterDraft, DocInfo, ReuseCluster } from "./types.js";

/** Cluster drafts: the prototype occurrence (earliest report, longest there) and the counts. */
export function clusterDrafts(
  p: PassageEnds,
  ids: Int32Array,
  infos: readonly DocInfo[],
  rank: Int32Array,
  agencyOf: Int32Array,
): ClusterDraft[] {
  let count = 0;
  for (const id of ids) count = Math.max(count, id + 1);
  const start = new Int32Array(count + 1);
  for (const id of ids) start[id + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const list = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    list[fill[id]!++] = i;
  });
  const drafts: ClusterDraft[] = [];
  for (let c = 0; c < count; c++) {
    const first = list[start[c] as number]!;
    let best = { doc: p.a[first]!, from: p.aFrom[first]!, to: p.aTo[first]! };
    const docs = new Set<number>();
    const consider = (doc: number, from: number, to: number): void => {
      docs.add(doc);
      const r = rank[doc]! - rank[best.doc]!;
      if (r < 0 || (r === 0 && to - from > best.to - best.from)) best = { doc, from, to };
    };
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const i = list[k]!;
      consider(p.a[i]!, p.aFrom[i]!, p.aTo[i]!);
      consider(p.b[i]!, p.bFrom[i]!, p.bTo[i]!);
    }
    const agencies = new Set<number>();
    const years = new Set<number>();
    for (const d of docs) {
      agencies.add(agencyOf[d]!);
      const y = infos[d]!.year;
      if (y !== null) years.add(y);
    }
    drafts.push({
      ...best,
      reports: docs.size,
      agencies: agencies.size,
      years: [...years].sort((x, y) => x - y),
      passages: start[c + 1]! - start[c]!,
    });
  }
  return drafts;
}

/** Cluster records from their drafts and prototype texts. */
export function clusterRecords(
  drafts: readonly ClusterDraft[],
  prototypes: readonly { text: string; start: number; end: number }[],
  infos: readonly DocInfo[],
): ReuseCluster[] {
  return drafts.map((c, id): ReuseCluster => {
    const proto = prototypes[id]!;
    const src = infos[c.doc]!;
    return {
      id,
      prototype: proto.text,
      source: { id: src.id, start: proto.start, end: proto.end },
      reports: c.reports,
      agencies: c.agencies,
      years: c.years,
      firstYear: c.years[0] ?? null,
      firstReport: src.id,
      kind: c.agencies === 1 ? "self" : "shared",
      passages: c.passages,
    };
  });
}
