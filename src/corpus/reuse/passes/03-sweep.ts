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
 * A-side documents; every B-side document is loaded once per block it has partners in. A block
 * ends at `blockDocs` documents or when its held data reaches `blockBytes`, so a corpus whose
 * alignment data fits the budget is swept in one block and every document is loaded twice; a
 * larger one in (its data ÷ budget) blocks, never in a number of blocks fixed per document count.
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
  const aOf = (w: number): number => (w < R ? pairs[2 * w]! : verify[2 * (w - R)]!);
  const bOf = (w: number): number => (w < R ? pairs[2 * w + 1]! : verify[2 * (w - R) + 1]!);
  const kind = (w: number): number => (w < R ? ALIGN : VERIFY);
  const order = new Int32Array(work);
  for (let w = 0; w < work; w++) order[w] = w;
  order.sort((x, y) => aOf(x) - aOf(y) || x - y);
  const buffer = new PassageBuffer();
  const nearHits: NearHit[] = [];
  const empty = new Uint32Array(0);
  const prepare = (i: number, shingles: boolean): PreparedDoc | null =>
    prepareDoc(loadDoc(source, i, plan.fn), { ...plan.prep, shingles });
  let s = 0;
  while (s < work) {
    // the block's A sides, in document order until the count or byte budget is reached:
    // probe data for alignment, shingle sets for verification
    const probes = new Map<number, ProbeSide | null>();
    const sets = new Map<number, Uint32Array>();
    let bytes = 0;
    let e = s;
    while (e < work && probes.size < plan.blockDocs && bytes < plan.blockBytes) {
      const a = aOf(order[e]!);
      let need = 0;
      let u = e;
      while (u < work && aOf(order[u]!) === a) need |= kind(order[u++]!);
      const p = prepare(a, (need & VERIFY) !== 0);
      let probe: ProbeSide | null = null;
      if ((need & ALIGN) !== 0 && p !== null) {
        const d = buildAlignData(p, plan.reuse!.params);
        probe = { cmp: d.cmp, probes: d.probes, repeats: d.repeats };
        bytes += probe.cmp.byteLength + probe.probes.byteLength + probe.repeats.byteLength;
      }
      probes.set(a, probe);
      if ((need & VERIFY) !== 0 && p !== null) {
        sets.set(a, p.set);
        bytes += p.set.byteLength;
      }
      e = u;
    }
    order.subarray(s, e).sort((x, y) => bOf(x) - bOf(y) || x - y);
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
          const probe = probes.get(a);
          if (probe == null || seeds === null) continue;
          for (const c of alignWithData(probe, seeds, plan.reuse!.params)) buffer.push(w, a, b, c);
        } else {
          const o = setOverlap(sets.get(a) ?? empty, p?.set ?? empty);
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
