/**
 * Lexicons of the `sections` stage, as data under English keys. Patterns are
 * regular-expression sources matched against the *matching view* of a report
 * (see `view.ts`): simplified characters, no spaces, no Markdown `*`/`#`,
 * full-width ASCII folded to half-width, `|` folded to a tab.
 */
import type { SectionKey } from "../types.js";

/** How strongly a phrase says "this is the section": canonical wording or a loose variant. */
export type HeadingStrength = "strong" | "weak";

/** A heading phrase: what a heading says, the key it maps to, and whether it is legacy wording. */
export interface HeadingPhrase {
  /** The section key, or `stop` for a heading that ends the previous section without a key of its own. */
  readonly key: SectionKey | "stop";
  readonly pattern: string;
  readonly strength: HeadingStrength;
  /** True for wording of the pre-2019 free-form reports. */
  readonly legacy: boolean;
  /** Rank in the section order; stop headings sit between keys. */
  readonly rank: number;
  /** For a stop heading: the key it takes when the report has no heading of that key (fees → other). */
  readonly fallback?: SectionKey;
}

// The phrase ends its line (or cell): for short headings that could open a sentence.
const LINE_END = "(?=[。.:：]?(?:\\n|\\t|$))";
const GOV = "(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:中)?的?";

/** Heading phrases, strongest first for each key. */
export const HEADING_PHRASES: readonly HeadingPhrase[] = [
  { key: "overview", pattern: `${GOV}总体(?:工作)?情况`, strength: "strong", legacy: false, rank: 1 },
  {
    key: "overview",
    pattern: `${GOV}(?:总体概况|基本概况|基本情况|工作概况|概况)`,
    strength: "weak",
    legacy: true,
    rank: 1,
  },
  { key: "overview", pattern: "概述", strength: "weak", legacy: true, rank: 1 },
  {
    key: "proactive",
    pattern: "(?:行政机关)?主动公开政府信息(?:的)?(?:工作)?情况",
    strength: "strong",
    legacy: false,
    rank: 2,
  },
  {
    key: "proactive",
    pattern: "(?:政府信息)?主动公开(?:政府信息)?(?:工作)?(?:的)?情况",
    strength: "weak",
    legacy: true,
    rank: 2,
  },
  { key: "proactive", pattern: `主动公开政府信息${LINE_END}`, strength: "weak", legacy: false, rank: 2 },
  {
    key: "requests",
    pattern: "(?:政府信息公开)?申请(?:的)?(?:受理|办理|处理)(?:和答复)?(?:工作)?情况",
    strength: "weak",
    legacy: false,
    rank: 3,
  },
  {
    key: "requests",
    pattern: "(?:行政机关)?收到和处理政府信息公开申请(?:的)?(?:情况)?",
    strength: "strong",
    legacy: false,
    rank: 3,
  },
  {
    key: "requests",
    pattern: "(?:政府信息)?依申请公开(?:政府信息)?[^\\n。，,；;：:]{0,16}?情况",
    strength: "weak",
    legacy: true,
    rank: 3,
  },
  {
    key: "stop",
    pattern: `${GOV}[^\\n。]{0,8}?(?:收费|费用收取|收取费用)[^\\n。]{0,6}?(?:减免|免除)(?:的)?(?:情况)?`,
    strength: "weak",
    legacy: true,
    rank: 3.5,
    fallback: "other",
  },
  {
    key: "stop",
    pattern: `${GOV}(?:机构建设|保障经费|咨询处理|人大代表建议|政协委员提案|举报投诉|工作考核|社会评议|责任追究|工作人员|事务支出|经费支出|审批事项)[^\\n。]{0,20}?情况`,
    strength: "weak",
    legacy: true,
    rank: 3.6,
  },
  {
    key: "review",
    pattern:
      "(?:因)?(?:政府信息公开)?(?:工作)?(?:申请)?(?:被申请|提起|引起的)?行政法?复议(?:[、,和及与]|以及)?(?:提起)?行政诉讼(?:[、,和及与](?:申诉|举报投诉|举报))?(?:的)?(?:情况)?",
    strength: "strong",
    legacy: false,
    rank: 4,
  },
  {
    key: "review",
    pattern:
      "(?:因)?(?:政府信息公开)?(?:申请)?(?:提起|引起的)?(?:行政)?复议[、,和及与]?(?:行政)?诉讼(?:[、,和及与](?:申诉|举报投诉))?(?:的)?(?:情况)?",
    strength: "weak",
    legacy: true,
    rank: 4,
  },
  {
    key: "issues",
    pattern: `${GOV}存在(?:的)?(?:主要)?(?:问题|不足)(?:和不足)?(?:及|和|与|以及)?(?:改进|整改)?(?:情况|措施|方向|计划|举措|意见)?`,
    strength: "strong",
    legacy: false,
    rank: 5,
  },
  {
    key: "issues",
    pattern: "(?:主要)?(?:问题|不足)(?:及|和|与|以及)(?:改进|整改)(?:情况|措施|方向|计划|举措|意见)?",
    strength: "weak",
    legacy: false,
    rank: 5,
  },
  {
    key: "other",
    pattern: "其[他它](?:需要|需|应当|应)?(?:报告|说明)的?(?:事项|情况)?",
    strength: "strong",
    legacy: false,
    rank: 6,
  },
  { key: "other", pattern: `其[他它](?:事项|情况)?${LINE_END}`, strength: "weak", legacy: false, rank: 6 },
  { key: "other", pattern: "其[他它]事项", strength: "weak", legacy: false, rank: 6 },
  { key: "other", pattern: "(?:需要|需)(?:报告|说明)的(?:其[他它])?事项", strength: "weak", legacy: false, rank: 6 },
  { key: "stop", pattern: `${GOV}(?:情况)?统计(?:报)?表`, strength: "weak", legacy: true, rank: 7 },
  { key: "stop", pattern: "附(?:件|表)[0-9一二三四五六七八九十]*[:：]", strength: "weak", legacy: true, rank: 7 },
];

/** Canonical heading of each key (spec "Sections"). */
export const CANONICAL_HEADINGS: { readonly [K in SectionKey]: string } = {
  overview: "一、总体情况",
  proactive: "二、主动公开政府信息情况",
  requests: "三、收到和处理政府信息公开申请情况",
  review: "四、政府信息公开行政复议、行政诉讼情况",
  issues: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
};

/** Page chrome met at the end of a scraped report (footer lines, share widgets). */
export const FOOTER_CHROME: readonly string[] = [
  "扫一扫在手机打开当前页",
  "扫一扫在手机上查看当前页面",
  "扫一扫",
  "附件下载",
  "打印本页",
  "关闭窗口",
  "【打印】",
  "【关闭】",
  "分享到",
  "上一篇",
  "下一篇",
  "返回顶部",
  "网站地图",
  "主办单位",
  "版权所有",
  "ICP备",
  "网站标识码",
  "相关链接",
  "【我要纠错】",
];

/** Lines that are page chrome when they stand alone (share and print widgets). */
export const FOOTER_LINES: readonly string[] = [
  "打印",
  "关闭",
  "收藏",
  "分享",
  "分享到:",
  "微信",
  "微博",
  "QQ空间",
  "返回",
  "返回顶部",
  "顶部",
  "字号",
  "大中小",
  "【大】【中】【小】",
  "【打印】【关闭】",
  "【打印本页】【关闭窗口】",
  "附件:",
  "相关附件",
  "相关文章",
  "相关阅读",
  "相关信息",
];

/** Chrome that marks a long footer line (copyright, registration numbers). */
export const FOOTER_STRONG: readonly string[] = ["版权所有", "ICP备", "网站标识码", "主办单位", "技术支持", "公网安备"];

/** Name endings of agencies, places and their offices, longest first where one contains another. */
export const AGENCY_SUFFIXES: readonly string[] = [
  "人民政府办公室",
  "人民政府办公厅",
  "街道办事处",
  "人民政府",
  "管理委员会",
  "委员会",
  "办事处",
  "办公室",
  "办公厅",
  "管委会",
  "调查总队",
  "调查队",
  "实验区",
  "开发区",
  "新区",
  "高新区",
  "自治区",
  "自治州",
  "自治县",
  "街道",
  "苏木",
  "中心",
  "政府",
  "省",
  "市",
  "区",
  "县",
  "旗",
  "盟",
  "州",
  "镇",
  "乡",
  "局",
  "厅",
  "委",
  "办",
  "部",
  "署",
  "院",
  "所",
  "站",
  "队",
  "会",
];

/** Words that start the predicate after an agency name in an opening sentence ("2022年，X坚持…"). */
export const OPENING_VERBS: readonly string[] = [
  "在",
  "坚持",
  "以",
  "认真",
  "紧紧",
  "紧扣",
  "高度",
  "深入",
  "全面",
  "按照",
  "严格",
  "围绕",
  "进一步",
  "持续",
  "继续",
  "扎实",
  "积极",
  "不断",
  "始终",
  "聚焦",
  "切实",
  "立足",
  "着力",
  "贯彻",
  "落实",
  "根据",
  "依据",
  "共",
  "主动",
  "政府信息公开",
  "政务公开",
  "信息公开",
];

/** Bodies of the State Council system that keep branches in the provinces (vertical management). */
export const VERTICAL_BODIES: readonly string[] = [
  "调查总队",
  "调查队",
  "气象局",
  "气象部门",
  "税务局",
  "海关",
  "邮政管理局",
  "烟草专卖局",
  "海事局",
  "通信管理局",
  "证监局",
  "地震局",
  "出入境边防检查总站",
  "国家金融监督管理总局",
  "人民银行",
  "测绘局",
  "水文局",
  "河务局",
  "流域管理局",
  "铁路监督管理局",
  "民用航空",
];

/** Name prefixes of central bodies. */
export const CENTRAL_PREFIXES: readonly string[] = ["国务院", "国家", "中国", "中华人民共和国", "中央", "全国"];

/** Central ministries named without 国家 (水利部, 交通运输部, 审计署…). */
export const CENTRAL_SUFFIXES: readonly string[] = ["部", "署", "总局", "总署", "银行"];

/**
 * Well-known zones and new areas that are not administrative divisions in the
 * gazetteer, with their province (short form). Used only for province inference.
 */
export const ZONE_PROVINCES: { readonly [name: string]: string } = {
  西咸新区: "陕西",
  东湖新技术开发区: "湖北",
  东湖高新区: "湖北",
  平潭综合实验区: "福建",
  雄安新区: "河北",
  两江新区: "重庆",
  天府新区: "四川",
  南沙新区: "广东",
  兰州新区: "甘肃",
  贵安新区: "贵州",
  赣江新区: "江西",
  湘江新区: "湖南",
  滇中新区: "云南",
  哈尔滨新区: "黑龙江",
  长春新区: "吉林",
  金普新区: "辽宁",
  舟山群岛新区: "浙江",
  西海岸新区: "山东",
  江北新区: "江苏",
  横琴粤澳深度合作区: "广东",
  前海: "广东",
  苏州工业园区: "江苏",
};
