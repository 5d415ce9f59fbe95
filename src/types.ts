/**
 * Shared data types of the xxgk-lab pipeline. Every stage consumes and produces
 * plain data; every value that comes from a report keeps where it came from.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the normalised,
 * simplified text of a report (`IngestedDoc.text`, which `sections.*.text` slices).
 */

/** A half-open span `[start, end)` of the normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a value is in the decoded file text (`xxgk text FILE`): UTF-16 offsets `[start, end)`, 1-based page for PDF. */
export interface Origin {
  readonly start: number;
  readonly end: number;
  readonly page?: number;
}

/** Severity of a diagnostic. */
export type Severity = "error" | "warning" | "info";

/** A plain-words note about something the pipeline could not read, or had to decide. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `section.missing`, `ingest.encoding_guess`. */
  readonly code: string;
  readonly severity: Severity;
  /** What was expected and what was found, in plain words. */
  readonly message: string;
  /** Offset into the normalised text, when the diagnostic is about a place. */
  readonly offset?: number;
}

/** Input formats detected by content (and extension as a hint). */
export type InputFormat = "txt" | "md" | "html" | "docx" | "doc" | "wps" | "pdf" | "unknown";

/** Writing system detected in the decoded text. */
export type Script = "simplified" | "traditional";

/** Why a piece of the decoded text was removed or rewritten by normalisation. */
export interface Removal {
  /** Offset in the normalised text where the removed text stood (between characters). */
  readonly at: number;
  /** Offset span in the decoded source string. */
  readonly source: Span;
  readonly text: string;
  readonly reason: string;
}

/**
 * A table that the source delivered with structure (HTML `<table>`, DOCX table,
 * Markdown table): a rectangular grid after expanding rowspan/colspan.
 * Each grid cell is the span of its text in the normalised text, or null for a
 * position covered by a span from another cell (merged) or an empty cell.
 */
export interface GridTable {
  /** Span of the whole table in the normalised text (rendered one row per line, cells tab-separated). */
  readonly span: Span;
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell>>;
}

export interface GridCell {
  readonly text: string;
  /** Span of the cell text in the normalised text; null when the position is covered by a merged cell. */
  readonly span: Span | null;
  /** True when this position repeats a cell that spans several rows or columns. */
  readonly merged: boolean;
}

/** Position in the original file that a normalised offset came from. */
export interface SourcePosition {
  /** Index into the decoded source string (for HTML: the raw markup; PDF/DOCX: the extracted text). */
  readonly char: number;
  /** Byte offset into the file, when the format makes one meaningful (text and HTML files). */
  readonly byte: number | null;
  /** 1-based page number for PDFs. */
  readonly page: number | null;
}

/** One input file read, decoded and normalised. Produced by `ingest`. */
export interface IngestedDoc {
  readonly source: string;
  /** SHA-256 of the file's bytes, hex; null when the file could not be read. */
  readonly sha256: string | null;
  readonly bytes: number;
  readonly format: InputFormat;
  /** Encoding the bytes were decoded with (`utf-8`, `gb18030`, `utf-16le`, …), null for binary formats. */
  readonly encoding: string | null;
  /** Script of the decoded text; traditional text is converted to simplified in `text`. */
  readonly script: Script;
  /** Normalised, simplified text: everything downstream slices this. */
  readonly text: string;
  /** The decoded source string that `origin` indexes into. */
  readonly decoded: string;
  /**
   * `origin[i]` is the index in `decoded` of the character that produced `text[i]`;
   * `origin[text.length]` is the end. Length `text.length + 1`.
   */
  readonly origin: Int32Array;
  /** Page start offsets into `decoded` for paged formats (PDF), ascending; empty otherwise. */
  readonly pageStarts: readonly number[];
  /** What normalisation removed, with reasons. */
  readonly removed: readonly Removal[];
  /** Tables delivered with structure; their text is also rendered in `text`. */
  readonly tables: readonly GridTable[];
  /** A title line when the source carries one outside the body (HTML <title>, crawler header). */
  readonly title: string | null;
  /** A publication date printed in page chrome or crawler headers, `YYYY-MM-DD`. */
  readonly publishedHint: string | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Bytes before `decoded` starts in the file (a byte-order mark), for byte offsets; 0 when absent. */
  readonly bomBytes?: number;
}

/** The six canonical section keys of the national format. */
export type SectionKey = "overview" | "proactive" | "requests" | "review" | "issues" | "other";

export const SECTION_KEYS: readonly SectionKey[] = ["overview", "proactive", "requests", "review", "issues", "other"];

/** A section of the report: its heading and body spans in the normalised text. */
export interface Section {
  readonly key: SectionKey;
  /** Start of the heading line. */
  readonly start: number;
  /** End of the body (start of the next section or of the report's closing part). */
  readonly end: number;
  /** Span of the heading text. */
  readonly heading: Span;
  /** The heading as printed. */
  readonly title: string;
  /** `text.slice(start, end)`. */
  readonly text: string;
}

export type Sections = { readonly [K in SectionKey]: Section | null };

export type Level = "central" | "province" | "city" | "county" | "township" | "department";
export type Template = "2021" | "2019" | "legacy" | "unknown";

/** Report metadata in the vocabulary of the spec. */
export interface ReportMeta {
  readonly agency: string | null;
  /** Canonical key for the same agency across years and name variants. */
  readonly agency_id: string | null;
  /** The year reported on. */
  readonly year: number | null;
  /** Publication date `YYYY-MM-DD` when printed. */
  readonly published: string | null;
  readonly level: Level | null;
  /** For a department: the level of the government it belongs to. */
  readonly parent_level: Exclude<Level, "department" | "township"> | null;
  /** Province in short form (北京, 内蒙古, …). */
  readonly province: string | null;
  readonly template: Template;
}

export type TableKey = "proactive" | "requests" | "review";

/** How a cell's value came to be. */
export type CellStatus =
  /** read from the report as printed */
  | "read"
  /** filled from an identity or non-negativity; `rules` says which */
  | "inferred"
  /** several values fit; `value` is null and `candidates` lists them */
  | "ambiguous"
  /** the cell is printed but empty (or —, /, 无) */
  | "blank"
  /** the row or table is absent */
  | "missing"
  /** a value printed but unreadable as a number */
  | "unreadable";

export interface Cell {
  readonly value: number | null;
  readonly status: CellStatus;
  /** The printed text of the cell, when printed. */
  readonly raw: string | null;
  /** Where the printed text is, in the normalised text. */
  readonly span: Span | null;
  /** Where the printed text is in the decoded file text; null when nothing is printed (see `status`). */
  readonly origin?: Origin | null;
  /** For a cell of a failing rule: the decoded file text around `origin`, markup stripped (index.html shows it). */
  readonly context?: { readonly before: string; readonly after: string };
  /** Text around the number that annotates it, e.g. `(撤销1件、警告7件)`. */
  readonly annotation?: string;
  /** For inferred cells: the rule ids that determined the value. */
  readonly rules?: readonly string[];
  /** For ambiguous cells: the values that fit. */
  readonly candidates?: readonly number[];
  /** For a value a corpus-level rule decided: the other reports (their sources) it used. */
  readonly from?: readonly string[];
}

export type TableStatus = "complete" | "partial" | "total_only" | "missing" | "not_parsed" | "not_applicable";

export interface ParsedTable {
  readonly key: TableKey;
  readonly status: TableStatus;
  /** Which format's table this is. */
  readonly template: Template;
  /** Name of the layout the parser recognised (`cell-per-line`, `tab`, `pipe`, `grid`, `flattened`, …). */
  readonly layout: string | null;
  readonly span: Span | null;
  readonly cells: { readonly [cellKey: string]: Cell };
  readonly diagnostics: readonly Diagnostic[];
}

export type Tables = { readonly [K in TableKey]: ParsedTable };

export type RuleOutcome = "pass" | "fail" | "not_assessable";

/** The result of one identity rule on one report. */
export interface RuleResult {
  /** Stable rule id, e.g. `requests.balance.total`. */
  readonly rule: string;
  readonly outcome: RuleOutcome;
  readonly cells: readonly string[];
  readonly expected: number | null;
  readonly found: number | null;
  readonly message: string;
}

/** Overall status of a parsed report (see the `xxgk parse` contract). */
export type ReportStatus = "ok" | "partial" | "error";

/** A section in the parse contract: offsets and text. */
export interface SectionOut {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A table in the parse contract: `cells` maps every cell key to its number or null (the
 * contract); `details` keeps, per cell, how the value came to be (status, raw text, span,
 * candidates, rules).
 */
export interface TableOut {
  readonly status: TableStatus;
  readonly template: Template;
  readonly layout: string | null;
  readonly span: Span | null;
  readonly cells: { readonly [cellKey: string]: number | null };
  readonly details: { readonly [cellKey: string]: Cell };
}

/** One object of `xxgk parse` output (JSON Lines). Documented by `schema/parsed-report.schema.json`. */
export interface ParsedReport {
  readonly source: string;
  readonly sha256: string | null;
  readonly status: ReportStatus;
  readonly format: InputFormat;
  readonly encoding: string | null;
  readonly script: Script | null;
  readonly meta: ReportMeta & {
    readonly source: string;
    readonly sha256: string | null;
  };
  readonly sections: { readonly [K in SectionKey]: SectionOut | null };
  readonly tables: { readonly [K in TableKey]: TableOut };
  /** The pre-2019 statistics table; `not_applicable` for the 2019 and 2021 formats. */
  readonly legacy: LegacyTableOut;
  /** The same measures for every format, derived from the tables (or stated facts). */
  readonly panel: Panel;
  readonly checks: readonly RuleResult[];
  readonly narrative: {
    readonly problems: readonly string[];
    readonly improvements: readonly string[];
  };
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A figure that a report states in prose (e.g. 收到政府信息公开申请12件 in 总体情况).
 * Produced by `narrative`; `tables`/`rules` check the ones that describe table cells.
 */
export interface Fact {
  /**
   * What the figure counts, from a fixed vocabulary documented in `narrative/facts`:
   * e.g. `proactive.total`, `proactive.website`, `proactive.weibo`, `proactive.wechat`,
   * `requests.received`, `requests.carried_over`, `requests.granted`, `interpretations.published`,
   * `training.sessions`, `normative.issued`, `reconsideration.total`, `litigation.total`.
   */
  readonly subject: string;
  readonly value: number;
  /** The unit as printed (条, 件, 篇, 次, 万元, …). */
  readonly unit: string;
  /** The sentence or clause it was read from. */
  readonly text: string;
  /** Span of the number (and unit) in the normalised text. */
  readonly span: Span;
  /** The same place in the decoded file text. */
  readonly origin?: Origin | null;
}

/** A value column of a pre-2019 statistics table (政府信息公开情况统计表). */
export type LegacyColumn = "year" | "cumulative" | "period";

/** A value column as the table's header prints it. */
export interface LegacyColumnInfo {
  readonly column: LegacyColumn;
  /** The header as printed (2013年度, 历年累计, 本期实际). */
  readonly header: string;
  readonly span: Span;
  /** The year a header such as `2013年度` names, else null. */
  readonly year: number | null;
}

/** One printed row of a legacy table. */
export interface LegacyRow {
  /** Row concept (`rules/legacy-schema.ts`), or null for a label outside the vocabulary. */
  readonly concept: string | null;
  /** The label as printed, numbering included (其中：1.网站公开). */
  readonly label: string;
  readonly span: Span;
  /** The unit as printed (条, 件, 元, 万元, 人次), or null when none is printed. */
  readonly unit: string | null;
  /** Nesting as printed: 0 for a top row, one more under each 其中 / numbering style. */
  readonly level: number;
  /** Concept of the row it is printed under, or null. */
  readonly parent: string | null;
}

/** One joint reading of the cells of `LegacyAlternatives`: a value and the span it was read from, per cell. */
export interface LegacySolution {
  readonly values: readonly (number | null)[];
  readonly spans: readonly (Span | null)[];
}

/** The joint readings that remain for cells a split left ambiguous (for the corpus-level pass). */
export interface LegacyAlternatives {
  /** Cell keys, in the order of each solution's values. */
  readonly cells: readonly string[];
  readonly solutions: readonly LegacySolution[];
}

/** A pre-2019 statistics table read into the legacy row vocabulary; cell keys are `<concept>.<column>`. */
export interface LegacyTable {
  /** `complete`, `partial` (some cell ambiguous, unreadable or not placed), `missing` (no table), `not_applicable` (2019/2021 format). */
  readonly status: TableStatus;
  /** `spaced` (cells apart) or `flattened` (cells run together). */
  readonly layout: string | null;
  readonly span: Span | null;
  readonly columns: readonly LegacyColumnInfo[];
  readonly rows: readonly LegacyRow[];
  readonly cells: { readonly [cellKey: string]: Cell };
  readonly alternatives: readonly LegacyAlternatives[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The legacy table in the parse contract: numbers or null in `cells`, how each came to be in `details`. */
export interface LegacyTableOut {
  readonly status: TableStatus;
  readonly layout: string | null;
  readonly span: Span | null;
  readonly columns: readonly LegacyColumnInfo[];
  readonly rows: readonly LegacyRow[];
  readonly cells: { readonly [cellKey: string]: number | null };
  readonly details: { readonly [cellKey: string]: Cell };
  readonly alternatives: readonly LegacyAlternatives[];
}

/**
 * How a panel measure came to be: `read` (one cell as printed), `derived` (a sum of cells, all read),
 * `inferred` (from an inferred cell, or an identity of the table), `stated` (a figure in prose),
 * `ambiguous` (several values fit: `candidates`), `blank` (printed empty), `missing` (the format
 * prints it, this report does not), `not_in_format` (the format has no such figure).
 */
export type PanelStatus = "read" | "derived" | "inferred" | "stated" | "ambiguous" | "blank" | "missing" | "not_in_format";

/** One measure of the panel. */
export interface PanelValue {
  readonly value: number | null;
  readonly status: PanelStatus;
  /** The cells (`requests.new.total`, `legacy.requests.received.year`) or fact (`fact:requests.received@120-131`) it came from. */
  readonly from: readonly string[];
  readonly candidates?: readonly number[];
}

/** The same measures for every report, whatever its format. */
export interface Panel {
  /** The format the measures were derived from: `2021`, `2019`, `legacy`, `unknown`. */
  readonly format: Template;
  readonly measures: { readonly [measure: string]: PanelValue };
}
