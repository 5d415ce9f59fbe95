/** Pass 1: MinHash signatures and fingerprints of every document (scan). */
import {
  barrierCodes,
  fillSignature,
  MINHASH_SEED,
  prepareDiagnostic,
  prepareDoc,
  type Signatures,
} from "../../../similarity/index.js";
import type { Diagnostic } from "../../../types.js";
import { FingerprintTable, fingerprints } from "../candidates.js";
import { loadDoc } from "../source.js";
import type { DocSource, RunPlan } from "../types.js";

/** Pass 1: MinHash signatures and fingerprints of every document. */
export function scan(
  source: DocSource,
  plan: RunPlan,
): { sig: Signatures; nearDiagnostics: Diagnostic[]; fingerprintEntries: Float64Array } {
  const n = source.infos.length;
  const k = plan.near?.numHashes ?? 0;
  const values = new Uint32Array(n * k);
  const table = new FingerprintTable();
  const nearDiagnostics: Diagnostic[] = [];
  const prep = { ...plan.prep, shingles: plan.near !== null };
  const empty = new Uint32Array(0);
  for (let i = 0; i < n; i++) {
    const doc = loadDoc(source, i, plan.fn);
    const p = prepareDoc(doc, prep);
    if (plan.near !== null) {
      const d = prepareDiagnostic(doc.id, p, prep);
      if (d !== null) nearDiagnostics.push(d);
      fillSignature(p?.set ?? empty, MINHASH_SEED, values, i * k, k);
    }
    if (plan.reuse !== null && p !== null) {
      const { params, candidates } = plan.reuse;
      table.add(i, fingerprints(barrierCodes(p, params).cmp, params.seedSize, candidates.window));
    }
  }
  return { sig: { numHashes: k, values, count: n }, nearDiagnostics, fingerprintEntries: table.sorted() };
}
