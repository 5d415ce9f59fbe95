/** Pass 4: near-duplicate pairs and clusters from the verified hits. */
import type { Diagnostic } from "../../../types.js";
import { UnionFind } from "../clusters.js";
import { cmp } from "../order.js";
import type { DocInfo, NearDuplicateCluster, NearDuplicatePair, NearDuplicateResult, NearHit } from "../types.js";

/** Near-duplicate pairs (by similarity, then ids) and their connected clusters. */
export function nearResult(
  infos: readonly DocInfo[],
  hits: readonly NearHit[],
  stats: NearDuplicateResult["stats"],
  diagnostics: Diagnostic[],
): NearDuplicateResult {
  const uf = new UnionFind(infos.length);
  const pairs: NearDuplicatePair[] = hits.map((h) => {
    uf.union(h.a, h.b);
    const { jaccard, containmentAB, containmentBA } = h;
    return { a: infos[h.a]!.id, b: infos[h.b]!.id, jaccard, containmentAB, containmentBA };
  });
  pairs.sort((x, y) => y.jaccard - x.jaccard || cmp(x.a, y.a) || cmp(x.b, y.b));
  // components of size ≥ 2, members in corpus order, clusters by first member
  const size = new Int32Array(infos.length);
  for (let i = 0; i < infos.length; i++) size[uf.find(i)]!++;
  const byRoot = new Map<number, string[]>();
  infos.forEach((d, i) => {
    const r = uf.find(i);
    if (size[r]! < 2) return;
    const list = byRoot.get(r) ?? [];
    list.push(d.id);
    byRoot.set(r, list);
  });
  const clusters: NearDuplicateCluster[] = [...byRoot.values()].map((members) => ({ members }));
  return { pairs, clusters, stats, diagnostics };
}
