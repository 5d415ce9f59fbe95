// Shared printing for `npm run eval`: accuracy as correct/total with a Wilson 95 % score interval
// (simple-statistics has no binomial-proportion interval, so the four-line formula lives here).

/** Correct out of total for one field on one set and half. */
export interface Score {
  readonly correct: number;
  readonly total: number;
}

/** One block of the printout: a set (real, generated, rendered …), its halves, and a score per field. */
export interface EvalSection {
  /** e.g. `metadata · real openings (data/eval/openings)` */
  readonly title: string;
  /** Column names, e.g. year, agency, published, level, province. */
  readonly fields: readonly string[];
  /** One row per half (`tune`, `check`) or per layout: a label and a score per field. */
  readonly rows: readonly { readonly label: string; readonly scores: Readonly<Record<string, Score>> }[];
  /** Lines printed under the table (failure lists of a tune half, notes). */
  readonly notes?: readonly string[];
  /** Decimals of the percentages (default 1); more for rare events such as wrong table cells. */
  readonly precision?: number;
}

/**
 * Wilson score interval for a binomial proportion at 95 % (z = 1.96).
 * @returns [low, high], both in [0, 1]; [0, 1] when total is 0
 */
export function wilson(correct: number, total: number, z = 1.96): readonly [number, number] {
  if (total === 0) return [0, 1];
  const p = correct / total;
  const d = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const pct = (x: number, digits: number): string => `${(100 * x).toFixed(digits)}`;

/** `97.0 % [93.1–98.7] 97/100` (`digits` decimals, default 1) */
export function formatScore({ correct, total }: Score, digits = 1): string {
  if (total === 0) return "n/a";
  const [lo, hi] = wilson(correct, total);
  return `${pct(correct / total, digits)} % [${pct(lo, digits)}–${pct(hi, digits)}] ${correct}/${total}`;
}

/** The section as an aligned text table. */
export function formatSection(s: EvalSection): string {
  const head = ["", ...s.fields];
  const body = s.rows.map((r) => [
    r.label,
    ...s.fields.map((f) => {
      const score = r.scores[f];
      return score === undefined ? "" : formatScore(score, s.precision);
    }),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => [...(row[i] ?? "")].length)));
  const line = (row: readonly string[]): string =>
    row
      .map((c, i) => c + " ".repeat(widths[i]! - [...c].length))
      .join("  ")
      .trimEnd();
  return [`== ${s.title} ==`, line(head), ...body.map(line), ...(s.notes ?? [])].join("\n");
}
