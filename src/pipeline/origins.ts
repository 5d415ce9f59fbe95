/**
 * Every value back to the file: each table cell, stated fact and narrative item gets its
 * `origin` in the decoded file text (`xxgk text FILE`), mapped from its span of the
 * normalised text. A cell with no printed text (blank, filled from an identity, missing)
 * has origin null; its status says why. The cells of a failing rule also get the source
 * text around them (`context`), the place a reader who doubts the number looks first.
 */
import { type OriginMap, originOf } from "../ingest/index.js";
import type { Narrative, NarrativeItem } from "../narrative/index.js";
import type { Cell, IngestedDoc, LegacyTable, Origin, ParsedTable, RuleResult, Tables } from "../types.js";

/** Characters of source text shown on each side of a doubted cell. */
const CONTEXT_CHARS = 40;
/** How far into the raw text the context looks for those characters (markup is stripped). */
const CONTEXT_WINDOW = 800;

type Source = OriginMap & Pick<IngestedDoc, "format">;

/** The keys (`requests.new.total`, `legacy.x.year`) of the cells of failing rules. */
export function doubtedCells(checks: readonly RuleResult[]): Set<string> {
  return new Set(checks.filter((c) => c.outcome === "fail").flatMap((c) => c.cells));
}

/** The decoded text around `o`, markup left out for HTML and white space runs as one space. */
export function contextOf(doc: Source, o: Origin): { before: string; after: string } {
  const tidy = (s: string) => {
    const text = doc.format === "html" ? s.replace(/<[^>]*>/g, " ").replace(/^[^<]*>|<[^>]*$/g, " ") : s;
    return text.replace(/\s+/g, " ");
  };
  const before = tidy(doc.decoded.slice(Math.max(0, o.start - CONTEXT_WINDOW), o.start));
  const after = tidy(doc.decoded.slice(o.end, o.end + CONTEXT_WINDOW));
  return { before: before.slice(-CONTEXT_CHARS), after: after.slice(0, CONTEXT_CHARS) };
}

function cellsWithOrigins(
  cells: ParsedTable["cells"],
  doc: Source,
  prefix: string,
  doubted: ReadonlySet<string>,
): ParsedTable["cells"] {
  const out: Record<string, Cell> = {};
  for (const [k, c] of Object.entries(cells)) {
    const origin = originOf(doc, c.span);
    const context = origin !== null && doubted.has(`${prefix}.${k}`) ? contextOf(doc, origin) : undefined;
    out[k] = context === undefined ? { ...c, origin } : { ...c, origin, context };
  }
  return out;
}

/** The tables with an origin on every cell (and the source text around the `doubted` ones). */
export function tablesWithOrigins(tables: Tables, doc: Source, doubted: ReadonlySet<string> = new Set()): Tables {
  const out = {} as { -readonly [K in keyof Tables]: ParsedTable };
  for (const [k, t] of Object.entries(tables) as [keyof Tables, ParsedTable][]) {
    out[k] = { ...t, cells: cellsWithOrigins(t.cells, doc, k, doubted) };
  }
  return out;
}

/** The legacy table with an origin on every cell (and the source text around the `doubted` ones). */
export function legacyWithOrigins(t: LegacyTable, doc: Source, doubted: ReadonlySet<string> = new Set()): LegacyTable {
  return { ...t, cells: cellsWithOrigins(t.cells, doc, "legacy", doubted) };
}

/** The narrative with an origin on every item and stated fact. */
export function narrativeWithOrigins(n: Narrative, doc: OriginMap): Narrative {
  const item = (i: NarrativeItem): NarrativeItem => ({ ...i, origin: originOf(doc, i.span) });
  return {
    ...n,
    problems: n.problems.map(item),
    improvements: n.improvements.map(item),
    facts: n.facts.map((f) => ({ ...f, origin: originOf(doc, f.span) })),
  };
}
