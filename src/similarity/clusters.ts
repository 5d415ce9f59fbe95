/**
 * Corpus-level templates: the passages found between pairs are linked into clusters. Two
 * passage ends in the same document that overlap by at least half of the shorter are one
 * occurrence; a cluster is a connected set of occurrences.
 */

/** One end of an aligned passage, in compact coordinates. */
export interface Occurrence {
  readonly doc: number;
  readonly from: number;
  readonly to: number;
}

/** Union-find over integers. */
export class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  /** Root of `x`. */
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x] as number]!;
      x = p[x]!;
    }
    return x;
  }
  /** Join the sets of `a` and `b` (the smaller root wins, so roots are deterministic). */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/**
 * Cluster occurrences: `occ[2i]` and `occ[2i+1]` are the two ends of passage `i`.
 * @returns the cluster index of every passage, clusters numbered by their first passage
 */
export function clusterPassages(occ: readonly Occurrence[], minOverlap = 0.5): Int32Array {
  const uf = new UnionFind(occ.length);
  for (let i = 0; i + 1 < occ.length; i += 2) uf.union(i, i + 1);
  const byDoc = new Map<number, number[]>();
  occ.forEach((o, i) => {
    const l = byDoc.get(o.doc) ?? [];
    l.push(i);
    byDoc.set(o.doc, l);
  });
  for (const list of byDoc.values()) linkOverlapping(occ, list, uf, minOverlap);
  const npass = occ.length >> 1;
  const ids = new Int32Array(npass);
  const number = new Map<number, number>();
  for (let p = 0; p < npass; p++) {
    const r = uf.find(2 * p);
    let id = number.get(r);
    if (id === undefined) number.set(r, (id = number.size));
    ids[p] = id;
  }
  return ids;
}

/** Overlapping ends compared per occurrence, at most (bounds the work on heavily aligned documents). */
const MAX_NEIGHBOURS = 64;

/** Join occurrences of one document that overlap by at least `minOverlap` of the shorter one. */
function linkOverlapping(occ: readonly Occurrence[], list: number[], uf: UnionFind, minOverlap: number): void {
  list.sort((x, y) => occ[x]!.from - occ[y]!.from || occ[x]!.to - occ[y]!.to);
  // identical ends (common when many documents align to one star centre) join in one pass
  const distinct: number[] = [];
  for (const i of list) {
    const last = distinct[distinct.length - 1];
    if (last !== undefined && occ[last]!.from === occ[i]!.from && occ[last]!.to === occ[i]!.to) uf.union(last, i);
    else distinct.push(i);
  }
  for (let s = 0; s < distinct.length; s++) {
    const u = occ[distinct[s] as number]!;
    for (let t = s + 1; t < distinct.length && t <= s + MAX_NEIGHBOURS; t++) {
      const v = occ[distinct[t] as number]!;
      if (v.from >= u.to) break;
      const inter = Math.min(u.to, v.to) - v.from;
      const shorter = Math.min(u.to - u.from, v.to - v.from);
      if (inter >= minOverlap * shorter) uf.union(distinct[s]!, distinct[t]!);
    }
  }
}
