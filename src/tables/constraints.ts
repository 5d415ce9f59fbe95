/**
 * The identities of a table compiled to cell indices, and the two operations the solver
 * needs on them: `propagate` (fill what the identities and non-negative counts determine,
 * or find a contradiction). A null cell is
 * an unknown count ≥ 0; only `fillable` nulls (cells the layout did not print) get a value.
 */
import type { TableIdentity as Identity } from "../rules/index.js";

/** One identity `Σ sum = Σ parts` over cell indices of a group. */
export interface Compiled {
  readonly id: string;
  readonly sum: readonly number[];
  readonly parts: readonly number[];
  /** `Σ sum − Σ parts = constant` (0 for an identity; the stated figure for a fact from prose). */
  readonly constant: number;
}

const EPS = 1e-6;
const compileCache = new WeakMap<readonly Identity[], Map<string, Compiled[]>>();

/** The identities whose cells all lie in `index` (cached per identity list and key set). */
export function compile(identities: readonly Identity[], index: ReadonlyMap<string, number>): Compiled[] {
  // Groups of one identity list are disjoint sets of rows: their first key, size and last key
  // name them (joining every key of every group of every report was a measurable cost).
  const keys = [...index.keys()];
  const signature = `${keys[0]}|${keys.length}|${keys[keys.length - 1]}`;
  let byKeys = compileCache.get(identities);
  if (!byKeys) {
    byKeys = new Map();
    compileCache.set(identities, byKeys);
  }
  const hit = byKeys.get(signature);
  if (hit) return hit;
  const out: Compiled[] = [];
  for (const identity of identities) {
    const sum = identity.sum.map((k) => index.get(k));
    const parts = identity.parts.map((k) => index.get(k));
    if (sum.some((i) => i === undefined) || parts.some((i) => i === undefined)) continue;
    out.push({ id: identity.id, sum: sum as number[], parts: parts as number[], constant: 0 });
  }
  byKeys.set(signature, out);
  return out;
}

/** Fill what identities determine; false on a contradiction (negative count or failing identity). */
export function propagate(
  values: (number | null)[],
  fillable: boolean[],
  fills: (string | null)[],
  ids: readonly Compiled[],
): boolean {
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    for (const id of ids) {
      const r = settle(values, fillable, fills, id);
      if (r === "contradiction") return false;
      if (r === "changed") changed = true;
    }
    if (!changed) return true;
  }
  return true;
}

function settle(
  values: (number | null)[],
  fillable: boolean[],
  fills: (string | null)[],
  id: Compiled,
): "same" | "changed" | "contradiction" {
  let known = -id.constant;
  const nullSum: number[] = [];
  const nullParts: number[] = [];
  for (const i of id.sum) {
    const v = values[i];
    if (v === null || v === undefined) nullSum.push(i);
    else known += v;
  }
  for (const i of id.parts) {
    const v = values[i];
    if (v === null || v === undefined) nullParts.push(i);
    else known -= v;
  }
  if (nullSum.length + nullParts.length === 0) return Math.abs(known) < EPS ? "same" : "contradiction";
  // known = Σ known sum-side − Σ known parts; the nulls must make it zero.
  if (nullSum.length === 0 && known < -EPS) return "contradiction";
  if (nullParts.length === 0 && known > EPS) return "contradiction";
  const set = (i: number, v: number) => {
    if (!fillable[i]) return false;
    values[i] = Math.round(v * 1e6) / 1e6;
    fills[i] = id.id;
    return true;
  };
  let changed = false;
  if (nullSum.length + nullParts.length === 1) {
    const i = (nullSum[0] ?? nullParts[0])!;
    const v = nullSum.length === 1 ? -known : known;
    if (v < -EPS) return "contradiction";
    changed = set(i, Math.max(0, v));
  } else if (Math.abs(known) < EPS && (nullSum.length === 0 || nullParts.length === 0)) {
    for (const i of [...nullSum, ...nullParts]) changed = set(i, 0) || changed;
  }
  return changed ? "changed" : "same";
}
