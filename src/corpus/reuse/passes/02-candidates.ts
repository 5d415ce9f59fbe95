/** Pass 2: candidate pairs of both kinds — LSH for near-duplicates, shared fingerprints and agencies for reuse. */

import { estimateJaccard, lshCandidates, type Signatures } from "../../../similarity/index.js";
import type { Diagnostic } from "../../../types.js";
import { reuseCandidates } from "../candidates.js";
import { agencyGroups } from "../order.js";
import type { DocSource, NearDuplicateResult, NearPlan, RunPlan } from "../types.js";
import { scan } from "./01-scan.js";

/** Passes 1 and 2: candidate pairs of both kinds (the signatures and fingerprints are let go). */
export function candidates(
  source: DocSource,
  plan: RunPlan,
  rank: Int32Array,
): {
  verify: Int32Array;
  nearStats: NearDuplicateResult["stats"];
  nearDiagnostics: Diagnostic[];
  pairs: Int32Array;
  reuseDiagnostics: Diagnostic[];
} {
  const { sig, nearDiagnostics, fingerprintEntries } = scan(source, plan);
  let verify = new Int32Array(0);
  let nearStats = { candidates: 0, verified: 0, largeBuckets: 0 };
  if (plan.near !== null) ({ verify, stats: nearStats } = nearCandidates(sig, plan.near));
  const reuseDiagnostics: Diagnostic[] = [];
  let pairs = new Int32Array(0);
  if (plan.reuse !== null) {
    const groups = agencyGroups(source.infos, plan.reuse.maxAgencyReports, reuseDiagnostics);
    pairs = reuseCandidates(fingerprintEntries, rank, groups, plan.reuse.candidates.maxDf);
  }
  return { verify, nearStats, nearDiagnostics, pairs, reuseDiagnostics };
}

/** LSH candidates that pass the MinHash estimate, to be verified exactly. */
function nearCandidates(
  sig: Signatures,
  near: NearPlan,
): { verify: Int32Array; stats: { candidates: number; verified: number; largeBuckets: number } } {
  const cand = lshCandidates(sig, near.lsh);
  const keep: number[] = [];
  for (let i = 0; i < cand.pairs.length; i += 2) {
    const a = cand.pairs[i]!;
    const b = cand.pairs[i + 1]!;
    if (estimateJaccard(sig, a, b) >= near.threshold - near.slack) keep.push(a, b);
  }
  const stats = { candidates: cand.pairs.length / 2, verified: keep.length / 2, largeBuckets: cand.groups.length };
  return { verify: Int32Array.from(keep), stats };
}
