/**
 * One report through every per-report stage: ingest → sections + metadata → narrative →
 * tables → rules. Produces the `xxgk parse` contract object and the richer analysis.
 */

import type { IngestOptions } from "../ingest/index.js";
import { ingestFile } from "../ingest/index.js";
import type { Narrative } from "../narrative/index.js";
import { extractNarrative } from "../narrative/index.js";
import { derivePanel } from "../panel/index.js";
import { checkLegacy, checkTables } from "../rules/index.js";
import { detectMeta, segmentReport } from "../sections/index.js";
import { missingLegacyTable, parseLegacyTable, parseTables } from "../tables/index.js";
import {
  type Diagnostic,
  type Fact,
  type IngestedDoc,
  type LegacyTable,
  type LegacyTableOut,
  type ParsedReport,
  type ReportStatus,
  SECTION_KEYS,
  type SectionKey,
  type SectionOut,
  type Sections,
  type TableKey,
  type TableOut,
  type Tables,
  type Template,
} from "../types.js";
import { doubtedCells, legacyWithOrigins, narrativeWithOrigins, tablesWithOrigins } from "./origins.js";

const TABLE_KEYS: readonly TableKey[] = ["proactive", "requests", "review"];

/** Everything the per-report stages found about one report. */
export interface ReportAnalysis {
  readonly report: ParsedReport;
  readonly doc: IngestedDoc;
  readonly sections: Sections;
  readonly narrative: Narrative;
}

export type ParseOptions = IngestOptions;

/**
 * Decide the report status: `error` when nothing usable was read, `partial` when something the
 * template calls for is missing, ambiguous or unreadable, `ok` otherwise.
 */
export function reportStatus(
  doc: Pick<IngestedDoc, "text">,
  sections: Sections,
  tables: Tables,
  diagnostics: readonly Diagnostic[],
): ReportStatus {
  if (doc.text.trim() === "" || SECTION_KEYS.every((k) => sections[k] === null)) {
    if (diagnostics.some((d) => d.severity === "error") || doc.text.trim() === "") return "error";
  }
  if (diagnostics.some((d) => d.severity === "error" || d.severity === "warning")) return "partial";
  if (SECTION_KEYS.some((k) => sections[k] === null)) return "partial";
  for (const t of Object.values(tables)) {
    if (t.status === "not_applicable") continue;
    if (t.status !== "complete") return "partial";
    if (Object.values(t.cells).some((c) => c.status === "ambiguous" || c.status === "unreadable")) return "partial";
  }
  return "ok";
}

function sectionsOut(sections: Sections): { [K in SectionKey]: SectionOut | null } {
  const out = {} as { [K in SectionKey]: SectionOut | null };
  for (const k of SECTION_KEYS) {
    const s = sections[k];
    out[k] = s === null ? null : { start: s.start, end: s.end, text: s.text };
  }
  return out;
}

/**
 * Run the per-report stages on an ingested document. Pure: the same document gives the same result.
 */
export function analyzeDoc(doc: IngestedDoc): ReportAnalysis {
  const seg = segmentReport(doc.text);
  const { meta, diagnostics: metaDiagnostics } = detectMeta(
    { text: doc.text, title: doc.title, publishedHint: doc.publishedHint, source: doc.source },
    seg.sections,
    seg.template,
  );
  // Pre-2019 reports state their figures under 二/三/四 (主动公开, 依申请公开, 复议), not only under 一.
  const narrative = narrativeWithOrigins(
    extractNarrative(doc.text, seg.sections, meta.template === "legacy" ? { factSections: SECTION_KEYS } : {}),
    doc,
  );
  const parsed = parseTables(doc.text, seg.sections, {
    template: meta.template,
    grids: doc.tables,
    facts: narrative.facts,
  });
  const legacy = readLegacy(doc.text, meta.template, parsed.tables, narrative.facts);
  const checks = [...checkTables(parsed.tables, { facts: narrative.facts }), ...checkLegacy(legacy, narrative.facts)];
  const doubted = doubtedCells(checks);
  const diagnostics: Diagnostic[] = [
    ...doc.diagnostics,
    ...seg.diagnostics,
    ...metaDiagnostics,
    ...narrative.diagnostics,
    ...parsed.diagnostics,
    ...legacy.diagnostics,
  ];
  const panel = derivePanel({ template: meta.template, tables: parsed.tables, legacy, facts: narrative.facts });
  const report: ParsedReport = {
    source: doc.source,
    sha256: doc.sha256,
    status: reportStatus(doc, seg.sections, parsed.tables, diagnostics),
    format: doc.format,
    encoding: doc.encoding,
    script: doc.text === "" ? null : doc.script,
    meta: { ...meta, source: doc.source, sha256: doc.sha256 },
    sections: sectionsOut(seg.sections),
    tables: tablesOut(tablesWithOrigins(parsed.tables, doc, doubted)),
    legacy: legacyOut(legacyWithOrigins(legacy, doc, doubted)),
    panel,
    checks,
    narrative: {
      problems: narrative.problems.map((i) => i.text),
      improvements: narrative.improvements.map((i) => i.text),
    },
    diagnostics,
  };
  return { report, doc, sections: seg.sections, narrative };
}

/**
 * The legacy table of a pre-2019 report, or of a report of unknown format whose national tables
 * were not found; `not_applicable` for the 2019 and 2021 formats.
 */
function readLegacy(text: string, template: Template, tables: Tables, facts: readonly Fact[]): LegacyTable {
  const national = Object.values(tables).some((t) => t.status !== "missing" && t.status !== "not_applicable");
  if (template === "2019" || template === "2021" || (template === "unknown" && national)) {
    return missingLegacyTable("not_applicable");
  }
  const table = parseLegacyTable(text, { facts });
  // A report of unknown format without a legacy table: nothing to say about a legacy table.
  return template === "unknown" && table.status === "missing" ? missingLegacyTable("not_applicable") : table;
}

/** The contract form of a legacy table. */
export function legacyOut(t: LegacyTable): LegacyTableOut {
  const cells: Record<string, number | null> = {};
  for (const [k, c] of Object.entries(t.cells)) cells[k] = c.value;
  const { status, layout, span, columns, rows, alternatives } = t;
  return { status, layout, span, columns, rows, cells, details: t.cells, alternatives };
}

/** Read, normalise and analyse one file. Never throws for a bad file: the report says what went wrong. */
export async function analyzeFile(path: string, options: ParseOptions = {}): Promise<ReportAnalysis> {
  return analyzeDoc(await ingestFile(path, options));
}

/**
 * The `xxgk parse` object for one file.
 * @example const r = await parseReport("data/raw/seeds/000_ddf1fad75dcf317a.txt"); r.meta.year // 2022
 */
export async function parseReport(path: string, options: ParseOptions = {}): Promise<ParsedReport> {
  return (await analyzeFile(path, options)).report;
}

/** The contract form of parsed tables: numbers or null in `cells`, the rich cells in `details`. */
export function tablesOut(tables: Tables): ParsedReport["tables"] {
  const out = {} as Record<TableKey, TableOut>;
  for (const key of TABLE_KEYS) {
    const t = tables[key];
    const cells: Record<string, number | null> = {};
    for (const [k, c] of Object.entries(t.cells)) cells[k] = c.value;
    out[key] = { status: t.status, template: t.template, layout: t.layout, span: t.span, cells, details: t.cells };
  }
  return out;
}

const EMPTY_META = {
  agency: null,
  agency_id: null,
  year: null,
  published: null,
  level: null,
  parent_level: null,
  province: null,
  template: "unknown",
} as const;

/**
 * The `xxgk parse` object for an input that could not be analysed at all (unreadable, over a
 * limit): status `error`, nothing invented, the reason as a diagnostic.
 */
export function errorReport(source: string, sha256: string | null, diagnostic: Diagnostic): ParsedReport {
  const table = {
    status: "not_parsed",
    template: "unknown",
    layout: null,
    span: null,
    cells: {},
    details: {},
  } as const;
  const sections = {} as { [K in SectionKey]: SectionOut | null };
  for (const k of SECTION_KEYS) sections[k] = null;
  return {
    source,
    sha256,
    status: "error",
    format: "unknown",
    encoding: null,
    script: null,
    meta: { ...EMPTY_META, source, sha256 },
    sections,
    tables: { proactive: table, requests: table, review: table },
    legacy: legacyOut(missingLegacyTable("not_parsed")),
    panel: derivePanel({ template: "unknown", tables: null, legacy: null, facts: [] }),
    checks: [],
    narrative: { problems: [], improvements: [] },
    diagnostics: [diagnostic],
  };
}
