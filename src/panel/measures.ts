/**
 * The panel's measures as data: for each, the cells it is derived from in each format (national
 * 2019/2021 table cells, legacy rows' year column), the prose subjects that may state it when no
 * table prints it, and, for the codebook, its definition per format and where the definitions
 * differ. Units are fixed per measure (counts as printed; money in 元 or 万元 as named).
 */
import { outcomeRows, type TableTemplate } from "../rules/index.js";

/** Σ plus − Σ minus over cells: another way to the same figure, through an identity (`rule`). */
export interface Formula {
  readonly plus: readonly string[];
  readonly minus?: readonly string[];
  readonly rule: string;
}

/** How one format gives a measure: the sum of these cells (`table.cell` for national, a concept for legacy). */
export interface Derivation {
  readonly cells: readonly string[];
  /** When a cell is blank or missing: the whole measure through an identity. */
  readonly whole?: Formula;
  /** When one cell is blank or missing: that cell through an identity. */
  readonly perCell?: Readonly<Record<string, Formula>>;
}

/** One measure. */
export interface MeasureDef {
  readonly key: string;
  readonly unit: string;
  readonly en: string;
  readonly zh: string;
  /** By format; a format without an entry does not print the measure (`not_in_format`). */
  readonly national?: Partial<Record<TableTemplate, Derivation>>;
  readonly legacy?: Derivation;
  /** Prose subjects (narrative facts) that state it, used when no table cell is printed. */
  readonly facts?: readonly string[];
  /** Definitions per format and where they differ (codebook). */
  readonly definitions: { readonly national: string; readonly legacy: string; readonly differences: string };
}

const both = (d: Derivation): Partial<Record<TableTemplate, Derivation>> => ({ "2021": d, "2019": d });

const DENIED = [
  "state_secret",
  "prohibited",
  "three_safeties",
  "third_party",
  "internal_affairs",
  "process_info",
  "enforcement_file",
  "query_matter",
].map((r) => `requests.denied.${r}.total`);

function notDenied(template: TableTemplate): string[] {
  return outcomeRows(template)
    .filter((r) => !r.startsWith("denied."))
    .map((r) => `requests.${r}.total`);
}

const deniedBy = (template: TableTemplate): Derivation => ({
  cells: DENIED,
  whole: { plus: ["requests.total.total"], minus: notDenied(template), rule: "requests.outcome.total" },
});

/** A table 4 group total through its four results (review.<group>.total identity). */
const groupTotal = (group: string): Record<string, Formula> => ({
  [`review.${group}.total`]: {
    plus: ["upheld", "corrected", "other", "pending"].map((c) => `review.${group}.${c}`),
    rule: `review.${group}.total`,
  },
});

const channel = (key: string, zh: string, en: string): MeasureDef => ({
  key: `requests.channel.${key}`,
  unit: "件",
  en: `Requests received ${en}`,
  zh: `${zh}申请数`,
  legacy: { cells: [`requests.channel.${key}`] },
  definitions: {
    national: "not printed: the 2019 and 2021 forms count requests by applicant, not by channel",
    legacy: `the row ${zh}申请数 under 受理申请总数, year column`,
    differences: "legacy only",
  },
});

/** Every measure, in the order of the panel. */
export const PANEL_MEASURES: readonly MeasureDef[] = [
  {
    key: "proactive.items",
    unit: "条",
    en: "Information items disclosed proactively in the year",
    zh: "主动公开政府信息数",
    legacy: { cells: ["proactive.total"] },
    facts: ["proactive.total"],
    definitions: {
      national: "no table cell: the figure the report states in prose (共主动公开政府信息…条), status stated",
      legacy: "主动公开信息数 (or 主动公开文件数), year column",
      differences:
        "legacy counts table rows of the form; the national formats only state it in prose, and some reports count documents, others items or web posts",
    },
  },
  {
    key: "requests.received",
    unit: "件",
    en: "Disclosure requests received in the year",
    zh: "本年收到（受理）申请数",
    national: both({ cells: ["requests.new.total"] }),
    legacy: { cells: ["requests.received"] },
    facts: ["requests.received"],
    definitions: {
      national: "本年新收政府信息公开申请数量, column 总计 (`requests.new.total`)",
      legacy: "受理依申请公开信息总数 / 申请总数, year column",
      differences:
        "national: newly received, carried-over requests excluded; legacy: 受理 (accepted) in the year, which some agencies took as requests received and others as requests admitted",
    },
  },
  {
    key: "requests.carried_over",
    unit: "件",
    en: "Requests carried over from the previous year",
    zh: "上年结转申请数",
    national: both({ cells: ["requests.carried_over.total"] }),
    facts: ["requests.carried_over"],
    definitions: {
      national: "上年结转政府信息公开申请数量, 总计",
      legacy: "not printed",
      differences: "national only",
    },
  },
  {
    key: "requests.answered",
    unit: "件",
    en: "Requests answered (processed) in the year",
    zh: "本年答复（办理）申请数",
    national: both({ cells: ["requests.total.total"] }),
    legacy: { cells: ["requests.answered"] },
    facts: ["requests.completed"],
    definitions: {
      national: "本年度办理结果 (七)总计 (`requests.total.total`)",
      legacy: "对申请的答复数 / 答复总数, year column",
      differences:
        "national: every request decided in the year, including those carried over from the year before; legacy: answers given in the year, and whether carried-over requests count is not said",
    },
  },
  {
    key: "requests.granted",
    unit: "件",
    en: "Requests granted in full",
    zh: "同意公开（予以公开）数",
    national: both({ cells: ["requests.granted.total"] }),
    legacy: { cells: ["requests.outcome.granted"] },
    facts: ["requests.granted"],
    definitions: {
      national: "(一)予以公开, 总计",
      legacy: "同意公开答复数, year column",
      differences: "comparable",
    },
  },
  {
    key: "requests.partly_granted",
    unit: "件",
    en: "Requests granted in part",
    zh: "部分公开数",
    national: both({ cells: ["requests.partly_granted.total"] }),
    legacy: { cells: ["requests.outcome.partly_granted"] },
    definitions: {
      national: "(二)部分公开（区分处理的只计这一情形）, 总计",
      legacy: "同意部分公开答复数, year column",
      differences: "comparable",
    },
  },
  {
    key: "requests.denied",
    unit: "件",
    en: "Requests refused",
    zh: "不予公开数",
    national: { "2021": deniedBy("2021"), "2019": deniedBy("2019") },
    legacy: { cells: ["requests.outcome.denied"] },
    definitions: {
      national:
        "sum of the eight (三)不予公开 rows, 总计; when one is blank, 总计 minus every other outcome row if those are printed",
      legacy: "否决公开 / 不予公开答复数, year column",
      differences:
        "not comparable in full: legacy forms such as the 2008 定西 form nest 信息不存在, 非本部门掌握 and 申请内容不明确 under 否决公开, which the national formats count as 无法提供 (not denied)",
    },
  },
  channel("in_person", "当面", "in person"),
  channel("fax", "传真", "by fax"),
  channel("email", "电子邮件", "by e-mail"),
  channel("online", "网上", "online"),
  channel("letter", "信函", "by letter"),
  channel("letter_fax", "信函、传真", "by letter or fax (one row in some forms)"),
  channel("other", "其他形式", "in other ways"),
  {
    key: "review.reconsideration",
    unit: "件",
    en: "Administrative reconsiderations about disclosure",
    zh: "行政复议数",
    national: both({ cells: ["review.reconsideration.total"], perCell: groupTotal("reconsideration") }),
    legacy: { cells: ["review.reconsideration"] },
    facts: ["reconsideration.total"],
    definitions: {
      national: "行政复议 总计 (`review.reconsideration.total`); when blank, the sum of 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
      legacy: "行政复议数, year column",
      differences: "national: cases decided or pending in the year; legacy: cases in the year",
    },
  },
  {
    key: "review.litigation",
    unit: "件",
    en: "Administrative lawsuits about disclosure",
    zh: "行政诉讼数",
    national: both({
      cells: ["review.litigation_direct.total", "review.litigation_after.total"],
      perCell: { ...groupTotal("litigation_direct"), ...groupTotal("litigation_after") },
    }),
    legacy: { cells: ["review.litigation"] },
    facts: ["litigation.total"],
    definitions: {
      national: "行政诉讼 未经复议直接起诉 总计 + 复议后起诉 总计 (each, when blank, the sum of its four results)",
      legacy: "行政诉讼数, year column",
      differences: "comparable",
    },
  },
  {
    key: "review.complaints",
    unit: "件",
    en: "Administrative complaints and reports (申诉、举报)",
    zh: "行政申诉（举报）数",
    legacy: { cells: ["review.complaints"] },
    definitions: {
      national: "not printed",
      legacy: "行政申诉数 / 申诉、举报数 (one Fujian form prints 接受行政诉讼、举报数), year column",
      differences: "legacy only",
    },
  },
  {
    key: "fees.disclosure",
    unit: "元",
    en: "Fees charged for disclosure on request",
    zh: "依申请公开收费金额",
    legacy: { cells: ["fees.charged"] },
    definitions: {
      national: "not in the tables (section 六 may say so in prose)",
      legacy: "依申请公开收费 (检索费, 复制费, 邮寄费), year column, converted to 元",
      differences: "legacy only; not the administrative fees of the 2021 table 2",
    },
  },
  {
    key: "fees.waived",
    unit: "元",
    en: "Disclosure fees reduced or waived",
    zh: "收费减免金额",
    legacy: { cells: ["fees.waived"] },
    definitions: {
      national: "not printed",
      legacy: "收费减免金额, year column, converted to 元",
      differences: "legacy only",
    },
  },
  {
    key: "fees.administrative",
    unit: "万元",
    en: "Administrative fees (行政事业性收费) charged by the agency",
    zh: "行政事业性收费金额",
    national: { "2021": { cells: ["proactive.fees.amount"] } },
    definitions: {
      national: "2021 format table 2, 第二十条第（八）项 本年收费金额 (万元); the 2019 format prints item counts only",
      legacy: "not printed",
      differences: "2021 format only; not a disclosure fee",
    },
  },
];

/** The measure keys, in panel order. */
export const PANEL_MEASURE_KEYS: readonly string[] = PANEL_MEASURES.map((m) => m.key);
