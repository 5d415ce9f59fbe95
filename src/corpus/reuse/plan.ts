/** The options of a run, checked once and resolved into a plan (`RunPlan`) that every pass reads. */
import { InvalidOptionError } from "../../errors.js";
import { alignParams, type LshOptions } from "../../similarity/index.js";
import { candidateParams } from "./candidates.js";
import type { NearPlan, ReuseOptions, ReusePlan } from "./types.js";

/** Check the near-duplicate options (`name` is how the threshold is called in `fn`). */
export function nearPlan(
  options: { threshold?: number; numHashes?: number; slack?: number } & LshOptions,
  fn: string,
  name = "threshold",
): NearPlan {
  const { threshold = 0.5, numHashes = 126, slack = 0.15, bands, rows, maxBucket } = options;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new InvalidOptionError(`similarity.${fn}: ${name} must be in (0, 1]; found ${threshold}`);
  }
  if (!Number.isInteger(numHashes) || numHashes <= 0) {
    throw new InvalidOptionError(`similarity.${fn}: numHashes must be a positive integer; found ${numHashes}`);
  }
  return { threshold, numHashes, slack, lsh: { bands, rows, maxBucket } };
}

/** Check the reuse options. */
export function reusePlan(options: ReuseOptions, fn: string): ReusePlan {
  const params = alignParams(options);
  const { clusterOverlap = 0.5, maxAgencyReports = 64 } = options;
  if (!(clusterOverlap > 0 && clusterOverlap <= 1)) {
    throw new InvalidOptionError(`similarity.${fn}: clusterOverlap must be in (0, 1]; found ${clusterOverlap}`);
  }
  if (!(maxAgencyReports >= 0)) {
    throw new InvalidOptionError(`similarity.${fn}: maxAgencyReports must be a number ≥ 0; found ${maxAgencyReports}`);
  }
  return { params, candidates: candidateParams(options, fn), clusterOverlap, maxAgencyReports };
}

/** Bytes of alignment data (sweep) or texts (`passageRows`) a block holds at most by default: 512 MiB. */
export const BLOCK_BYTES = 512 * 1024 * 1024;

/** Check the block size options: documents (default: no limit) and bytes (default `BLOCK_BYTES`) per block. */
export function blockOptions(
  options: { blockDocs?: number; blockBytes?: number },
  fn: string,
): { blockDocs: number; blockBytes: number } {
  const { blockDocs = Number.MAX_SAFE_INTEGER, blockBytes = BLOCK_BYTES } = options;
  if (!Number.isInteger(blockDocs) || blockDocs < 1) {
    throw new InvalidOptionError(`similarity.${fn}: blockDocs must be an integer ≥ 1; found ${blockDocs}`);
  }
  if (!(blockBytes >= 1)) {
    throw new InvalidOptionError(`similarity.${fn}: blockBytes must be a number ≥ 1; found ${blockBytes}`);
  }
  return { blockDocs, blockBytes };
}
