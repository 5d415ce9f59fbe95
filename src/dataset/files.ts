/** The files and tidy tables of the dataset, as the codebook documents them. */
import {
  CELL_COLUMNS,
  type Column,
  FACT_COLUMNS,
  ITEM_COLUMNS,
  MANIFEST_COLUMNS,
  PANEL_COLUMNS,
  REPORT_COLUMNS,
  RULE_COLUMNS,
} from "../frames/index.js";
import type { FileDoc } from "./codebook.js";

export const FILES: readonly FileDoc[] = [
  {
    file: "manifest.csv",
    en: "Every input file, one row each (inputs in = rows out), with its status and, when not ok, the reason.",
    zh: "每个输入文件一行（输入数 = 行数），含状态及非 ok 的原因。",
    columns: MANIFEST_COLUMNS,
  },
  {
    file: "reports.jsonl",
    en: "With --jsonl only: the `xxgk parse` object of every input (schema/parsed-report.schema.json).",
    zh: "仅在 --jsonl 时写出：每个输入的 `xxgk parse` 结果（JSON Lines）。",
  },
  {
    file: "reports.csv / reports.parquet",
    en: "One row per report: metadata, status, counts and reuse shares.",
    zh: "每份报告一行：元数据、状态、计数与复用比例。",
    columns: REPORT_COLUMNS,
  },
  {
    file: "cells.parquet (cells.csv with --csv-long)",
    en: "One row per table cell (tables 2, 3, 4).",
    zh: "每个表格单元格一行（表二、表三、表四）；CSV 仅在 --csv-long 时写出。",
    columns: CELL_COLUMNS,
  },
  {
    file: "rules.parquet (rules.csv with --csv-long)",
    en: "One row per accounting-identity check (勾稽关系) and cross-year check.",
    zh: "每项勾稽关系检查（含跨年度检查）一行；CSV 仅在 --csv-long 时写出。",
    columns: RULE_COLUMNS,
  },
  {
    file: "items.csv / items.parquet",
    en: "Problems and improvements of section 五, one row per item.",
    zh: "第五部分的问题与改进措施，每条一行。",
    columns: ITEM_COLUMNS,
  },
  {
    file: "facts.csv / facts.parquet",
    en: "Figures stated in prose (mostly section 一), one row per figure.",
    zh: "正文（主要是第一部分）所述数字，每项一行。",
    columns: FACT_COLUMNS,
  },
  {
    file: "panel.csv / panel.parquet",
    en: "One row per report and panel measure: the same measures for the 2021, 2019 and pre-2019 formats, each with its value, status and the cells or fact it came from.",
    zh: "每份报告每项面板指标一行：2021、2019 与 2019 年前格式的同一组指标，含数值、状态与来源单元格或事实。",
    columns: PANEL_COLUMNS,
  },
  {
    file: "duplicates.csv",
    en: "Groups of inputs that are the same report (same bytes, or same agency and year with near-identical text); the first is counted.",
    zh: "同一报告的多个副本分组，第一个计入统计。",
  },
  {
    file: "reuse/",
    en: "Text reuse: reuse_passages.parquet (aligned passages, start/end in both reports, identity, self or shared, cluster; passages.jsonl adds both texts, with --jsonl), reuse_spans.parquet (every reused span classed mandated, self or shared; spans.jsonl with --jsonl), clusters.csv (template passages: prototype, reports, agencies, years, first appearance), shares.csv (per report and section), self-reuse.csv (the 'same problems every year' share).",
    zh: "文本复用：reuse_passages.parquet（对齐段落；--jsonl 时另写含文本的 passages.jsonl）、reuse_spans.parquet（复用片段及类别；--jsonl 时另写 spans.jsonl）、clusters.csv（模板聚类）、shares.csv（各报告及各部分复用比例）、self-reuse.csv（“年年同样问题”比例）。",
  },
  {
    file: "xxgk.duckdb",
    en: "The same tables in a DuckDB database, with the views below.",
    zh: "DuckDB 数据库，含下列视图。",
  },
  { file: "index.html", en: "Self-contained summary (opens offline).", zh: "离线可打开的汇总页面。" },
  {
    file: "xxgk-run.json",
    en: "Written last: the files of this complete run with their SHA-256 and the counts.",
    zh: "最后写入：本次完整运行的文件清单、SHA-256 与计数。",
  },
];

const col = (name: string, type: Column["type"], en: string, zh: string): Column => ({ name, type, en, zh });

/** The reuse passages and spans as tables (DuckDB/Parquet only; their JSON Lines with texts are opt-in). */
export const REUSE_TABLES: readonly { readonly name: string; readonly columns: readonly Column[] }[] = [
  {
    name: "reuse_passages",
    columns: [
      col("a", "string", "Report id of end a", "a 端的报告 id"),
      col("a_start", "integer", "Start offset in report a's text", "在报告 a 文本中的起点"),
      col("a_end", "integer", "End offset in report a's text", "在报告 a 文本中的终点"),
      col("b", "string", "Report id of end b", "b 端的报告 id"),
      col("b_start", "integer", "Start offset in report b's text", "在报告 b 文本中的起点"),
      col("b_end", "integer", "End offset in report b's text", "在报告 b 文本中的终点"),
      col("length", "integer", "Aligned length in compact characters", "对齐长度（紧凑字符）"),
      col("identity", "double", "Share of identical characters", "相同字符比例"),
      col("kind", "string", "self (same agency) or shared", "self（同一机关）或 shared"),
      col("cluster", "integer", "Passage cluster (reuse/clusters.csv)", "段落聚类（reuse/clusters.csv）"),
    ],
  },
  {
    name: "reuse_spans",
    columns: [
      col("id", "string", "Report id", "报告 id"),
      col("start", "integer", "Start offset in the report's text", "在报告文本中的起点"),
      col("end", "integer", "End offset in the report's text", "在报告文本中的终点"),
      col("kind", "string", "mandated, self or shared", "mandated、self 或 shared"),
    ],
  },
];

/** The tidy tables, each written as CSV and into DuckDB/Parquet. */
export const TABLES: readonly { readonly name: string; readonly columns: readonly Column[] }[] = [
  { name: "reports", columns: REPORT_COLUMNS },
  { name: "cells", columns: CELL_COLUMNS },
  { name: "rules", columns: RULE_COLUMNS },
  { name: "items", columns: ITEM_COLUMNS },
  { name: "facts", columns: FACT_COLUMNS },
  { name: "panel", columns: PANEL_COLUMNS },
];
