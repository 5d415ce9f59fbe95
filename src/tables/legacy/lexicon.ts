/**
 * The wording of the pre-2019 statistics tables as data: for every row concept of
 * `rules/legacy-schema.ts`, the label variants met in real tables, and the words of their headers
 * and units. Drawn from the tables of the 平潭 archive (2011–2018, two Fujian layouts), the
 * 莆田 2009 form (福建), the 定西 2008 monthly form and its definitions (甘肃), the 山东-style
 * definitions of 不予公开范围1–7, and a district's quarterly form; the fixtures under
 * `test/fixtures/legacy/` keep those tables with their addresses.
 *
 * Order matters: a label is given the first concept (in this list) whose variant it contains, so
 * the specific wording comes before the general (同意部分公开 before 同意公开 before 答复数;
 * 申诉/举报 before 诉讼, because one Fujian form prints 接受行政诉讼、举报数 for complaints).
 * Variants match with white space allowed between characters.
 */

/** A concept's label variants: plain words, or regular-expression sources for numbered wording. */
export interface LegacyLabel {
  readonly concept: string;
  readonly words: readonly string[];
  readonly patterns?: readonly string[];
}

const exempt = (n: number): LegacyLabel => ({
  concept: `requests.outcome.exempt_${n}`,
  words: [],
  patterns: [`(?:免予|免于|不予)[\\s]*公[\\s]*开[\\s]*范[\\s]*围[\\s]*${n}(?![0-9])`],
});

/** Label variants by concept, most specific first. */
export const LEGACY_LABELS: readonly LegacyLabel[] = [
  { concept: "proactive.full_text", words: ["全文电子化"] },
  { concept: "proactive.website", words: ["政府网站公开", "网站公开", "政府网站", "门户网站", "网站发布"] },
  { concept: "proactive.gazette", words: ["政府公报", "公报公开"] },
  {
    concept: "proactive.other_channels",
    words: ["其他方式公开", "其它方式公开", "其他形式公开", "其它形式公开", "其他渠道", "其它渠道"],
  },
  { concept: "proactive.normative", words: ["规范性文件"] },
  { concept: "proactive.services", words: ["服务类信息"] },
  { concept: "portal.page_views", words: ["页面访问量", "访问量", "点击量"] },
  { concept: "consultation.on_site", words: ["现场接待", "现场咨询"] },
  { concept: "consultation.phone", words: ["咨询电话", "电话咨询"] },
  { concept: "consultation.online", words: ["网上咨询", "网络咨询", "在线咨询"] },
  { concept: "consultation.total", words: ["咨询"] },
  { concept: "requests.catalogue", words: ["依申请公开信息目录", "申请公开目录"] },
  {
    concept: "requests.channel.letter_fax",
    words: [],
    patterns: ["信[\\s]*函[\\s]*[、，,和及与/]?[\\s]*传[\\s]*真", "传[\\s]*真[\\s]*[、，,和及与/]?[\\s]*信[\\s]*函"],
  },
  { concept: "requests.channel.in_person", words: ["当面"] },
  { concept: "requests.channel.fax", words: ["传真"] },
  { concept: "requests.channel.email", words: ["电子邮件", "电子邮箱", "邮件申请"] },
  { concept: "requests.channel.online", words: ["网上申请", "网络申请", "在线申请", "互联网申请"] },
  { concept: "requests.channel.letter", words: ["信函", "邮寄申请", "来信申请"] },
  {
    concept: "requests.channel.other",
    words: ["其它形式申请", "其他形式申请", "其他方式申请", "其它方式申请", "其他申请", "其它申请"],
  },
  { concept: "requests.pending", words: ["待答复", "尚未答复", "正在办理"] },
  ...[1, 2, 3, 4, 5, 6, 7].map(exempt),
  { concept: "requests.outcome.partly_granted", words: ["同意部分公开", "部分公开"] },
  { concept: "requests.outcome.granted", words: ["同意公开", "予以公开"] },
  {
    concept: "requests.outcome.not_gov_info",
    words: ["不属于政府信息", "非政府信息"],
    patterns: ["非[\\s]*《[^》]{1,12}》[\\s]*所[\\s]*指"],
  },
  { concept: "requests.outcome.not_exist", words: ["信息不存在"] },
  {
    concept: "requests.outcome.not_held",
    words: ["非本部门掌握", "非本机关", "不属于本机关", "非本部门", "不属于本部门", "非本行政机关"],
  },
  { concept: "requests.outcome.unclear", words: ["申请内容不明确", "内容不明确"] },
  { concept: "requests.outcome.duplicate", words: ["重复申请"] },
  { concept: "requests.outcome.other_reason", words: ["其它原因", "其他原因"] },
  { concept: "requests.outcome.denied", words: ["否决公开", "不予公开", "不同意公开", "不公开答复"] },
  { concept: "requests.outcome.other", words: ["其他类型答复", "其它类型答复", "其他答复", "其它答复"] },
  { concept: "requests.answered", words: ["答复总数", "答复数", "已答复", "办结"] },
  {
    concept: "requests.received",
    words: ["受理依申请", "受理政府信息依申请", "依申请公开信息总数", "申请总数", "受理申请", "收到申请", "申请数"],
  },
  { concept: "review.complaints_repeat", words: ["首次处理不满意"] },
  { concept: "review.complaints", words: ["申诉", "举报", "投诉"] },
  { concept: "review.reconsideration", words: ["行政复议", "复议"] },
  { concept: "review.litigation", words: ["行政诉讼", "诉讼"] },
  { concept: "fees.waived", words: ["减免"] },
  { concept: "fees.search", words: ["检索费"] },
  { concept: "fees.copy", words: ["复制费"] },
  { concept: "fees.postage", words: ["邮寄费"] },
  { concept: "fees.charged", words: ["收费", "收取费用", "费用"] },
  { concept: "staff.full_time", words: ["专职"] },
  { concept: "staff.part_time", words: ["兼职"] },
  { concept: "staff.total", words: ["工作人员"] },
  { concept: "budget.spent", words: ["实际支出", "支出"] },
  { concept: "budget.planned", words: ["专项经费", "经费", "预算"] },
  { concept: "proactive.total", words: ["主动公开"] },
];

/** Words that title a legacy statistics table. */
export const LEGACY_TITLES: readonly string[] = [
  "政府信息公开情况统计表",
  "政府信息公开工作情况统计表",
  "信息公开情况统计报表",
  "信息公开情况统计表",
  "信息公开统计表",
];

/** A header word and the column it names (`label`, `unit`, `code`: not value columns). */
export interface LegacyHeaderWord {
  readonly kind: "label" | "unit" | "code" | "year" | "cumulative" | "period";
  readonly pattern: string;
}

/** Header words, longest first within each kind (本年累计 is the year in an annual report). */
export const LEGACY_HEADERS: readonly LegacyHeaderWord[] = [
  { kind: "label", pattern: "指[\\s]*标[\\s]*名[\\s]*称|统[\\s]*计[\\s]*指[\\s]*标" },
  { kind: "unit", pattern: "计[\\s]*量[\\s]*单[\\s]*位" },
  { kind: "code", pattern: "代[\\s]*码|行[\\s]*次" },
  { kind: "cumulative", pattern: "历[\\s]*年[\\s]*累[\\s]*计|累[\\s]*计[\\s]*数" },
  { kind: "year", pattern: "(?:19|20)[0-9]{2}[\\s]*年[\\s]*度?|本[\\s]*年[\\s]*累[\\s]*计|本[\\s]*年[\\s]*度" },
  { kind: "period", pattern: "本[\\s]*期[\\s]*实[\\s]*际|本[\\s]*期" },
];

/** Units a row may print (longest first, so that 人次 is not read as 人). */
export const LEGACY_UNITS: readonly string[] = [
  "人次",
  "万元",
  "条",
  "件",
  "元",
  "人",
  "个",
  "次",
  "项",
  "份",
  "家",
  "宗",
  "篇",
  "起",
  "期",
];

/** Printed blank markers. */
export const LEGACY_BLANKS: readonly string[] = ["—", "——", "-", "--", "－", "/", "／", "无", "空", "…"];
