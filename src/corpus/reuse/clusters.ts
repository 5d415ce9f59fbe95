/**
 * Corpus-level templates: the passages found between pairs are linked into clusters. Two
 * passage ends in the same document that overlap by at least half of the shorter are one
 * occurrence; a cluster is a connected set of occurrences.
 */

/**
 * Aligned passages as columns (compact coordinates): passage `i` joins `[aFrom[i], aTo[i])` of
 * document `a[i]` with `[bFrom[i], bTo[i])` of document `b[i]`. Its two ends are occurrences
 * `2i` (A) and `2i + 1` (B).
 */
export interface PassageEnds {
  readonly length: number;
  readonly a: Int32Array;
  readonly aFrom: Int32Array;
  readonly aTo: Int32Array;
  readonly b: Int32Array;
  readonly bFrom: Int32Array;
  readonly bTo: Int32Array;
}

/** Document, start and end of occurrence `o` (end `2i` or `2i + 1` of passage `i`). */
function docOf(p: PassageEnds, o: number): number {
  return (o & 1) === 0 ? p.a[o >> 1]! : p.b[o >> 1]!;
}
function fromOf(p: PassageEnds, o: number): number {
  return (o & 1) === 0 ? p.aFrom[o >> 1]! : p.bFrom[o >> 1]!;
}
function toOf(p: PassageEnds, o: number): number {
  return (o & 1) === 0 ? p.aTo[o >> 1]! : p.bTo[o >> 1]!;
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
 * Cluster passages: the two ends of a passage are linked, and so are ends in one document that
 * overlap by at least `minOverlap` of the shorter one.
 * @param docs number of documents (document numbers are below it)
 * @returns the cluster index of every passage, clusters numbered by their first passage
 */
export function clusterPassages(p: PassageEnds, docs: number, minOverlap = 0.5): Int32Array {
  const m = p.length * 2;
  const uf = new UnionFind(m);
  for (let i = 0; i < p.length; i++) uf.union(2 * i, 2 * i + 1);
  // occurrences grouped by document (counting sort: ascending occurrence within a document)
  const start = new Int32Array(docs + 1);
  for (let o = 0; o < m; o++) start[docOf(p, o) + 1]!++;
  for (let d = 0; d < docs; d++) start[d + 1]! += start[d]!;
  const fill = start.slice(0, docs);
  const list = new Int32Array(m);
  for (let o = 0; o < m; o++) list[fill[docOf(p, o)]!++] = o;
  for (let d = 0; d < docs; d++) linkOverlapping(p, list.subarray(start[d]!, start[d + 1]!), uf, minOverlap);
  const ids = new Int32Array(p.length);
  const number = new Int32Array(m).fill(-1);
  let count = 0;
  for (let i = 0; i < p.length; i++) {
    const r = uf.find(2 * i);
    if (number[r] === -1) number[r] = count++;
    ids[i] = number[r]!;
  }
  return ids;
}

/** Overlapping ends compared per occurrence, at most (bounds the work on heavily aligned documents). */
const MAX_NEIGHBOURS = 64;

/** Join occurrences of one document that overlap by at least `minOverlap` of the shorter one. */
function linkOverlapping(p: PassageEnds, list: Int32Array, uf: UnionFind, minOverlap: number): void {
  list.sort((x, y) => fromOf(p, x) - fromOf(p, y) || toOf(p, x) - toOf(p, y) || x - y);
  // identical ends (common when many documents align to one star centre) join in one pass
  const distinct: number[] = [];
  for (const i of list) {
    const last = distinct[distinct.length - 1];
    if (last !== undefined && fromOf(p, last) === fromOf(p, i) && toOf(p, last) === toOf(p, i)) uf.union(last, i);
    else distinct.push(i);
  }
  for (let s = 0; s < distinct.length; s++) {
    const u = distinct[s]!;
    const uFrom = fromOf(p, u);
    const uTo = toOf(p, u);
    for (let t = s + 1; t < distinct.length && t <= s + MAX_NEIGHBOURS; t++) {
      const v = distinct[t]!;
      const vFrom = fromOf(p, v);
      const vTo = toOf(p, v);
      if (vFrom >= uTo) break;
      const inter = Math.min(uTo, vTo) - vFrom;
      const shorter = Math.min(uTo - uFrom, vTo - vFrom);
      if (inter >= minOverlap * shorter) uf.union(u, v);
    }
  }
}
