/**
 * Label vocabulary of tables 2, 3 and 4 as data: for every printed row, the distinctive
 * words that find its label (any one suffices; whitespace may fall between characters),
 * and the header words that separate rows without holding values.
 */

/** A row label: the key of the row and the core words that identify it. */
export interface LabelDef {
  /** Row key (cell-key prefix), or `null` for a header/group label that holds no values. */
  readonly row: string | null;
  readonly words: readonly string[];
  /** A raw regular-expression source used instead of `words` (for labels too short to be distinctive). */
  readonly pattern?: string;
}

/** Table 3 labels in printed order; `other` and the three `other.*` rows are resolved by template. */
export const REQUEST_LABELS: readonly LabelDef[] = [
  { row: "new", words: ["本年新收", "新收政府信息公开申请"] },
  { row: "carried_over", words: ["上年结转"] },
  { row: null, words: ["本年度办理结果", "办理结果"] },
  { row: "granted", words: ["予以公开"] },
  { row: "partly_granted", words: ["部分公开"] },
  { row: null, words: ["不予公开"] },
  { row: "denied.state_secret", words: ["国家秘密"] },
  { row: "denied.prohibited", words: ["禁止公开", "其他法律"] },
  { row: "denied.three_safeties", words: ["三安全一稳定", "危及"] },
  { row: "denied.third_party", words: ["第三方"] },
  { row: "denied.internal_affairs", words: ["内部事务", "三类内部"] },
  { row: "denied.process_info", words: ["过程性", "四类过程"] },
  { row: "denied.enforcement_file", words: ["执法案卷", "属于行政执法"] },
  { row: "denied.query_matter", words: ["查询事项", "属于行政查询"] },
  { row: null, words: ["无法提供"] },
  { row: "unable.not_held", words: ["不掌握"] },
  { row: "unable.needs_creation", words: ["另行制作", "没有现成"] },
  { row: "unable.unclear", words: ["仍不明确", "内容不明确", "补正后申请"] },
  { row: null, words: ["不予处理"] },
  { row: "rejected.petition", words: ["信访"] },
  { row: "rejected.duplicate", words: ["重复申请"] },
  { row: "rejected.publication", words: ["出版物", "要求提供公开"] },
  { row: "rejected.excessive", words: ["大量反复", "无正当理由大"] },
  { row: "rejected.confirmation", words: ["重新出具", "确认或", "要求行政机关"] },
  { row: "other", words: ["其他处理"] },
  { row: "other.no_correction", words: ["不补正", "申请人无正当理由"] },
  { row: "other.no_fee", words: ["缴纳费用", "收费通知", "申请人逾期未"] },
  { row: "other.other", words: [], pattern: "[3３][\\s]*[.．、][\\s]*其[\\s]*他" },
  { row: "total", words: ["总计", "合计"] },
  { row: "carried_forward", words: ["结转下年度", "下年度继续"] },
];

/** Table 2 row labels (both templates; rows absent from a template are ignored). */
export const PROACTIVE_LABELS: readonly LabelDef[] = [
  { row: "rules", words: ["规章"] },
  { row: "normative", words: ["规范性文件"] },
  { row: "licensing", words: ["行政许可"] },
  { row: "other_services", words: ["对外管理服务"] },
  { row: "penalty", words: ["行政处罚"] },
  { row: "coercion", words: ["行政强制"] },
  { row: "fees", words: ["事业性收费"] },
  { row: "procurement", words: ["集中采购"] },
];

/** Header words of table 2 (between rows, never values). */
export const PROACTIVE_HEADERS: readonly LabelDef[] = [
  {
    row: null,
    words: [],
    pattern: "第[\\s]*(?:二十|20)[\\s]*条[\\s]*第?[\\s]*[（(][\\s]*[一二三四五六七八九十0-9]+[\\s]*[）)][\\s]*项",
  },
  {
    row: null,
    words: [
      "信息内容",
      "本年制发件数",
      "本年废止件数",
      "本年度止件数",
      "现行有效件数",
      "本年处理决定数量",
      "处理决定数量",
      "本年收费金额",
      "本年新制作数量",
      "本年新公开数量",
      "对外公开总数量",
      "上一年项目数量",
      "采购项目数量",
      "采购总金额",
    ],
  },
  { row: null, words: [], pattern: "本[\\s]*年[\\s]*增[\\s]*[/／、]?[\\s]*减" },
];

/** Header words of table 4; its values follow the last of them. */
export const REVIEW_HEADERS: readonly string[] = [
  "行政复议",
  "行政诉讼",
  "结果维持",
  "结果纠正",
  "其他结果",
  "尚未审结",
  "总计",
  "未经复议直接起诉",
  "复议后起诉",
];

/** Words that mark the start of table 3 (its heading or header). */
export const REQUESTS_START: readonly string[] = ["收到和处理政府信息公开申请", "勾稽关系", "申请人情况", "本年新收"];

/** The table 2 anchor: 第二十条第（一）项. */
export const PROACTIVE_START_PATTERN = "第[\\s]*(?:二十|20)[\\s]*条[\\s]*第?[\\s]*[（(][\\s]*[一1][\\s]*[）)][\\s]*项";

/** Words that close table 4 (the next section). */
export const REVIEW_END_PATTERN =
  "(?:^|[\\s。|])[五5][\\s]*[、.．][\\s]*\\S|存在的主要问题|主要问题及改进|其他需要报告";

/** Words that show a table 2 is in the 2019 trial format. */
export const TRIAL_MARKERS: readonly string[] = ["本年新制作", "对外公开总数量", "集中采购", "上一年项目数量"];
/** Words that show a table 2 is in the 2021 format. */
export const FORMAT_2021_MARKERS: readonly string[] = ["本年制发", "现行有效", "本年废止"];

/** Printed blank markers: a cell that holds one of these is blank. */
export const BLANK_MARKERS: readonly string[] = ["—", "——", "-", "--", "－", "/", "／", "无", "空", "\\", "…", "—/—"];
