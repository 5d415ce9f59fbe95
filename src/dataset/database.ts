/**
 * The tidy tables in DuckDB (with documented views) and as Parquet, written from the rows
 * themselves (not from the Excel-oriented CSVs), one thread, so the Parquet files are byte-stable.
 */

import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Column, Row } from "../frames/index.js";

/** A tidy table to store. */
export interface TableData {
  readonly name: string;
  readonly columns: readonly Column[];
  /** The rows; any iterable, so a large table can be generated one report at a time. */
  readonly rows: Iterable<Row>;
}

/** A documented SQL view. */
export interface ViewDef {
  readonly name: string;
  readonly en: string;
  readonly zh: string;
  readonly sql: string;
}

const SQL_TYPE: Record<Column["type"], string> = {
  string: "VARCHAR",
  integer: "BIGINT",
  double: "DOUBLE",
  boolean: "BOOLEAN",
};

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function append(appender: DuckDBAppender, column: Column, value: Row[string]): void {
  if (value === null || value === undefined) appender.appendNull();
  else if (column.type === "string") appender.appendVarchar(String(value));
  else if (column.type === "boolean") appender.appendBoolean(value === true);
  else if (typeof value !== "number" || !Number.isFinite(value)) appender.appendNull();
  else if (column.type === "integer") {
    if (Number.isInteger(value)) appender.appendBigInt(BigInt(value));
    else appender.appendNull();
  } else appender.appendDouble(value);
}

/** The name and columns of a table to create. */
export type TableDef = Pick<TableData, "name" | "columns">;

/**
 * A DuckDB database filled row by row, every table at once (one appender each), so the tables of
 * a large corpus are written in one pass without holding their rows; `finish` adds the views and
 * writes each table as Parquet. One thread, so the Parquet files are byte-stable.
 */
export class DatabaseWriter {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly tables: ReadonlyMap<string, { readonly def: TableDef; readonly appender: DuckDBAppender }>,
  ) {}

  /** Create the database at `dbPath` with empty `tables`. */
  static async open(dbPath: string, tables: readonly TableDef[]): Promise<DatabaseWriter> {
    // one thread: byte-stable Parquet; a memory limit: DuckDB keeps what does not fit in the database file
    const instance = await DuckDBInstance.create(dbPath, { threads: "1", memory_limit: "512MB" });
    const conn = await instance.connect();
    try {
      const open = new Map<string, { def: TableDef; appender: DuckDBAppender }>();
      for (const t of tables) {
        const cols = t.columns.map((c) => `${quoteIdent(c.name)} ${SQL_TYPE[c.type]}`).join(", ");
        await conn.run(`CREATE TABLE ${quoteIdent(t.name)} (${cols})`);
        open.set(t.name, { def: t, appender: await conn.createAppender(t.name) });
      }
      return new DatabaseWriter(instance, conn, open);
    } catch (err) {
      conn.closeSync();
      instance.closeSync();
      throw err;
    }
  }

  /** Append one row to `table` (columns it lacks are null). */
  append(table: string, row: Row): void {
    const t = this.tables.get(table);
    if (t === undefined)
      throw new Error(`database: no table "${table}"; tables are ${[...this.tables.keys()].join(", ")}`);
    for (const c of t.def.columns) append(t.appender, c, row[c.name] ?? null);
    t.appender.endRow();
  }

  /** Close the appenders, document the columns, create `views`, write each table to `parquetPath(name)`, close. */
  async finish(views: readonly ViewDef[], parquetPath: (name: string) => string): Promise<void> {
    try {
      for (const { appender } of this.tables.values()) appender.closeSync();
      for (const { def } of this.tables.values()) {
        for (const c of def.columns) {
          await this.conn.run(
            `COMMENT ON COLUMN ${quoteIdent(def.name)}.${quoteIdent(c.name)} IS ${sqlString(`${c.en} / ${c.zh}`)}`,
          );
        }
      }
      for (const v of views) {
        await this.conn.run(`CREATE VIEW ${quoteIdent(v.name)} AS ${v.sql}`);
        await this.conn.run(`COMMENT ON VIEW ${quoteIdent(v.name)} IS ${sqlString(`${v.en} / ${v.zh}`)}`);
      }
      for (const name of this.tables.keys()) {
        await this.conn.run(
          `COPY (SELECT * FROM ${quoteIdent(name)}) TO ${sqlString(parquetPath(name))} (FORMAT PARQUET, COMPRESSION ZSTD)`,
        );
      }
      await this.conn.run("CHECKPOINT");
    } finally {
      this.close();
    }
  }

  /** Close without finishing (after an error). */
  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/**
 * Create a DuckDB database at `dbPath` holding `tables` and `views`, and write each table as
 * Parquet to `parquetPath(name)`. The caller passes temporary paths and renames them into place.
 */
export async function writeDatabase(
  dbPath: string,
  tables: readonly TableData[],
  views: readonly ViewDef[],
  parquetPath: (name: string) => string,
): Promise<void> {
  const db = await DatabaseWriter.open(dbPath, tables);
  try {
    for (const t of tables) for (const row of t.rows) db.append(t.name, row);
  } catch (err) {
    db.close();
    throw err;
  }
  await db.finish(views, parquetPath);
}

/** The documented views of xxgk.duckdb. Reports that duplicate another are left out of every view. */
export const VIEWS: readonly ViewDef[] = [
  {
    name: "counted_reports",
    en: "Reports counted once: duplicates and error reports left out",
    zh: "计数用报告：去除重复与无法读取的报告",
    sql: "SELECT * FROM reports WHERE duplicate_of IS NULL AND status <> 'error'",
  },
  {
    name: "request_outcomes",
    en: "Request outcomes (table 3, total column) per report, one column per outcome group",
    zh: "依申请公开办理结果（表三总计列），每份报告一行",
    sql: `SELECT r.report_id, r.agency_id, r.agency, r.year, r.level, r.province, r.aggregate,
  max(CASE WHEN c."row" = 'new' THEN c.value END) AS new,
  max(CASE WHEN c."row" = 'carried_over' THEN c.value END) AS carried_over,
  max(CASE WHEN c."row" = 'granted' THEN c.value END) AS granted,
  max(CASE WHEN c."row" = 'partly_granted' THEN c.value END) AS partly_granted,
  sum(CASE WHEN c."row" LIKE 'denied.%' THEN c.value END) AS denied,
  sum(CASE WHEN c."row" LIKE 'unable.%' THEN c.value END) AS unable,
  sum(CASE WHEN c."row" LIKE 'rejected.%' THEN c.value END) AS rejected,
  sum(CASE WHEN c."row" = 'other' OR c."row" LIKE 'other.%' THEN c.value END) AS other,
  max(CASE WHEN c."row" = 'total' THEN c.value END) AS total,
  max(CASE WHEN c."row" = 'carried_forward' THEN c.value END) AS carried_forward
FROM counted_reports r JOIN cells c ON c.report_id = r.report_id
WHERE c."table" = 'requests' AND c."column" = 'total'
GROUP BY ALL`,
  },
  {
    name: "request_outcomes_by_level_year",
    en: "Request outcomes summed by administrative level and year (aggregate 汇总 reports left out)",
    zh: "按层级与年度汇总的依申请公开办理结果（不含汇总报告）",
    sql: `SELECT level, year, count(*) AS reports, sum(new) AS new, sum(granted) AS granted,
  sum(partly_granted) AS partly_granted, sum(denied) AS denied, sum(unable) AS unable,
  sum(rejected) AS rejected, sum(other) AS other, sum(total) AS total
FROM request_outcomes WHERE NOT coalesce(aggregate, false)
GROUP BY level, year ORDER BY level, year`,
  },
  {
    name: "rule_failure_rates",
    en: "Share of assessable identity checks that fail, by rule",
    zh: "各勾稽规则的未通过率",
    sql: `SELECT rule, count(*) FILTER (WHERE outcome <> 'not_assessable') AS assessed,
  count(*) FILTER (WHERE outcome = 'fail') AS failed,
  count(*) FILTER (WHERE outcome = 'fail') / nullif(count(*) FILTER (WHERE outcome <> 'not_assessable'), 0) AS failure_rate
FROM rules WHERE report_id IN (SELECT report_id FROM counted_reports)
GROUP BY rule ORDER BY rule`,
  },
  {
    name: "table_status",
    en: "How many reports have each table complete, partial, total_only, missing or not applicable",
    zh: "各表格解析状态统计",
    sql: `SELECT "table", status, count(DISTINCT report_id) AS reports FROM (
  SELECT report_id, "table", CASE
    WHEN bool_and(status IN ('read', 'inferred')) THEN 'complete'
    WHEN bool_and(status = 'missing') THEN 'missing'
    ELSE 'partial' END AS status
  FROM cells WHERE report_id IN (SELECT report_id FROM counted_reports) GROUP BY report_id, "table")
GROUP BY "table", status ORDER BY "table", status`,
  },
];
