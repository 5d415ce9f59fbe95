/**
 * Agency candidates read from the body of a report when its title does not name the agency: the
 * opening sentence (2022年，X坚持…), a sentence that names the report (X形成了《2016年…报告》),
 * a place that reports for its whole area (海南省各级政府…, 综合丽水市各县…), the compiler
 * (由X编制) and, weaker, the contact line (请与X联系), the signature of the closing part, and a
 * self-reference (我旗 + X旗政府网站). The drafting office is not the agency: an office of a
 * government that compiles the report gives the government (由山西省人民政府办公厅编制 → 山西省人民政府),
 * and an internal office after an agency in the contact line is dropped (X镇人民政府党政办公室 → X镇人民政府).
 */
import { toSimplified } from "../util/chinese.js";
import { cleanAgencyName, endsWithAgencySuffix, readAgency } from "./agency.js";
import { findPlaces, lookupPlace } from "./gazetteer.js";
import { OPENING_VERBS } from "./lexicon.js";
import { allMatches } from "./match.js";
import { buildView } from "./view.js";

/** Where an agency name was read, strongest first. */
export type AgencySource =
  | "title"
  | "header"
  | "title-line"
  | "two-line-title"
  | "quoted-title"
  | "signature"
  | "sentence"
  | "opening"
  | "compiler"
  | "aggregate"
  | "contact"
  | "subject"
  | "self-reference";

export const SOURCE_WEIGHT: { readonly [K in AgencySource]: number } = {
  title: 10,
  header: 9,
  "title-line": 8,
  "two-line-title": 7,
  "quoted-title": 6,
  signature: 5.5,
  sentence: 5,
  opening: 4,
  compiler: 3,
  aggregate: 2.8,
  contact: 2.5,
  subject: 2.2,
  "self-reference": 2,
};

export interface AgencyCandidate {
  readonly name: string;
  readonly year: number | null;
  readonly source: AgencySource;
  readonly offset: number;
}

/** Verbs that end a compiler's name in 由X…编制 (由安康市统计局围绕2020年度…编制). */
const COMPILER_VERBS = ["围绕", "结合", "综合", "根据", "依据", "按照", "汇总", "在"];
/** An aside after a name: (以下简称经开区管委会), （本级机关）. */
const ASIDE = /[(（][^()（）]{0,20}[)）]/g;
/** A government's office that compiles the report for the government. */
const GOVERNMENT_OFFICE = /^(.+?(?:人民政府|政府|行政公署|行署))(?:办公厅|办公室)$/;
/** An internal office after an agency in a contact line: 党政办公室, 综合办公室, 办公室. */
/** A government's internal office named after its work (综合督考办公室, 党政综合办, 政务服务办公室): the government. */
const GOVERNMENT_INTERNAL_OFFICE =
  /^(.+?(?:人民政府|政府|办事处))[\p{Script=Han}]{0,6}?(?:综合|党政|督考|督查|政务|秘书)[\p{Script=Han}]{0,6}?(?:办公室|办)$/u;
const INTERNAL_OFFICE =
  /(?:党政综合办公室|党政办公室|党政办|综合办公室|综合与经济发展办公室|办公室|综合科|信息中心|政务公开办公室)$/;

/**
 * The report is a government office's own (not a report it drafts for its government) when the
 * office speaks of itself (我办, 本办) or acts as the subject of the body (区政府办主动公开…).
 */
const OFFICE_SPEAKS =
  /(?:我|本)办(?![法理事])|(?:^|[\n\t。，,；;]|年度?)(?:[省市州盟县区旗]|[\p{Script=Han}]{2,12}?[省市州盟县区旗])(?:人民)?政府办(?:公室|公厅)?(?:主动|共|全年|本年|坚持|认真|严格|积极|高度|按照|深入|进一步|持续|不断|始终|切实)/u;

function officeSpeaks(view: string): boolean {
  return OFFICE_SPEAKS.test(view.slice(0, 6000));
}

/** The government of a government office that drafts the report, or the office when the report is its own. */
function draftingGovernment(name: string, view: string): string {
  const office = GOVERNMENT_OFFICE.exec(name);
  return office === null || officeSpeaks(view) ? name : (office[1] as string);
}

/** A name read from a sentence is a name when it ends like an agency and is neither 我局 nor 政府. */
function nameOf(raw: string): string | null {
  const name = cleanAgencyName(raw.replace(ASIDE, ""));
  return name !== null && endsWithAgencySuffix(name) ? name : null;
}

/** True when the name starts with a place (a town too), a rank (县乡村振兴局, to be qualified), or is a central body. */
function placedOrRanked(name: string): boolean {
  if (findPlaces(name).length > 0 || readAgency(name).level === "central") return true;
  if (/^[省市县区旗州盟]./.test(name)) return true;
  for (let k = 2; k <= Math.min(12, name.length); k++)
    if (lookupPlace(name.slice(0, k), { townships: true }).length > 0) return true;
  return false;
}

/** True when `name` starts with a place of the gazetteer, towns and streets included. */
function startsWithPlace(name: string): boolean {
  if (findPlaces(name)[0]?.start === 0) return true;
  for (let k = 2; k <= Math.min(12, name.length); k++)
    if (lookupPlace(name.slice(0, k), { townships: true }).length > 0) return true;
  return false;
}

/**
 * A name as an agency: as read when it starts with a place or a rank; else the part from the
 * first place on when that part is an agency (text injected before a name by a mirror,
 * 某某官网区人民政府北京街道办事处 → 北京街道办事处); else null.
 */
function placedName(name: string): string | null {
  if (placedOrRanked(name)) return name;
  for (let k = 1; k < name.length - 2; k++) {
    const rest = name.slice(k);
    if (startsWithPlace(rest) && endsWithAgencySuffix(rest) && readAgency(rest).level !== null) return rest;
  }
  return null;
}

/** "2022年，X坚持…": the agency that opens the first paragraph. */
export function openingCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  // An adverbial before the subject (在区委、区政府的正确领导下，X…) is skipped.
  const re = /(?:^|\n|\t|。|情况)((?:19|20)\d{2})年度?[,，](?:在[^,，。\n]{2,40}?下[,，])?([^,，。\n]{2,30})/g;
  for (const m of allMatches(re, view.slice(0, limit))) {
    const tail = m[2] as string;
    let cut = tail.length;
    for (const v of OPENING_VERBS) {
      const i = tail.indexOf(v, 2);
      if (i >= 2 && i < cut) cut = i;
    }
    const raw = nameOf(tail.slice(0, cut));
    const name = raw === null ? null : placedName(raw);
    if (name !== null) out.push({ name, year: Number(m[1]), source: "opening", offset: m.index });
  }
  return out;
}

/**
 * "国家统计局高度重视政府信息公开工作", "2022年宜城市教育局全面贯彻…": a sentence that opens a line with an
 * agency as its subject, for a page that names itself nowhere else (我局 and no title). Only a placed or
 * central name counts.
 */
export function subjectCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const re = /(?:^|\n|\t|。)(?:(?:19|20)\d{2}年度?[,，]?)?([^,，。、\n\t《》()（）]{2,30})/g;
  for (const m of allMatches(re, view.slice(0, limit))) {
    const tail = m[1] as string;
    let cut = -1;
    for (const v of OPENING_VERBS) {
      const i = tail.indexOf(v, 2);
      if (i >= 2 && (cut < 0 || i < cut)) cut = i;
    }
    if (cut < 0) continue;
    const raw = nameOf(tail.slice(0, cut));
    if (raw === null || /^[省市州盟县区旗]/.test(raw)) continue;
    const name = findPlaces(raw)[0]?.start === 0 || readAgency(raw).level === "central" ? raw : null;
    if (name !== null) out.push({ name, year: null, source: "subject", offset: m.index });
  }
  return out;
}

/** "X形成了《2016年政府信息公开年度报告》", "X编制了《…》": the agency names the report it publishes. */
export function reportSentenceCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const re =
    /([^,，。\n\t《》]{2,40}?)(?:形成了|编制了|发布了|公布了|形成|编制)《((?:19|20)\d{2})年度?(?:政府信息公开|政务公开|信息公开)[^》]{0,12}报告》/g;
  for (const m of allMatches(re, view.slice(0, limit))) {
    const raw = nameOf(m[1] as string);
    const name = raw === null ? null : placedName(raw);
    if (name !== null) out.push({ name, year: Number(m[2]), source: "sentence", offset: m.index });
  }
  return out;
}

/** "海南省各级政府…", "综合2017年度丽水市各县(市、区)政府…": a place that reports for its whole area. */
export function aggregateCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const re =
    /([\p{Script=Han}]{2,10}?(?:省|市|自治区|自治州|州|盟|县|区|旗))(?:各级|各县|各区|各市|各地|各部门|各行政机关)/gu;
  for (const m of allMatches(re, view.slice(0, limit))) {
    const raw = (m[1] as string).replace(/^.*(?:汇总|综合|年度|年|在|由)/, "");
    // The chain of places that ends the match (a heading run into it, 概述海南省, is left out).
    const places = findPlaces(raw);
    let k = places.length - 1;
    if (k < 0 || places[k]?.end !== raw.length) continue;
    while (k > 0 && places[k - 1]?.end === places[k]?.start) k--;
    out.push({ name: raw.slice(places[k]?.start), year: null, source: "aggregate", offset: m.index });
  }
  return out;
}

/** "由X编制" (the compiler) and, weaker, "请与X联系" (the contact), without the drafting office. */
export function compilerCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const region = view.slice(0, limit);
  // A long 按照《…》要求 clause may stand between the compiler and 编制; the verbs below cut it off.
  for (const m of allMatches(/由([^,，。\n\t]{2,160}?)(?:综合各[^,，。]*)?编制/g, region)) {
    let raw = (m[1] as string).replace(ASIDE, "");
    for (const v of COMPILER_VERBS) {
      const i = raw.indexOf(v, 2);
      if (i >= 2) raw = raw.slice(0, i);
    }
    const read = nameOf(raw);
    if (read === null) continue;
    // A bureau's own office drafts its report (由湖口县林业局办公室编制): the bureau.
    const name = read.replace(/(?<=[局厅委])办公室$/, "");
    out.push({ name: draftingGovernment(name, view), year: null, source: "compiler", offset: m.index });
  }
  // 请与X联系, 请联系X联系, and 请联系X（地址…）/请联系：X，电话…
  for (const m of allMatches(/请(?:与|联系)[:：]?([^,，。\n\t(（:：]{2,40}?)(?:联系|(?=[(（,，]))/g, region)) {
    let name = nameOf(m[1] as string);
    if (name === null) continue;
    if (GOVERNMENT_OFFICE.test(name) && officeSpeaks(view)) {
      out.push({ name, year: null, source: "contact", offset: m.index });
      continue;
    }
    const internal = GOVERNMENT_INTERNAL_OFFICE.exec(name);
    if (internal !== null) name = internal[1] as string;
    const inner = name.replace(INTERNAL_OFFICE, "");
    if (inner !== name && inner.length >= 2 && endsWithAgencySuffix(inner) && !/[省市县区]$/.test(inner)) name = inner;
    out.push({ name: draftingGovernment(name, view), year: null, source: "contact", offset: m.index });
  }
  return out;
}

/**
 * A contact address that is an agency's internal office, not a street (地址：浙江省永嘉县溪下乡人民政府党政综合办公室):
 * the agency without the office, as weak as a contact line.
 */
export function addressCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  for (const m of allMatches(/地址[:：]\s*([\p{Script=Han}]{4,40})(?=[,，。;；)）\n\t]|$)/gu, view.slice(0, limit))) {
    const raw = m[1] as string;
    const name = raw.replace(INTERNAL_OFFICE, "");
    if (name === raw || /[路号巷楼层院弄]|大道|大街|[东西南北]街$|广场|中心$/.test(name)) continue;
    if (endsWithAgencySuffix(name) && startsWithPlace(name) && readAgency(name).level !== null)
      out.push({ name, year: null, source: "contact", offset: m.index });
  }
  return out;
}

/** "我旗" + "乌拉特前旗政府网站": a place named with the suffix the report uses for itself. */
export function selfReferenceCandidates(view: string): AgencyCandidate[] {
  const self = /我(旗|县|市|区|镇|乡)/.exec(view);
  if (self === null) return [];
  const unit = self[1] as string;
  // A page that also speaks as a bureau or office (我局, 我委, 我办) is that body's report: its 我县 is the county it serves.
  if (/[县市区旗]/.test(unit) && /我(?:局|委|办)(?![员会法理事])/.test(view.slice(0, 6000))) return [];
  const re = new RegExp(`([\\p{Script=Han}]{2,12}?${unit})(?:人民)?政府(?:门户)?网站?`, "gu");
  const out: AgencyCandidate[] = [];
  for (const m of allMatches(re, view)) {
    const raw = cleanAgencyName(m[1] as string);
    if (raw === null) continue;
    // The place that ends the run (报告的电子版可在吴起县 → 吴起县): words of the sentence come before it.
    const last = findPlaces(raw).at(-1);
    const name = last !== undefined && last.end === raw.length ? raw.slice(last.start) : raw;
    if (lookupPlace(name).length > 0) out.push({ name, year: null, source: "self-reference", offset: m.index });
  }
  return out;
}

/** The signature line of the closing part (清城区源潭镇人民政府 above the date). */
export function signatureCandidates(tail: string): AgencyCandidate[] {
  const lines = buildView(toSimplified(tail))
    .text.split("\n")
    .map((l) => l.replace(/\t/g, ""))
    .filter((l) => l.length > 0)
    .slice(-4);
  const out: AgencyCandidate[] = [];
  for (const l of lines) {
    const name = l.replace(/(?:\d{4}|[〇零○一二三四五六七八九]{4})年.{1,3}月.{1,3}日$/, "");
    if (name.length < 2 || name.length > 30 || /[。，,;；:：]/.test(name)) continue;
    const clean = cleanAgencyName(name);
    if (clean !== null && endsWithAgencySuffix(clean) && findPlaces(clean).length > 0) {
      out.push({ name: clean, year: null, source: "signature", offset: 0 });
    }
  }
  return out;
}

/** A central body named by its own name (国家统计局, 国务院办公厅, 商务部): a 我局 beside it may be that body. */
const CENTRAL_BODY =
  /(?:国家|国务院)[\p{Script=Han}]{1,8}?(?:局|委员会|署|办公厅)(?![长])|中华人民共和国[\p{Script=Han}]{1,8}?部/u;

/** Words of a vertically managed body (central level): its bureau is not a local department. */
const VERTICAL_WORDS =
  /税务|海关|气象|调查队|调查总队|邮政|烟草|金融监管|银保监|证监|外汇|地震|海事|铁路|民航|电力|通信管理/;

/**
 * The level a report without a named agency gives itself: 我镇, 我乡, 我街道, 本镇, 我苏木 →
 * township; 我局, 我委 (a bureau or commission speaking of itself) → department, unless the
 * opening speaks of a vertically managed body (税务, 海关, 气象…), whose bureaus are central, or names a
 * central bureau (国家统计局), which the 我局 may be: then null.
 */
export function selfLevel(view: string): "township" | "department" | "county" | "province" | null {
  const head = view.slice(0, 3000);
  if (/(?:我|本)(?:镇|乡|街道|街|苏木)(?![长委])/.test(head)) return "township";
  // A central bureau or commission named in the opening (国家统计局…) may be the 我局 itself: not proven.
  if (/我(?:局|委)(?![员会])/.test(head) && !VERTICAL_WORDS.test(head) && !CENTRAL_BODY.test(head)) return "department";
  // 我县, 我旗 (a county government); 我市 and 我区 stay open (a prefecture or a county-level city, a district or a zone).
  if (/我(?:县|旗)(?![长委])/.test(head)) return "county";
  if (/我省(?![长委])/.test(head)) return "province";
  return null;
}
