/**
 * Words the crawler reads links by: what an annual-report title says, what a pagination link
 * says, and which file types are attachments. Data only; the rules that use them are in classify.ts
 * and pagination.ts.
 */

/** Titles that name a government information-disclosure annual report by themselves. */
export const REPORT_TITLE_PATTERNS: readonly RegExp[] = [
  /政府信息公开(?:工作)?(?:年度)?(?:工作)?(?:情况)?年度?报告/,
  /政务公开(?:工作)?(?:年度报告|年报)/,
  /信息公开(?:工作)?(?:年度报告|年报)/,
];

/** A year in a title: 2008–2099 in Arabic or Chinese digits. */
export const TITLE_YEAR = /(?:20[0-9]{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年?/;

/** 年度报告 / 年报 counts only with a year (`TITLE_YEAR`). */
export const ANNUAL_REPORT_WORD = /年度报告|年报/;

/** Annual reports of other kinds that share the words: enterprise filings, finance, statistics. */
export const NOT_REPORT_WORDS = /企业|公司|个体工商户|年报公示|财务|决算|预算|统计年报|审计|社会责任/;

/** Anchor texts of pagination links (next, last, previous, first page). */
export const PAGINATION_WORDS =
  /^(?:下一?页|后一?页|尾页|末页|最后一?页|上一?页|前一?页|首页|第一页|next|last|prev(?:ious)?|first|>>?|<<?|»|«)$/i;

/** File types kept as attachments of a report page. */
export const ATTACHMENT_EXTENSIONS: readonly string[] = ["pdf", "doc", "docx", "wps", "xls", "xlsx", "zip"];

/** Path endings of a page that may be a document (not a folder or a script of the site). */
export const PAGE_EXTENSIONS: readonly string[] = [
  "html",
  "htm",
  "shtml",
  "jhtml",
  "xhtml",
  "jsp",
  "php",
  "asp",
  "aspx",
];

/** Query parameters that number list pages. */
export const PAGE_PARAMETERS: readonly string[] = [
  "page",
  "pageno",
  "pagenum",
  "pageindex",
  "curpage",
  "currpage",
  "pn",
  "p",
];
