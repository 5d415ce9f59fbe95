/** Column definitions of every tidy table: the single source for CSV headers, Parquet/DuckDB types and the codebook. */
import type { Column } from "./csv.js";

const c = (name: string, type: Column["type"], en: string, zh: string): Column => ({ name, type, en, zh });

/** Columns that identify the report a row belongs to. */
const REPORT_KEYS: readonly Column[] = [
  c(
    "report_id",
    "string",
    "Report id: the source path relative to the input folder",
    "报告编号：相对于输入目录的源文件路径",
  ),
  c(
    "agency_id",
    "string",
    "Canonical agency key, the same across years and name variants",
    "机关规范键，跨年度、跨名称变体一致",
  ),
  c("agency", "string", "Agency name as the report titles it", "报告标题所载机关名称"),
  c("year", "integer", "Year reported on (not the year published)", "报告所属年度（非发布年份）"),
  c("level", "string", "Administrative level: central, province, city, county, township, department", "行政层级"),
  c(
    "province",
    "string",
    "Province-level unit, short form (北京, 内蒙古, …); empty for central agencies",
    "所属省级行政区（简称）",
  ),
  c("template", "string", "Report format: 2021, 2019 (trial), legacy, unknown", "报告格式版本"),
];

/** Where a value is in the decoded file text (`xxgk text FILE`): page and UTF-16 offsets. */
const ORIGIN_COLUMNS: readonly Column[] = [
  c(
    "origin_page",
    "integer",
    "PDF page of the printed value, from 1; empty for other formats",
    "所在 PDF 页码（从 1 起）",
  ),
  c(
    "origin_start",
    "integer",
    "Start of the printed value in the decoded file text (xxgk text FILE), UTF-16 offset; empty when nothing is printed",
    "在原文件解码文本（xxgk text）中的起始位置",
  ),
  c(
    "origin_end",
    "integer",
    "End of the printed value in the decoded file text (exclusive)",
    "在原文件解码文本中的结束位置",
  ),
];

export const REPORT_COLUMNS: readonly Column[] = [
  c("report_id", "string", REPORT_KEYS[0]!.en, REPORT_KEYS[0]!.zh),
  c("source", "string", "Path of the input file as given", "输入文件路径"),
  c("sha256", "string", "SHA-256 of the file bytes", "文件字节的 SHA-256"),
  c("format", "string", "Detected format: txt, md, html, docx, doc, wps, pdf, unknown", "识别出的文件格式"),
  c("encoding", "string", "Detected text encoding", "识别出的文本编码"),
  c("script", "string", "simplified or traditional (traditional is converted)", "简体或繁体（繁体已转换）"),
  c(
    "status",
    "string",
    "ok: all the template calls for was read; partial: something missing or unreadable; error: nothing usable",
    "解析状态",
  ),
  ...REPORT_KEYS.slice(1),
  c("parent_level", "string", "For a department: the level of the government it belongs to", "部门所属政府层级"),
  c("published", "string", "Publication date YYYY-MM-DD when printed", "发布日期（如有）"),
  c("chars", "integer", "Length of the normalised text in characters", "规范化文本字符数"),
  c(
    "duplicate_of",
    "string",
    "report_id of the report this one duplicates; empty when it is counted",
    "重复报告所对应的报告编号",
  ),
  c(
    "aggregate",
    "boolean",
    "A government's 汇总 report that sums its units (not to be added to them)",
    "是否为汇总报告",
  ),
  c("tables_complete", "integer", "Number of the three tables with status complete", "完整表格数"),
  c("rules_failed", "integer", "Number of identity rules that fail", "未通过的勾稽规则数"),
  c("problems", "integer", "Number of problem items", "问题条目数"),
  c("improvements", "integer", "Number of improvement items", "改进条目数"),
  c(
    "boilerplate_share",
    "double",
    "Share of the text reused (mandated, own other years, or other agencies)",
    "复用文本占比",
  ),
  c("mandated_share", "double", "Share of the text that is mandated by the national format", "格式规定文本占比"),
  c("self_share", "double", "Share reused from the same agency's other years", "本机关其他年度复用占比"),
  c("cross_share", "double", "Share shared with other agencies", "与其他机关共享文本占比"),
  c("diagnostics", "integer", "Number of diagnostics (see reports.jsonl for the texts)", "诊断信息条数"),
];

export const CELL_COLUMNS: readonly Column[] = [
  ...REPORT_KEYS,
  c("table", "string", "Table: proactive (表二), requests (表三), review (表四)", "表格"),
  c("row", "string", "Row key of the spec (e.g. denied.third_party)", "行键"),
  c("column", "string", "Column key of the spec (e.g. natural_person, total)", "列键"),
  c("cell", "string", "Full cell key row.column", "单元格键"),
  c("value", "double", "The value; empty when not given (never 0 for missing)", "数值；未给出时为空"),
  c("status", "string", "read, inferred, ambiguous, blank, missing, unreadable", "取值状态"),
  c("raw", "string", "The cell as printed", "原文"),
  c("offset", "integer", "Offset of the printed cell in the normalised text", "在规范化文本中的位置"),
  ...ORIGIN_COLUMNS,
];

export const RULE_COLUMNS: readonly Column[] = [
  ...REPORT_KEYS,
  c("rule", "string", "Stable rule id (e.g. requests.balance.total)", "规则编号"),
  c("outcome", "string", "pass, fail, not_assessable", "结果"),
  c("expected", "double", "Value the identity expects", "按勾稽关系应得的值"),
  c("found", "double", "Value printed", "报告所载的值"),
  c("cells", "string", "Cells involved, separated by spaces", "涉及的单元格"),
  c("message", "string", "Plain-words result", "说明"),
];

export const ITEM_COLUMNS: readonly Column[] = [
  ...REPORT_KEYS,
  c("kind", "string", "problem or improvement", "问题或改进"),
  c("index", "integer", "Position of the item among its kind in the report, from 0", "序号"),
  c("section", "string", "Section the item was found in", "所在章节"),
  c("text", "string", "The item text", "条目文本"),
  c("start", "integer", "Start offset in the normalised text", "起始位置"),
  c("end", "integer", "End offset in the normalised text", "结束位置"),
  c("specificity", "double", "Specificity score (higher: more specific, less 套话)", "具体性得分"),
  c("answers", "integer", "For an improvement: index of the problem it answers; empty when none", "所回应问题的序号"),
  ...ORIGIN_COLUMNS,
];

export const FACT_COLUMNS: readonly Column[] = [
  ...REPORT_KEYS,
  c("subject", "string", "What the figure counts (e.g. proactive.website, requests.received)", "数据项"),
  c("value", "double", "The figure", "数值"),
  c("unit", "string", "Unit as printed (条, 件, 次, 万元…)", "单位"),
  c("start", "integer", "Start offset in the normalised text", "起始位置"),
  c("end", "integer", "End offset in the normalised text", "结束位置"),
  c("text", "string", "The clause it was read from", "出处文字"),
  ...ORIGIN_COLUMNS,
];

export const PANEL_COLUMNS: readonly Column[] = [
  ...REPORT_KEYS,
  c("format", "string", "Format the measure comes from: 2021, 2019, legacy (pre-2019) or unknown", "数据来源格式"),
  c("measure", "string", "Panel measure (e.g. requests.received; see the panel measures below)", "指标"),
  c("value", "double", "The measure; empty when it cannot be proven (see status)", "数值"),
  c(
    "status",
    "string",
    "read, derived (sum of read cells), inferred, stated (prose), ambiguous, blank, missing, not_in_format",
    "状态",
  ),
  c("from", "string", "The cells or prose fact it came from, space-separated", "来源单元格或事实"),
  c("candidates", "string", "For an ambiguous measure: the values that fit, space-separated", "候选值"),
];

export const MANIFEST_COLUMNS: readonly Column[] = [
  c("input", "string", "Path of the input file as found", "输入文件"),
  c("report_id", "string", "Report id (empty when the file could not be read)", "报告编号"),
  c("sha256", "string", "SHA-256 of the bytes (empty when unreadable)", "SHA-256"),
  c("bytes", "integer", "File size in bytes", "文件字节数"),
  c("format", "string", "Detected format", "格式"),
  c("status", "string", "ok, partial, error", "状态"),
  c("reason", "string", "Why the status is not ok (first diagnostics)", "非 ok 的原因"),
  c("duplicate_of", "string", "report_id this input duplicates", "重复于"),
  c("cached", "boolean", "Result taken from the cache of an earlier run", "是否取自缓存"),
];
