/** Pass 3: verify the near-duplicate candidates and align the reuse candidates, block by block. */
import {
  alignWithData,
  buildAlignData,
  type PreparedDoc,
  type ProbeSide,
  prepareDoc,
  type SeedSide,
  setOverlap,
} from "../../../similarity/index.js";
import { PassageBuffer } from "../passage-buffer.js";
import { loadDoc } from "../source.js";
import type { DocSource, NearHit, Passages, RunPlan } from "../types.js";

/** Work flags of a document in the sweep: align (reuse pair) and/or verify (near-duplicate pair). */
const ALIGN = 1;
const VERIFY = 2;

/**
 * Pass 3: verify the near-duplicate candidates and align the reuse candidates, in blocks of
 * A-side documents; every B-side document is loaded once per block it has partners in.
 * @param pairs reuse candidates (flat, `a < b`); passage order follows them
 * @param verify near-duplicate candidates to verify (flat, `a < b`)
 */
export function sweep(
  source: DocSource,
  plan: RunPlan,
  pairs: Int32Array,
  verify: Int32Array,
): { passages: Passages; nearHits: NearHit[] } {
  const R = pairs.length / 2;
  const work = R + verify.length / 2;
  const B = plan.blockDocs;
  const aOf = (w: number): number => (w < R ? pairs[2 * w]! : verify[2 * (w - R)]!);
  const bOf = (w: number): number => (w < R ? pairs[2 * w + 1]! : verify[2 * (w - R) + 1]!);
  const kind = (w: number): number => (w < R ? ALIGN : VERIFY);
  const order = new Int32Array(work);
  for (let w = 0; w < work; w++) order[w] = w;
  order.sort((x, y) => Math.floor(aOf(x) / B) - Math.floor(aOf(y) / B) || bOf(x) - bOf(y) || x - y);
  const buffer = new PassageBuffer();
  const nearHits: NearHit[] = [];
  const empty = new Uint32Array(0);
  const prepare = (i: number, shingles: boolean): PreparedDoc | null =>
    prepareDoc(loadDoc(source, i, plan.fn), { ...plan.prep, shingles });
  let s = 0;
  while (s < work) {
    const base = Math.floor(aOf(order[s]!) / B) * B;
    let e = s;
    while (e < work && aOf(order[e]!) < base + B) e++;
    // the block's A sides: probe data for alignment, shingle sets for verification
    const size = Math.min(B, source.infos.length - base);
    const needs = new Uint8Array(size);
    for (let t = s; t < e; t++) needs[aOf(order[t]!) - base]! |= kind(order[t]!);
    const probes: (ProbeSide | null)[] = new Array(size).fill(null);
    const sets: Uint32Array[] = new Array(size).fill(empty);
    for (let i = 0; i < size; i++) {
      if (needs[i] === 0) continue;
      const p = prepare(base + i, (needs[i]! & VERIFY) !== 0);
      if ((needs[i]! & ALIGN) !== 0 && p !== null) {
        const d = buildAlignData(p, plan.reuse!.params);
        probes[i] = { cmp: d.cmp, probes: d.probes, repeats: d.repeats };
      }
      if ((needs[i]! & VERIFY) !== 0 && p !== null) sets[i] = p.set;
    }
    // each B side once, against all its partners in the block
    let t = s;
    while (t < e) {
      const b = bOf(order[t]!);
      let u = t;
      let need = 0;
      while (u < e && bOf(order[u]!) === b) need |= kind(order[u++]!);
      const p = prepare(b, (need & VERIFY) !== 0);
      const seeds: SeedSide | null = (need & ALIGN) !== 0 && p !== null ? buildAlignData(p, plan.reuse!.params) : null;
      for (let v = t; v < u; v++) {
        const w = order[v]!;
        const a = aOf(w);
        if (w < R) {
          const probe = probes[a - base];
          if (probe == null || seeds === null) continue;
          for (const c of alignWithData(probe, seeds, plan.reuse!.params)) buffer.push(w, a, b, c);
        } else {
          const o = setOverlap(sets[a - base]!, p?.set ?? empty);
          if (o.jaccard === null || o.jaccard < plan.near!.threshold) continue;
          nearHits.push({ a, b, jaccard: o.jaccard, containmentAB: o.containmentAB!, containmentBA: o.containmentBA! });
        }
      }
      t = u;
    }
    s = e;
  }
  return { passages: buffer.byPair(R), nearHits };
}
