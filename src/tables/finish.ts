/**
 * From the rows of a table to the `ParsedTable`: the table's identities (cached per
 * template), the prose facts that bear on it, the solver, the table-level `tables.ambiguous`
 * diagnostic, the status and the layout name; and the empty and missing tables.
 */
import {
  tableFactTarget as factTarget,
  type TableIdentity as Identity,
  identitiesFor,
  type TableTemplate,
  tableCellKeys,
} from "../rules/index.js";
import type { Cell, Diagnostic, Fact, GridTable, ParsedTable, TableKey, TableStatus } from "../types.js";
import type { Span2 } from "./read-rows.js";
import { type FactConstraint, type SolveRow, solveTable } from "./solve.js";

/** A table of `template` with every cell missing (none for a legacy table). */
export function emptyTable(key: TableKey, template: TableTemplate | null, status: TableStatus): ParsedTable {
  const cells: Record<string, Cell> = {};
  if (template !== null) {
    for (const k of tableCellKeys(key, template)) cells[k] = { value: null, status: "missing", raw: null, span: null };
  }
  return { key, status, template: template ?? "legacy", layout: null, span: null, cells, diagnostics: [] };
}

/** What every table of a report is read from. */
export interface Context {
  readonly text: string;
  readonly masked: string;
  readonly grids: readonly GridTable[];
  readonly facts: readonly Fact[];
}

/** A table whose anchor words were not found. */
export function missingTable(key: TableKey, template: TableTemplate): ParsedTable {
  const t = emptyTable(key, template, "missing");
  const diagnostic: Diagnostic = {
    code: "tables.missing",
    severity: "warning",
    message: `table ${key}: expected its anchor words (e.g. ${key === "proactive" ? "第二十条第（一）项" : key === "requests" ? "本年新收政府信息公开申请数量" : "行政复议 … 结果维持"}), found none`,
  };
  return { ...t, diagnostics: [diagnostic] };
}

function layoutName(ctx: Context, r: Span2, flattened: boolean): string {
  if (flattened) return "flattened";
  if (ctx.grids.some((g) => g.span.start < r.end && g.span.end > r.start)) return "grid";
  const region = ctx.masked.slice(r.start, r.end);
  if (/\|\s*:?-{3,}/u.test(region)) return "markdown";
  if (region.includes("|")) return "pipe";
  if (region.includes("\t")) return "tab";
  const lines = region.split("\n").filter((l) => /\d/u.test(l));
  const multi = lines.filter((l) => /\d\s+[\d—\-/无]/u.test(l.trim())).length;
  return multi * 2 >= lines.length ? "space" : "cell-per-line";
}

function factConstraints(facts: readonly Fact[], key: TableKey, template: TableTemplate): FactConstraint[] {
  const out: FactConstraint[] = [];
  for (const f of facts) {
    const target = factTarget(f.subject, template);
    if (target && target.table === key) out.push({ rule: `facts.${f.subject}`, cells: target.cells, value: f.value });
  }
  return out;
}

const identityCache = new Map<string, readonly Identity[]>();

/** The identities of one table (cached per template: the same array each time). */
function tableIdentities(template: TableTemplate, key: TableKey): readonly Identity[] {
  const id = `${template}/${key}`;
  let ids = identityCache.get(id);
  if (!ids) {
    ids = identitiesFor(template).filter((i) => i.table === key);
    identityCache.set(id, ids);
  }
  return ids;
}

/** Solve the rows of a table and compose it. */
export function finish(
  ctx: Context,
  key: TableKey,
  template: TableTemplate,
  r: Span2,
  read: { rows: SolveRow[]; diagnostics: Diagnostic[]; flattened: boolean },
  statusHint: TableStatus | null,
): ParsedTable {
  const ids = tableIdentities(template, key);
  const solved = solveTable(read.rows, ids, factConstraints(ctx.facts, key, template), ctx.text);
  const cells = solved.cells;
  const diagnostics = [...read.diagnostics, ...solved.diagnostics];
  const ambiguous = Object.keys(cells).filter((k) => cells[k]?.status === "ambiguous");
  if (ambiguous.length > 0) {
    diagnostics.push({
      code: "tables.ambiguous",
      severity: "warning",
      message: `table ${key}: ${ambiguous.length} cell(s) fit several values and are left empty: ${ambiguous.slice(0, 6).join(", ")}${ambiguous.length > 6 ? ", …" : ""}`,
      offset: r.start,
    });
  }
  const complete = Object.values(cells).every((c) => c.value !== null);
  const status: TableStatus = statusHint ?? (complete ? "complete" : "partial");
  return {
    key,
    status,
    template,
    layout: layoutName(ctx, r, read.flattened),
    span: { start: r.start, end: r.end },
    cells,
    diagnostics,
  };
}
