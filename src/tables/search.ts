/**
 * The proof of uniqueness: a bounded depth-first search over the rows that have several
 * readings (digit splits of a run, placements of too few values; the walk of `joint.ts`), pruned by every identity
 * as soon as all its rows are chosen, that visits *every* joint reading satisfying the
 * identities and non-negativity and summarises, cell by cell, what those readings say.
 * A cell is decided only when all of them agree; the search never stops at the first fit.
 * Past the bound, or when no joint reading fits, the summary falls back to what each row's
 * readings agree on by themselves (sound without the joint proof), and says which.
 */
import { type Compiled, propagate } from "./constraints.js";
import { walkJoint } from "./joint.js";
import type { CellSource, RowReadings } from "./rows.js";

/** Bound on the nodes of the search (rows chosen, summed over the branches). */
export const SEARCH_BOUND = 20_000;
/** At most this many candidate values are kept for one cell. */
const CANDIDATE_BOUND = 64;

/** A row as the search sees it. */
export interface SearchRow {
  readonly keys: readonly string[];
  /** No readings: the row's values could not be placed (its cells are unknown, fillable). */
  readonly readings: RowReadings;
  /** The row was printed with no value at all: its cells are blank, never filled. */
  readonly blank: boolean;
}

/** What the fitting joint readings say about one cell. */
export interface CellSummary {
  /** Value in the first fitting reading. */
  first: number | null;
  /** Every fitting reading gives the same value (or all give none). */
  agree: boolean;
  candidates: Set<number>;
  /**
   * Some fitting reading leaves the cell open (not printed there, not determined), or more
   * than the bound of candidates fit: `candidates` is then not every value that fits.
   */
  open: boolean;
  /** Source of the value in the first fitting reading, and whether every reading has it. */
  source: CellSource;
  sourceKey: string;
  sameSource: boolean;
  /** Rules that filled the cell (in any fitting reading); `filled` when the first reading filled it. */
  fillRules: Set<string>;
  filled: boolean;
}

/** How the summary was obtained. */
export type SearchOutcome = "proved" | "bound" | "inconsistent";

export interface SearchResult {
  readonly cells: CellSummary[];
  readonly outcome: SearchOutcome;
  /** Fitting joint readings found (proved only). */
  readonly fits: number;
  /** Per row: how many of its readings are in some fitting joint reading (proved only). */
  readonly rowFits: readonly number[];
  readonly nodes: number;
}

const MISSING: CellSource = { kind: "missing" };
const EPS = 1e-6;

function fillableOf(row: SearchRow, s: CellSource): boolean {
  return !row.blank && s.kind === "missing";
}

function sourceKey(s: CellSource): string {
  if (s.kind === "token") return `t${s.token}`;
  if (s.kind === "part") return `p${s.start}-${s.end}`;
  return "m";
}

/** Search the joint readings of a group of rows under its compiled identities. */
export function searchReadings(rows: readonly SearchRow[], ids: readonly Compiled[]): SearchResult {
  const offsets: number[] = [];
  const cellRow: number[] = [];
  rows.forEach((row, r) => {
    offsets.push(cellRow.length);
    for (let c = 0; c < row.keys.length; c++) cellRow.push(r);
  });
  const n = cellRow.length;
  const values: (number | null)[] = new Array(n).fill(null);
  const fillable: boolean[] = cellRow.map((r) => !rows[r]!.blank);
  // Bounds of every cell: exact once its row is chosen, else the span of its row's readings;
  // an unprinted or blank cell is an unknown count ≥ 0.
  const lo = new Float64Array(n);
  const hi = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const rowLo: Float64Array[] = rows.map((row) => new Float64Array(row.keys.length));
  const rowHi: Float64Array[] = rows.map((row) => new Float64Array(row.keys.length));
  const keysOf: string[][][] = rows.map((row) => row.readings.readings.map((x) => x.sources.map(sourceKey)));
  /** Readings of each row still possible (narrowed below before the search). */
  const alive: number[][] = rows.map((row) => row.readings.readings.map((_, k) => k));
  const span = (r: number) => {
    const row = rows[r]!;
    const a = rowLo[r]!.fill(Number.POSITIVE_INFINITY);
    const b = rowHi[r]!.fill(Number.NEGATIVE_INFINITY);
    for (const k of alive[r]!) {
      const reading = row.readings.readings[k]!;
      for (let c = 0; c < a.length; c++) {
        const v = reading.values[c] ?? null;
        a[c] = Math.min(a[c]!, v ?? 0);
        b[c] = Math.max(b[c]!, v ?? Number.POSITIVE_INFINITY);
      }
    }
    if (alive[r]!.length === 0) {
      a.fill(0);
      b.fill(Number.POSITIVE_INFINITY);
    }
    lo.set(a, offsets[r]);
    hi.set(b, offsets[r]);
  };
  for (let r = 0; r < rows.length; r++) span(r);
  const picks: number[] = rows.map(() => 0);
  const assign = (r: number, k: number) => {
    const row = rows[r]!;
    const reading = row.readings.readings[k]!;
    const at = offsets[r]!;
    for (let c = 0; c < row.keys.length; c++) {
      const v = reading.values[c] ?? null;
      values[at + c] = v;
      fillable[at + c] = fillableOf(row, reading.sources[c] ?? MISSING);
      lo[at + c] = v ?? 0;
      hi[at + c] = v ?? Number.POSITIVE_INFINITY;
    }
    picks[r] = k;
  };
  const clear = (r: number) => {
    lo.set(rowLo[r]!, offsets[r]);
    hi.set(rowHi[r]!, offsets[r]);
  };
  const feasible = (id: Compiled): boolean => {
    let min = -id.constant;
    let max = -id.constant;
    for (const i of id.sum) {
      min += lo[i]!;
      max += hi[i]!;
    }
    for (const i of id.parts) {
      min -= hi[i]!;
      max -= lo[i]!;
    }
    return min <= EPS && max >= -EPS;
  };
  const touching: Compiled[][] = rows.map(() => []);
  for (const id of ids) {
    for (const r of new Set([...id.sum, ...id.parts].map((i) => cellRow[i]!))) touching[r]!.push(id);
  }
  // Narrowing (arc consistency): drop a row's reading when, with the other rows at their
  // bounds, some identity cannot hold; repeat until nothing changes. Sound: a dropped reading
  // is in no fitting joint reading.
  for (let pass = 0, changed = true; changed && pass < 12; pass++) {
    changed = false;
    for (let r = 0; r < rows.length; r++) {
      const list = alive[r]!;
      // a row with one reading is checked with the rest below; narrowing only prunes choices
      if (list.length <= 1 || touching[r]!.length === 0) continue;
      const kept = list.filter((k) => {
        assign(r, k);
        return touching[r]!.every(feasible);
      });
      if (kept.length === 0 && rows[r]!.readings.readings.length > 0) {
        clear(r);
        return consensus(rows, ids, "inconsistent", 0);
      }
      if (kept.length !== list.length) changed = true;
      alive[r] = kept;
      span(r);
    }
  }
  const multi = rows.flatMap((_, r) => (alive[r]!.length > 1 ? [r] : []));
  rows.forEach((_, r) => {
    const only = alive[r]!;
    if (only.length === 1) assign(r, only[0]!);
  });
  const depthOfRow = new Map(multi.map((r, d) => [r, d]));
  const checks: Compiled[][] = multi.map(() => []);
  for (const id of ids) {
    const depths = new Set([...id.sum, ...id.parts].map((i) => depthOfRow.get(cellRow[i]!) ?? -1));
    for (const d of depths) if (d >= 0) checks[d]!.push(id);
  }
  const cells: CellSummary[] = [];
  let fits = 0;
  const seen = rows.map(() => new Set<number>());
  const accumulate = (vals: readonly (number | null)[], fills: readonly (string | null)[]) => {
    let i = 0;
    rows.forEach((row, r) => {
      seen[r]!.add(picks[r]!);
      const reading = row.readings.readings[picks[r]!];
      const keys = keysOf[r]![picks[r]!];
      for (let c = 0; c < row.keys.length; c++, i++) {
        const v = vals[i] ?? null;
        const fill = fills[i] ?? null;
        const key = keys?.[c] ?? "m";
        const s = cells[i];
        if (!s) {
          cells[i] = {
            first: v,
            agree: true,
            candidates: new Set(v === null ? [] : [v]),
            open: v === null,
            source: reading?.sources[c] ?? MISSING,
            sourceKey: key,
            sameSource: true,
            fillRules: new Set(fill === null ? [] : [fill]),
            filled: fill !== null,
          };
          continue;
        }
        if (v !== s.first) s.agree = false;
        if (v === null) s.open = true;
        else if (s.candidates.size < CANDIDATE_BOUND) s.candidates.add(v);
        else if (!s.candidates.has(v)) s.open = true;
        if (key !== s.sourceKey) s.sameSource = false;
        if (fill !== null) s.fillRules.add(fill);
      }
    });
    fits++;
  };
  if (!ids.every(feasible)) return consensus(rows, ids, "inconsistent", 0);
  const { nodes, aborted } = walkJoint(
    multi.map((r) => alive[r]!),
    SEARCH_BOUND,
    {
      accept: (d, k) => {
        assign(multi[d]!, k);
        return checks[d]!.every(feasible);
      },
      leaf: () => {
        const vals = [...values];
        const fills: (string | null)[] = new Array(n).fill(null);
        if (propagate(vals, [...fillable], fills, ids)) accumulate(vals, fills);
      },
      leave: (d) => clear(multi[d]!),
    },
  );
  if (aborted) {
    const narrowed = rows.map((row, r) => ({
      ...row,
      readings: { ...row.readings, readings: alive[r]!.map((k) => row.readings.readings[k]!) },
    }));
    return consensus(narrowed, ids, "bound", nodes);
  }
  if (fits === 0) return consensus(rows, ids, "inconsistent", nodes);
  return { cells, outcome: "proved", fits, nodes, rowFits: seen.map((x) => x.size) };
}

/**
 * What each row's readings agree on by themselves; missing cells are filled from those
 * values only when the table is not known to be inconsistent (`bound`).
 */
function consensus(
  rows: readonly SearchRow[],
  ids: readonly Compiled[],
  outcome: Exclude<SearchOutcome, "proved">,
  nodes: number,
): SearchResult {
  const cells: CellSummary[] = [];
  const values: (number | null)[] = [];
  const fillable: boolean[] = [];
  for (const row of rows) {
    const readings = row.readings.readings;
    for (let c = 0; c < row.keys.length; c++) {
      const first = readings[0];
      const source = first?.sources[c] ?? MISSING;
      const s: CellSummary = {
        first: first?.values[c] ?? null,
        agree: true,
        candidates: new Set(),
        open: false,
        source,
        sourceKey: sourceKey(source),
        sameSource: true,
        fillRules: new Set(),
        filled: false,
      };
      let allMissing = true;
      for (const reading of readings) {
        const v = reading.values[c] ?? null;
        const src = reading.sources[c] ?? MISSING;
        if (v !== s.first) s.agree = false;
        if (v === null) s.open = true;
        else if (s.candidates.size < CANDIDATE_BOUND) s.candidates.add(v);
        else if (!s.candidates.has(v)) s.open = true;
        if (sourceKey(src) !== s.sourceKey) s.sameSource = false;
        if (src.kind !== "missing") allMissing = false;
      }
      cells.push(s);
      values.push(s.agree ? s.first : null);
      fillable.push(outcome === "bound" && allMissing && !row.blank);
    }
  }
  const fills: (string | null)[] = values.map(() => null);
  const filledValues = [...values];
  if (outcome === "bound" && propagate(filledValues, fillable, fills, ids)) {
    cells.forEach((s, i) => {
      const fill = fills[i];
      if (fill === null || fill === undefined) return;
      s.first = filledValues[i] ?? null;
      s.agree = true;
      s.candidates = new Set(s.first === null ? [] : [s.first]);
      s.open = false;
      s.fillRules.add(fill);
      s.filled = true;
    });
  }
  return { cells, outcome, fits: 0, nodes, rowFits: rows.map((row) => row.readings.readings.length) };
}
