/** Columns of the reuse outputs under `reuse/`. */
import type { Column } from "../frames/index.js";

const c = (name: string, type: Column["type"], en: string, zh: string): Column => ({ name, type, en, zh });

export const PASSAGE_COLUMNS: readonly Column[] = [
  c("a", "string", "report_id of the first report", "报告甲"),
  c("aStart", "integer", "start offset in report A", "甲中起点"),
  c("aEnd", "integer", "end offset in report A", "甲中终点"),
  c("b", "string", "report_id of the second report", "报告乙"),
  c("bStart", "integer", "start offset in report B", "乙中起点"),
  c("bEnd", "integer", "end offset in report B", "乙中终点"),
  c("length", "integer", "length in characters (letters, ideographs, numbers) on the A side", "长度（甲侧字符数）"),
  c("identity", "double", "matched characters / characters of the longer side, numbers masked", "一致率（数字已屏蔽）"),
  c("kind", "string", "self: same agency, other year; shared: another agency", "复用类型"),
  c("cluster", "integer", "template cluster id (clusters.csv)", "模板聚类编号"),
];

export const CLUSTER_COLUMNS: readonly Column[] = [
  c("id", "integer", "cluster id", "聚类编号"),
  c("prototype", "string", "representative text of the passage", "代表文本"),
  c("source", "string", "report_id the prototype is taken from", "代表文本所在报告"),
  c("source_start", "integer", "prototype start offset", "代表文本起点"),
  c("source_end", "integer", "prototype end offset", "代表文本终点"),
  c("reports", "integer", "reports that carry the passage", "含该段落的报告数"),
  c("agencies", "integer", "agencies that carry it", "机关数"),
  c("years", "string", "years it appears in, space-separated", "出现年度"),
  c("firstYear", "integer", "first year it appears", "首次出现年度"),
  c("firstReport", "string", "report_id of the first appearance", "首次出现的报告"),
  c("kind", "string", "self or shared", "类型"),
  c("passages", "integer", "aligned passage pairs in the cluster", "段落对数"),
];

export const SHARE_COLUMNS: readonly Column[] = [
  c("id", "string", "report_id", "报告编号"),
  c("agency_id", "string", "agency key", "机关键"),
  c("year", "integer", "year reported on", "年度"),
  c("chars", "integer", "characters counted (letters, ideographs, numbers)", "计数字符数"),
  c("mandated", "integer", "characters mandated by the national format", "格式规定文本字符数"),
  c("self", "integer", "characters reused from the same agency's other years", "本机关复用字符数"),
  c("shared", "integer", "characters shared with other agencies", "与其他机关共享字符数"),
  c("own", "integer", "characters found nowhere else", "独有字符数"),
  c("boilerplate", "double", "(mandated + self + shared) / chars", "复用占比"),
];

export const SELF_REUSE_COLUMNS: readonly Column[] = [
  c("id", "string", "report_id", "报告编号"),
  c("agency_id", "string", "agency key", "机关键"),
  c("year", "integer", "year reported on", "年度"),
  c("previous", "string", "report_ids of the agency's earlier reports compared", "比较的往年报告"),
  c("issuesChars", "integer", "characters of section 五 (problems and improvements)", "第五部分字符数"),
  c("issuesReused", "integer", "of which reused from the agency's earlier reports", "其中与往年重复的字符数"),
  c("issuesShare", "double", "the 'same problems every year' share", "“年年同样问题”占比"),
  c("reportShare", "double", "share of the whole report reused from earlier years", "全文与往年重复占比"),
];
