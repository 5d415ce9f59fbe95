/**
 * Candidate readings of one printed row: how its value tokens can fill its cells.
 * One token per cell gives one reading; a flattened digit run gives every split that
 * respects the no-leading-zero rule; too few or too many tokens give every placement.
 * Enumeration is bounded; hitting the bound is reported, never hidden.
 */
import type { ValueToken } from "./values.js";

/** Where one cell of a reading comes from. */
export type CellSource =
  | { readonly kind: "token"; readonly token: number }
  | { readonly kind: "part"; readonly token: number; readonly start: number; readonly end: number }
  | { readonly kind: "missing" };

/** One way to read a row. */
export interface Reading {
  readonly values: readonly (number | null)[];
  readonly sources: readonly CellSource[];
}

/** All readings of a row, and how they came about. */
export interface RowReadings {
  readonly readings: Reading[];
  /** The row printed one value for a seven-column request row: read as its total. */
  readonly totalOnly: boolean;
  /** Enumeration stopped at the bound. */
  readonly boundHit: boolean;
  /** Tokens no reading could use (more tokens than cells). */
  readonly surplus: number;
}

/** Bound on the readings enumerated for one row. */
export const ROW_BOUND = 5000;
/** Bound on placements of too few / too many tokens. */
export const PLACEMENT_BOUND = 64;

function tokenValue(t: ValueToken): number | null {
  return t.kind === "number" ? t.value : null;
}

function direct(tokens: readonly ValueToken[]): Reading {
  return { values: tokens.map(tokenValue), sources: tokens.map((_, token) => ({ kind: "token", token })) };
}

/** Splits of a digit string into `k` numbers without leading zeros. */
export function splitDigits(digits: string, k: number, bound: number): string[][] {
  const out: string[][] = [];
  const rec = (at: number, left: number, acc: string[]) => {
    if (out.length >= bound) return;
    if (left === 1) {
      const last = digits.slice(at);
      if (last.length > 0 && (last.length === 1 || last[0] !== "0")) out.push([...acc, last]);
      return;
    }
    const maxLen = digits.length - at - (left - 1);
    for (let len = 1; len <= maxLen; len++) {
      const part = digits.slice(at, at + len);
      if (len > 1 && part[0] === "0") break;
      rec(at + len, left - 1, [...acc, part]);
    }
  };
  if (k >= 1 && digits.length >= k) rec(0, k, []);
  return out;
}

function splittable(t: ValueToken): boolean {
  return t.kind === "number" && t.digits.length >= 2 && t.raw.replace(/^[-−+]/u, "").startsWith(t.digits + t.decimal);
}

/** Part counts per token that sum to `n`. */
function partCounts(tokens: readonly ValueToken[], n: number, bound: number): number[][] {
  const out: number[][] = [];
  const rec = (i: number, left: number, acc: number[]) => {
    if (out.length >= bound) return;
    if (i === tokens.length) {
      if (left === 0) out.push(acc);
      return;
    }
    const t = tokens[i]!;
    const max = splittable(t) ? Math.min(t.digits.length, left - (tokens.length - i - 1)) : 1;
    for (let k = 1; k <= max; k++) rec(i + 1, left - k, [...acc, k]);
  };
  rec(0, n, []);
  return out;
}

function tokenSplits(
  t: ValueToken,
  index: number,
  k: number,
  bound: number,
): { values: number[]; sources: CellSource[] }[] {
  if (k === 1) return [{ values: [t.value ?? Number.NaN], sources: [{ kind: "token", token: index }] }];
  return splitDigits(t.digits, k, bound).map((parts) => {
    let at = t.start;
    const sources: CellSource[] = [];
    const values: number[] = [];
    const sign = t.signed ? t.raw[0]! : "";
    parts.forEach((p, j) => {
      const dec = j === parts.length - 1 ? t.decimal : "";
      const lead = j === 0 ? sign : "";
      values.push(Number(`${lead === "−" ? "-" : lead}${p}${dec}`));
      const end = j === parts.length - 1 ? t.end : at + lead.length + p.length;
      sources.push({ kind: "part", token: index, start: at, end });
      at += lead.length + p.length;
    });
    return { values, sources };
  });
}

function splits(tokens: readonly ValueToken[], n: number): { readings: Reading[]; boundHit: boolean } {
  const readings: Reading[] = [];
  let boundHit = false;
  const allCounts = partCounts(tokens, n, ROW_BOUND);
  if (allCounts.length >= ROW_BOUND) boundHit = true;
  for (const counts of allCounts) {
    let partial: Reading[] = [{ values: [], sources: [] }];
    counts.forEach((k, i) => {
      const options = tokenSplits(tokens[i]!, i, k, ROW_BOUND);
      if (options.length >= ROW_BOUND) boundHit = true;
      const next: Reading[] = [];
      for (const p of partial) {
        for (const o of options) {
          if (next.length >= ROW_BOUND) {
            boundHit = true;
            break;
          }
          next.push({ values: [...p.values, ...o.values], sources: [...p.sources, ...o.sources] });
        }
      }
      partial = next;
    });
    for (const r of partial) {
      if (readings.length >= ROW_BOUND) {
        boundHit = true;
        break;
      }
      readings.push(r);
    }
  }
  return { readings, boundHit };
}

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

/** Order-preserving ways to put `m` tokens into `n > m` cells (the rest missing). */
function placements(tokens: readonly ValueToken[], n: number): Reading[] {
  const out: Reading[] = [];
  const rec = (cell: number, tok: number, values: (number | null)[], sources: CellSource[]) => {
    if (cell === n) {
      if (tok === tokens.length) out.push({ values, sources });
      return;
    }
    if (tok < tokens.length)
      rec(cell + 1, tok + 1, [...values, tokenValue(tokens[tok]!)], [...sources, { kind: "token", token: tok }]);
    if (n - cell > tokens.length - tok) rec(cell + 1, tok, [...values, null], [...sources, { kind: "missing" }]);
  };
  rec(0, 0, [], []);
  return out;
}

/** Ways to keep `n` of `m > n` tokens (the surplus ones dropped). */
function subsets(tokens: readonly ValueToken[], n: number): Reading[] {
  const out: Reading[] = [];
  const rec = (tok: number, acc: number[]) => {
    if (acc.length === n) {
      out.push({
        values: acc.map((i) => tokenValue(tokens[i]!)),
        sources: acc.map((token) => ({ kind: "token", token })),
      });
      return;
    }
    if (tok >= tokens.length || tokens.length - tok < n - acc.length) return;
    rec(tok + 1, [...acc, tok]);
    rec(tok + 1, acc);
  };
  rec(0, []);
  return out;
}

/**
 * Every reading of a row of `n` cells from its tokens.
 * @param flattened the layout glued adjacent cells together, so digit runs may be split
 * @param totalIndex index of the row's `total` cell for a request-matrix row (one value → total)
 */
export function rowReadings(
  tokens: readonly ValueToken[],
  n: number,
  flattened: boolean,
  totalIndex: number | null,
): RowReadings {
  const none = { totalOnly: false, boundHit: false, surplus: 0 };
  if (tokens.length === n) return { readings: [direct(tokens)], ...none };
  if (tokens.length < n && flattened) {
    const capacity = tokens.reduce((s, t) => s + (splittable(t) ? t.digits.length : 1), 0);
    if (capacity >= n && !(tokens.length === 1 && totalIndex !== null && capacity < n)) {
      // Past the bound the splits are not all known: none of them may decide a cell.
      const { readings, boundHit } = splits(tokens, n);
      if (boundHit) return { readings: [], ...none, boundHit };
      if (readings.length > 0) return { readings, ...none };
    }
  }
  if (tokens.length === 1 && totalIndex !== null && tokens[0]!.kind === "number") {
    const values: (number | null)[] = new Array(n).fill(null);
    const sources: CellSource[] = new Array(n).fill({ kind: "missing" });
    values[totalIndex] = tokens[0]!.value;
    sources[totalIndex] = { kind: "token", token: 0 };
    return { readings: [{ values, sources }], ...none, totalOnly: true };
  }
  if (tokens.length < n) {
    if (choose(n, tokens.length) > PLACEMENT_BOUND) return { readings: [], ...none, boundHit: true };
    return { readings: placements(tokens, n), ...none };
  }
  if (choose(tokens.length, n) > PLACEMENT_BOUND)
    return { readings: [], ...none, boundHit: true, surplus: tokens.length - n };
  return { readings: subsets(tokens, n), ...none, surplus: tokens.length - n };
}
