// Tables on rendered reports: random ground-truth tables (test/tables/render.ts) written in every
// layout, digits run together included, from a seed that no test uses, then read back through the
// per-report stages (ingest → sections → narrative facts → tables). Every cell is one of:
//   exact      the value equals the truth (a printed blank read as null counts as exact)
//   wrong      a value that differs from the truth, whatever its status — must be 0
//   ambiguous  value null, status `ambiguous` (several values fit; candidates kept)
//   missing    value null with any other status (missing, blank, unreadable)
// Reports are split into a tune and a check half by a fixed hash of their seed.
// `npm run eval -- tables`. Environment: EVAL_TABLES_PER_LAYOUT (default 120).
import { createHash } from "node:crypto";
import { ingestText } from "../../src/ingest/index.js";
import { extractNarrative } from "../../src/narrative/index.js";
import { detectMeta, segmentReport } from "../../src/sections/index.js";
import { parseTables } from "../../src/tables/index.js";
import type { Tables } from "../../src/types.js";
import { LAYOUTS, type Rendered, randomTruth, renderReport } from "../../test/tables/render.js";
import type { EvalSection, Score } from "./format.js";

/** First seed of the evaluation; no test or bench renders from this range. */
const SEED = 0x5e_ed_20_25;
const ERROR_RATE = 0.1;
const FIELDS = ["exact", "wrong", "ambiguous", "missing"] as const;
type Field = (typeof FIELDS)[number];
/** `wrongWithError`: wrong cells in a table that carries a planted agency arithmetic error. */
type Counts = Record<Field, number> & { cells: number; wrongWithError: number };

function perLayout(): number {
  const raw = Number(process.env.EVAL_TABLES_PER_LAYOUT ?? 120);
  return Number.isInteger(raw) && raw > 0 ? raw : 120;
}

/** The tables the per-report stages read from a rendered report. */
export function readRendered(rendered: Rendered): Tables {
  const doc = ingestText(rendered.text);
  const grids = rendered.grids.length > 0 && doc.text === rendered.text ? rendered.grids : doc.tables;
  const seg = segmentReport(doc.text);
  const { meta } = detectMeta(doc, seg.sections, seg.template);
  const narrative = extractNarrative(doc.text, seg.sections);
  return parseTables(doc.text, seg.sections, { template: meta.template, grids, facts: narrative.facts }).tables;
}

/** Add one report's cells to the counts; wrong cells are listed in `wrong` (first few). */
export function countCells(rendered: Rendered, tables: Tables, into: Counts, wrong: string[]): void {
  for (const table of ["proactive", "requests", "review"] as const) {
    for (const [key, truth] of Object.entries(rendered.truth[table] as Record<string, number | null>)) {
      const cell = tables[table].cells[key];
      const v = cell?.value ?? null;
      into.cells++;
      if ((truth === null && v === null) || (truth !== null && v !== null && Math.abs(v - truth) < 1e-6)) into.exact++;
      else if (v !== null) {
        into.wrong++;
        if (rendered.truth.planted?.table === table) into.wrongWithError++;
        if (wrong.length < 12)
          wrong.push(`${rendered.layout} ${table}.${key}: truth ${truth}, got ${v} (${cell?.status})`);
      } else if (cell?.status === "ambiguous") into.ambiguous++;
      else into.missing++;
    }
  }
}

const empty = (): Counts => ({ cells: 0, exact: 0, wrong: 0, ambiguous: 0, missing: 0, wrongWithError: 0 });

function scores(c: Counts): Record<Field, Score> {
  return Object.fromEntries(FIELDS.map((f) => [f, { correct: c[f], total: c.cells }])) as Record<Field, Score>;
}

/** The half of a rendered report, by a fixed hash of its seed (never by its outcome). */
export function halfOf(seed: number): "tune" | "check" {
  return (createHash("sha256").update(`tables:${seed}`, "utf8").digest()[0] as number) % 2 === 0 ? "tune" : "check";
}

/**
 * One section per half: a row per layout and a total. The tune half lists its wrong cells
 * (what a change may be driven by); the check half prints numbers only.
 */
export async function evaluate(): Promise<EvalSection[]> {
  const n = perLayout();
  const halves = {
    tune: { rows: [] as EvalSection["rows"][number][], total: empty(), reports: 0 },
    check: { rows: [] as EvalSection["rows"][number][], total: empty(), reports: 0 },
  };
  const wrong: string[] = [];
  let checkWrong = 0;
  LAYOUTS.forEach((layout, l) => {
    const counts = { tune: empty(), check: empty() };
    for (let i = 0; i < n; i++) {
      const seed = SEED + l * 100_003 + i;
      const half = halfOf(seed);
      const rendered = renderReport(randomTruth(seed, ERROR_RATE), layout, seed);
      const listed: string[] = [];
      countCells(rendered, readRendered(rendered), counts[half], half === "tune" ? wrong : listed);
      if (half === "check") checkWrong += listed.length;
      halves[half].reports++;
    }
    for (const half of ["tune", "check"] as const) {
      for (const f of [...FIELDS, "cells", "wrongWithError"] as const) halves[half].total[f] += counts[half][f];
      halves[half].rows.push({ label: layout, scores: scores(counts[half]) });
    }
  });
  return (["tune", "check"] as const).map((half) => {
    const h = halves[half];
    const notes =
      half === "tune"
        ? wrong.length > 0
          ? ["wrong cells (first few):", ...wrong.map((w) => `  ${w}`)]
          : ["wrong cells: none"]
        : [
            `wrong cells: ${h.total.wrong}${checkWrong > 0 ? " (not listed: a check half is looked at only as a number)" : ""}`,
          ];
    return {
      title: `tables · rendered reports · ${half} half (seed ${SEED}, ${h.reports} reports of ${n * LAYOUTS.length}, ${h.total.cells} cells; share of cells)`,
      fields: FIELDS,
      rows: [...h.rows, { label: "ALL", scores: scores(h.total) }],
      precision: 2,
      notes,
    };
  });
}
