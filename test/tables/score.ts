/** Scoring parsed tables against rendered ground truth (used by tests and the bench). */
import { checkTables } from "../../src/rules/index.js";
import { parseTables } from "../../src/tables/index.js";
import type { Section, SectionKey, Sections, Tables } from "../../src/types.js";
import { type Layout, type Rendered, randomTruth, renderReport } from "./render.js";

/** Per-layout counts of cells. */
export interface Score {
  reports: number;
  cells: number;
  exact: number;
  /** Left null and flagged (ambiguous, missing): not exact, not wrong. */
  unresolved: number;
  /** A wrong value whose status says it was inferred, or that a failing rule covers. */
  wrongFlagged: number;
  /** A wrong value presented as read with no failing rule on it: must never happen. */
  wrongUnflagged: number;
  /** Planted agency errors in tables without empty cells, and how many made at least one rule fail. */
  planted: number;
  plantedDetected: number;
  /** Examples of unflagged errors, for debugging. */
  examples: string[];
}

/** An empty score. */
export function emptyScore(): Score {
  return {
    reports: 0,
    cells: 0,
    exact: 0,
    unresolved: 0,
    wrongFlagged: 0,
    wrongUnflagged: 0,
    planted: 0,
    plantedDetected: 0,
    examples: [],
  };
}

/** Score one parsed report against its truth. */
export function scoreReport(rendered: Rendered, tables: Tables, score: Score): void {
  const results = checkTables(tables);
  const failing = new Set(results.filter((r) => r.outcome === "fail").flatMap((r) => r.cells));
  score.reports++;
  const { truth } = rendered;
  const hasBlank = [...Object.values(truth.requests), ...Object.values(truth.review)].some((v) => v === null);
  if (truth.planted && !hasBlank) {
    score.planted++;
    if (results.some((r) => r.outcome === "fail")) score.plantedDetected++;
  }
  for (const table of ["proactive", "requests", "review"] as const) {
    for (const [key, tv] of Object.entries(truth[table] as Record<string, number | null>)) {
      const cell = tables[table].cells[key];
      score.cells++;
      const v = cell?.value ?? null;
      if ((tv === null && v === null) || (tv !== null && v !== null && Math.abs(v - tv) < 1e-6)) score.exact++;
      else if (v === null) score.unresolved++;
      else if (cell?.status === "read" && !failing.has(`${table}.${key}`)) {
        score.wrongUnflagged++;
        if (score.examples.length < 5)
          score.examples.push(`${rendered.layout} ${table}.${key}: truth ${tv}, parsed ${v} (${cell.raw})`);
      } else score.wrongFlagged++;
    }
  }
}

/** Deliberately wrong section spans (what a failed section split could hand over). */
export function wrongSections(text: string, seed: number): Sections {
  const sec = (key: SectionKey, start: number): Section => {
    const end = Math.min(text.length, start + 40);
    return { key, start, end, heading: { start, end: start }, title: "", text: text.slice(start, end) };
  };
  const at = (k: number) => Math.floor((((seed * 7919 + k * 104729) % 1000) / 1000) * text.length);
  return {
    overview: null,
    proactive: sec("proactive", at(1)),
    requests: sec("requests", at(2)),
    review: sec("review", at(3)),
    issues: null,
    other: null,
  };
}

/** Render `n` reports in a layout from consecutive seeds, parse them back and score them. */
export function scoreLayout(layout: Layout, n: number, seed0: number, errorRate: number): Score {
  const score = emptyScore();
  for (let i = 0; i < n; i++) {
    const seed = seed0 + i;
    const rendered = renderReport(randomTruth(seed, errorRate), layout, seed);
    const sections = seed % 3 === 0 ? wrongSections(rendered.text, seed) : null;
    const { tables } = parseTables(rendered.text, sections, { grids: rendered.grids });
    scoreReport(rendered, tables, score);
  }
  return score;
}

/** Percentage with two decimals. */
export function pct(a: number, b: number): string {
  return b === 0 ? "—" : `${((100 * a) / b).toFixed(2)}%`;
}

/** One line per layout for a diagnostic table. */
export function scoreTable(scores: ReadonlyMap<string, Score>): string {
  const lines = [
    "layout          reports  cells   exact    unresolved  wrong(flagged)  wrong(unflagged)  planted detected",
  ];
  for (const [layout, s] of scores) {
    lines.push(
      `${layout.padEnd(15)} ${String(s.reports).padStart(7)}  ${String(s.cells).padStart(6)}  ${pct(s.exact, s.cells).padStart(7)}  ${String(s.unresolved).padStart(10)}  ${String(s.wrongFlagged).padStart(14)}  ${String(s.wrongUnflagged).padStart(16)}  ${s.plantedDetected}/${s.planted}`,
    );
  }
  return lines.join("\n");
}
