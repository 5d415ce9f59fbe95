/**
 * Every value back to the file: each table cell, stated fact and narrative item gets its
 * `origin` in the decoded file text (`xxgk text FILE`), mapped from its span of the
 * normalised text. A cell with no printed text (blank, filled from an identity, missing)
 * has origin null; its status says why.
 */
import { type OriginMap, originOf } from "../ingest/index.js";
import type { Narrative, NarrativeItem } from "../narrative/index.js";
import type { Cell, LegacyTable, ParsedTable, Tables } from "../types.js";

function cellsWithOrigins(cells: ParsedTable["cells"], doc: OriginMap): ParsedTable["cells"] {
  const out: Record<string, Cell> = {};
  for (const [k, c] of Object.entries(cells)) out[k] = { ...c, origin: originOf(doc, c.span) };
  return out;
}

/** The tables with an origin on every cell. */
export function tablesWithOrigins(tables: Tables, doc: OriginMap): Tables {
  const out = {} as { -readonly [K in keyof Tables]: ParsedTable };
  for (const [k, t] of Object.entries(tables) as [keyof Tables, ParsedTable][]) {
    out[k] = { ...t, cells: cellsWithOrigins(t.cells, doc) };
  }
  return out;
}

/** The legacy table with an origin on every cell. */
export function legacyWithOrigins(t: LegacyTable, doc: OriginMap): LegacyTable {
  return { ...t, cells: cellsWithOrigins(t.cells, doc) };
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
