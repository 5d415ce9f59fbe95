/**
 * The cells a reader doubts first — those of failing identity rules — with their place in the
 * source file and the text around it, gathered during the write pass for index.html (capped).
 */
import type { ReportRecord } from "../frames/index.js";

/** One doubted cell with its source text. */
export interface DoubtedCell {
  readonly report: string;
  readonly cell: string;
  readonly value: number | null;
  readonly raw: string;
  readonly page: number | null;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

/** Collects the doubted cells of counted reports, in record order, up to `limit`. */
export class DoubtedCells {
  readonly rows: DoubtedCell[] = [];
  constructor(private readonly limit = 300) {}

  add(r: ReportRecord): void {
    if (r.duplicate_of !== null) return;
    const tables = [...Object.entries(r.report.tables), ["legacy", r.report.legacy] as const];
    for (const [table, t] of tables) {
      for (const [key, c] of Object.entries(t.details)) {
        if (this.rows.length >= this.limit) return;
        if (c.context === undefined || c.origin == null || c.raw === null) continue;
        this.rows.push({
          report: r.id,
          cell: `${table}.${key}`,
          value: c.value,
          raw: c.raw,
          page: c.origin.page ?? null,
          start: c.origin.start,
          end: c.origin.end,
          before: c.context.before,
          after: c.context.after,
        });
      }
    }
  }
}
