/**
 * The row concepts of the pre-2019 statistics tables (政府信息公开情况统计表) as data: one stable
 * key per thing a row counts, whatever wording a province's form gave it. The wording met in real
 * tables (the lexicon of label variants) lives with the reader in `tables/legacy/lexicon.ts`; this
 * file fixes the keys, where a row may be printed (its possible parents under 其中) and whether it
 * adds up with its siblings to the parent (`part`) or is only a subset of it (`subset`).
 *
 * Cell keys are `<concept>.<column>`, the columns being `year` (本年度, 2013年度, 本年累计),
 * `cumulative` (历年累计: since the 条例 took effect in 2008, unless the agency restarted counting)
 * and `period` (本期实际, for forms built for monthly returns).
 */

import type { LegacyColumn } from "../types.js";

/** Value columns in the order in which they nest: period ⊆ year ⊆ cumulative. */
export const LEGACY_COLUMNS: readonly LegacyColumn[] = ["period", "year", "cumulative"];

/** What a row counts in: items, money or people. */
export type LegacyUnitKind = "count" | "money" | "people";

/** One row concept. */
export interface LegacyConcept {
  /** Stable key, e.g. `requests.channel.online`. */
  readonly key: string;
  /** Concepts this row may be printed under (其中：…), nearest first; empty for a top-level row. */
  readonly parents: readonly string[];
  /** `part`: adds up with the other printed parts to the parent; `subset`: only ≤ the parent. */
  readonly role: "part" | "subset";
  readonly unit: LegacyUnitKind;
  /** The usual Chinese label. */
  readonly label: string;
  /** What the row counts, in English. */
  readonly description: string;
}

const top = (
  key: string,
  label: string,
  description: string,
  unit: LegacyUnitKind = "count",
): LegacyConcept => ({ key, parents: [], role: "part", unit, label, description });

const part = (
  key: string,
  parents: readonly string[],
  label: string,
  description: string,
  unit: LegacyUnitKind = "count",
): LegacyConcept => ({ key, parents, role: "part", unit, label, description });

const subset = (key: string, parent: string, label: string, description: string): LegacyConcept => ({
  key,
  parents: [parent],
  role: "subset",
  unit: "count",
  label,
  description,
});

const ANSWERED = "requests.answered";
const DENIED = "requests.outcome.denied";
const DENIAL = [DENIED, ANSWERED];
const CHARGED = "fees.charged";

/** Every row concept, grouped by topic and in the order forms usually print them. */
export const LEGACY_CONCEPTS: readonly LegacyConcept[] = [
  top("proactive.total", "主动公开信息数", "information items disclosed proactively this year (all channels)"),
  part("proactive.website", ["proactive.total"], "网站公开", "… of which on the government website"),
  part("proactive.gazette", ["proactive.total"], "政府公报公开", "… of which in the government gazette"),
  part("proactive.other_channels", ["proactive.total"], "其他方式公开", "… of which through other channels"),
  subset("proactive.full_text", "proactive.total", "全文电子化的主动公开信息数", "… of which with the full text online"),
  top("proactive.normative", "新增的行政规范性文件数", "normative documents newly made or disclosed"),
  top("proactive.services", "提供服务类信息数", "service information items"),
  top("portal.page_views", "网站专栏页面访问量", "page views of the disclosure column (人次)", "people"),
  top("consultation.total", "咨询数", "consultations handled (人次)", "people"),
  part("consultation.on_site", ["consultation.total"], "现场接待人数", "… on site", "people"),
  part("consultation.online", ["consultation.total"], "网上咨询数", "… online", "people"),
  part("consultation.phone", ["consultation.total"], "咨询电话接听数", "… by telephone", "people"),
  top("requests.catalogue", "依申请公开信息目录数", "catalogue entries of information disclosed on request"),
  top("requests.received", "受理依申请公开信息总数", "disclosure requests received (受理) this year"),
  part("requests.channel.in_person", ["requests.received"], "当面申请数", "… made in person"),
  part("requests.channel.fax", ["requests.received"], "传真申请数", "… by fax"),
  part("requests.channel.email", ["requests.received"], "电子邮件申请数", "… by e-mail"),
  part("requests.channel.online", ["requests.received"], "网上申请数", "… online (web form)"),
  part("requests.channel.letter", ["requests.received"], "信函申请数", "… by letter"),
  part("requests.channel.letter_fax", ["requests.received"], "信函、传真申请数", "… by letter or fax (one row)"),
  part("requests.channel.other", ["requests.received"], "其它形式申请数", "… in other ways"),
  top("requests.answered", "对申请的答复数", "requests answered (答复) this year"),
  part("requests.outcome.granted", [ANSWERED], "同意公开答复数", "… disclosure granted"),
  part("requests.outcome.partly_granted", [ANSWERED], "同意部分公开答复数", "… disclosure granted in part"),
  part(DENIED, [ANSWERED], "否决公开答复数", "… disclosure refused (否决/不予公开; some forms nest the reasons below)"),
  part("requests.outcome.not_gov_info", DENIAL, "非《条例》所指政府信息数", "… not government information under the 条例"),
  part("requests.outcome.not_exist", DENIAL, "信息不存在数", "… the information does not exist"),
  part("requests.outcome.not_held", DENIAL, "非本部门掌握数", "… not held by / not the duty of this agency"),
  part("requests.outcome.unclear", DENIAL, "申请内容不明确数", "… the request is unclear"),
  part("requests.outcome.duplicate", DENIAL, "重复申请数", "… repeated request"),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) =>
    part(
      `requests.outcome.exempt_${n}`,
      [DENIED],
      `免予公开范围${n}数`,
      `… refused under the form's numbered exemption ${n} (its meaning is the issuing form's)`,
    ),
  ),
  part("requests.outcome.other_reason", [DENIED], "其它原因", "… refused for another reason"),
  part("requests.outcome.other", [ANSWERED], "其他类型答复数", "… answered otherwise"),
  top("requests.pending", "待答复数", "requests not yet answered at the end of the year"),
  top("review.reconsideration", "行政复议数", "administrative reconsiderations about disclosure"),
  top("review.litigation", "行政诉讼数", "administrative lawsuits about disclosure"),
  top("review.complaints", "行政申诉数", "administrative complaints and reports (申诉、举报)"),
  subset("review.complaints_repeat", "review.complaints", "对本部门首次处理不满意的行政申诉数", "… after a first decision"),
  top(CHARGED, "依申请公开收费", "fees charged for disclosure on request", "money"),
  part("fees.search", [CHARGED], "检索费", "… search fees", "money"),
  part("fees.copy", [CHARGED], "复制费", "… copying fees", "money"),
  part("fees.postage", [CHARGED], "邮寄费", "… postage", "money"),
  top("fees.waived", "收费减免金额", "fees reduced or waived", "money"),
  top("staff.total", "工作人员数", "staff working on disclosure", "people"),
  part("staff.full_time", ["staff.total"], "专职人员数", "… full time", "people"),
  part("staff.part_time", ["staff.total"], "兼职人员数", "… part time", "people"),
  top("budget.planned", "专项经费", "disclosure budget", "money"),
  top("budget.spent", "实际支出", "disclosure spending", "money"),
];

const BY_KEY = new Map(LEGACY_CONCEPTS.map((c) => [c.key, c]));

/** The concept of a key, or undefined for a key outside the vocabulary. */
export function legacyConcept(key: string): LegacyConcept | undefined {
  return BY_KEY.get(key);
}

/** The cell key of a concept's column. */
export function legacyCellKey(concept: string, column: LegacyColumn): string {
  return `${concept}.${column}`;
}
