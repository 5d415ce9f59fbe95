/** Bilingual labels of the spec's keys, as data (Chinese first, then English). */

export const TABLE_LABELS: Readonly<Record<string, string>> = {
  proactive: "表二 主动公开 proactive",
  requests: "表三 依申请 requests",
  review: "表四 复议诉讼 review",
};

export const TABLE_STATUS_LABELS: Readonly<Record<string, string>> = {
  complete: "完整 complete",
  partial: "部分 partial",
  total_only: "仅总计 total only",
  missing: "缺失 missing",
  not_parsed: "未能解析 not parsed",
  not_applicable: "不适用 not applicable",
};

/** Outcome groups of the request matrix (rows of table 3, grouped by their first key part). */
export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  granted: "予以公开 granted",
  partly_granted: "部分公开 partly granted",
  denied: "不予公开 refused",
  unable: "无法提供 unable",
  rejected: "不予处理 not processed",
  other: "其他处理 other",
};

export const APPLICANT_LABELS: Readonly<Record<string, string>> = {
  natural_person: "自然人 natural person",
  commercial: "商业企业 business",
  research: "科研机构 research",
  nonprofit: "社会公益组织 non-profit",
  legal_service: "法律服务机构 legal service",
  other_org: "其他 other",
  total: "总计 total",
};

export const REVIEW_GROUP_LABELS: Readonly<Record<string, string>> = {
  reconsideration: "行政复议 reconsideration",
  litigation_direct: "直接起诉 litigation",
  litigation_after: "复议后起诉 litigation after reconsideration",
};

export const REVIEW_OUTCOME_LABELS: Readonly<Record<string, string>> = {
  upheld: "维持 upheld",
  corrected: "纠正 corrected",
  other: "其他 other",
  pending: "尚未审结 pending",
};

export const LEVEL_LABELS: Readonly<Record<string, string>> = {
  central: "中央 central",
  province: "省 province",
  city: "市 city",
  county: "县 county",
  township: "乡镇 township",
  department: "部门 department",
};

export const TEMPLATE_LABELS: Readonly<Record<string, string>> = {
  "2021": "2021 格式 format",
  "2019": "2019 试行 trial",
  legacy: "2019 年前 legacy",
  unknown: "未知 unknown",
};

export const RULE_OUTCOME_LABELS: Readonly<Record<string, string>> = {
  pass: "通过 pass",
  fail: "不符 fail",
  not_assessable: "无法检验 not assessable",
};

/** Rows of the request matrix (table 3), by their spec key. */
export const REQUEST_ROW_LABELS: Readonly<Record<string, string>> = {
  new: "新收申请 new",
  carried_over: "上年结转 carried over",
  granted: "予以公开 granted",
  partly_granted: "部分公开 partly granted",
  "denied.state_secret": "国家秘密 state secret",
  "denied.prohibited": "法律法规禁止 prohibited by law",
  "denied.three_safeties": "三安全一稳定 three safeties",
  "denied.third_party": "第三方权益 third-party rights",
  "denied.internal_affairs": "内部事务 internal affairs",
  "denied.process_info": "过程性信息 process information",
  "denied.enforcement_file": "行政执法案卷 enforcement file",
  "denied.query_matter": "行政查询事项 query matter",
  "unable.not_held": "本机关不掌握 not held",
  "unable.needs_creation": "需另行制作 would need creating",
  "unable.unclear": "补正后仍不明确 still unclear",
  "rejected.petition": "信访举报投诉 petition",
  "rejected.duplicate": "重复申请 duplicate",
  "rejected.publication": "公开出版物 publication",
  "rejected.excessive": "大量反复申请 excessive",
  "rejected.confirmation": "确认或重新出具 confirmation",
  "other.no_correction": "逾期不补正 no correction",
  "other.no_fee": "逾期未缴费 fee unpaid",
  "other.other": "其他 other",
  other: "其他处理 other",
  total: "总计 total",
  carried_forward: "结转下年 carried forward",
};
