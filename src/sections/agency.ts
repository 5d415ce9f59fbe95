/**
 * Agency names: cleaning what a title or sentence gives, the canonical agency
 * key, grouping of name variants, and the administrative level a name implies.
 */
import { describe, InvalidInputError } from "../errors.js";
import type { Level } from "../types.js";
import { toSimplified } from "../util/chinese.js";
import { findPlaces, lookupPlace, type Place, type PlaceKind, type PlaceMention } from "./gazetteer.js";
import { AGENCY_SUFFIXES, CENTRAL_PREFIXES, CENTRAL_SUFFIXES, VERTICAL_BODIES } from "./lexicon.js";

/** Words after which an agency name starts in a sentence (现公布X2022年…, 由X编制). */
const LEAD_INS =
  /^.*(?:发文字号|文号|索引号|标题|主题|名称|现特向社会公布|特向社会公布|向社会公布|向社会公开|现予公布|现公布|公布|现发布|发布|现将|现就|编制了|编制(?!委员会)|印发|关于做好|关于|做好|本报告|汇总|根据|依据|制作)/;
const LEADING_JUNK = /^[\sA-Za-z0-9._\-:/@·•|\t]+/;
// 全 and 本 open place names too (全南县, 全椒县, 全州县, 本溪市): only their pronoun uses are refused.
const NOT_AGENCY =
  /^(?:我|本(?!溪)|该|全(?![南椒州])|各|其|政府|政务|人民政府|信息公开|年度)|条例|通知|格式|要点|^[省市县区镇乡旗](?:人民)?政府$/;
const OPEN_OFFICE = /(?:政务公开|信息公开|政府信息公开)(?:工作)?(?:领导小组)?办公室$/;

/**
 * Clean an agency name read from a title or a sentence: drop lead-in verbs
 * (现公布…), injected domains and junk, an internal office (综合科); null when what
 * remains is not a name (我局, 政府, empty).
 */
export function cleanAgencyName(raw: string): string | null {
  let s = raw.replace(/\s+/g, "").replace(/(?:关于|的)$/, "");
  s = s.replace(LEAD_INS, "");
  s = s.replace(LEADING_JUNK, "");
  s = s.replace(/^(?:每日一报|转载|原标题)/, "");
  s = s.replace(/的$/, "");
  // A vertical body's area or system after its name: 重庆海关关区, 海关系统.
  s = s.replace(/(海关|税务局|气象局)(?:关区|系统)$/, "$1");
  if (s.length < 2 || NOT_AGENCY.test(s)) return null;
  return dropInternalUnit(s);
}

/** True when the whole of `s` is a chain of places (青海省, 海西州): a name's qualifier, not furniture. */
function isPlaceChain(s: string): boolean {
  const m = findPlaces(s);
  let at = 0;
  for (const p of m) {
    if (p.start !== at) return false;
    at = p.end;
  }
  return m.length > 0 && at === s.length;
}

/** True when `s` starts with a place (towns and streets included) or a central body's prefix. */
function startsWithPlaceOrCentral(s: string): boolean {
  if (findPlaces(s)[0]?.start === 0 || CENTRAL_PREFIXES.some((p) => s.startsWith(p))) return true;
  for (let k = 2; k <= Math.min(12, s.length); k++)
    if (lookupPlace(s.slice(0, k), { townships: true }).length > 0) return true;
  return false;
}

/**
 * A page flattened to one line runs its furniture into the name (正文 周湾镇, 长者模式 河东区民政局,
 * 市本级 哈尔滨市, a title repeated): drop the space-separated words in front while what remains is an
 * agency that starts with a place, up to a word that is a place or a central prefix (青海省 海西州 统计局
 * stays whole). Letter-spaced text (河 东 区 民 政 局) is left as it is.
 * @param words the name as printed, split where the page had spaces
 */
export function afterFurniture(words: readonly string[]): string {
  if (words.length < 2 || words.filter((t) => t.length <= 1).length * 2 >= words.length) return words.join("");
  let from = 0;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k] as string;
    // A place (青海省) or a central body's prefix (国家税务总局 临泽县税务局) qualifies what follows.
    if (isPlaceChain(w) || CENTRAL_PREFIXES.some((p) => w.startsWith(p))) break;
    const rest = words.slice(k + 1).join("");
    if (endsWithAgencySuffix(rest) && startsWithPlaceOrCentral(rest)) from = k + 1;
  }
  return words.slice(from).join("");
}

/** Drop an internal unit after the agency: its open-government office, or a section (综合科). */
function dropInternalUnit(s: string): string {
  const office = s.replace(OPEN_OFFICE, "");
  if (office !== s && office.length >= 2 && endsWithAgencySuffix(office)) return office;
  if (!/[科股]$/.test(s)) return s;
  for (let k = 1; k <= 4 && k < s.length - 2; k++) {
    const rest = s.slice(0, s.length - k - 1);
    if (endsWithAgencySuffix(rest)) return rest;
  }
  return s;
}

/** A second plate after an organ's name (合署办公: X局（Y局）), as a title prints it. */
const JOINT_PLATE = /[(（〔][^()（）〔〕]{2,20}[)）〕]$/;

/** The name without a trailing second plate: 银川市民族事务委员会（宗教事务局） → 银川市民族事务委员会. */
export function withoutPlate(name: string): string {
  const s = name.replace(JOINT_PLATE, "");
  return s.length >= 2 ? s : name;
}

/** True when `name` ends like an agency or place (局, 人民政府, 县, 街道…). */
export function endsWithAgencySuffix(name: string): boolean {
  const core = withoutPlate(name);
  return AGENCY_SUFFIXES.some((suffix) => core.endsWith(suffix));
}

// 行政公署 (行署) is the government of a league or prefecture (锡林郭勒盟行政公署).
const GOVERNMENT_TAIL = /(?:人民政府|政府|行政公署|行署)$/;
const COMMITTEE_TAIL = /(?:管理委员会|管委会)$/;
// A committee that governs a zone or a place (平潭综合实验区管委会), not a bureau (国有资产监督管理委员会).
const GOVERNED_PLACE = /(?:区|园|港|岛|基地|县|镇|乡|街道)$/;

/** A name without its generic government tail: 人民政府, 政府, or the 管委会 of a zone. */
function stripGovernmentTail(name: string): string {
  const s = name.replace(GOVERNMENT_TAIL, "");
  if (s !== name) return s;
  const zone = name.replace(COMMITTEE_TAIL, "");
  return zone !== name && GOVERNED_PLACE.test(zone) ? zone : name;
}
const TOWNSHIP_TAIL = /(?:镇|乡|街道|街道办事处|街道办|办事处|苏木)$/;
/** Endings of a government's bureaus, commissions and offices. */
const DEPARTMENT_TAIL = /(?:局|厅|委员会|委|办公室|办|中心|院|所|站|队|署|部|会|处|室|馆|组)$/;
/** Level a place name's ending implies when the gazetteer does not know the place. */
const PLACE_TAILS: ReadonlyArray<readonly [RegExp, Level]> = [
  [/(?:省|自治区)$/, "province"],
  [/(?:自治州|州|盟|地区)$/, "city"],
  [/(?:县|旗|区)$/, "county"],
];

/**
 * The canonical key of an agency: the simplified name without spaces, with the
 * generic government tail dropped (人民政府, 政府; 管委会 and 管理委员会 after a zone or place), so 平潭综合实验区 and
 * 平潭综合实验区管委会, or 贺兰县立岗镇 and 贺兰县立岗镇人民政府, get one key. 街道办事处
 * is folded to 街道. Offices of a government (人民政府办公室) keep their full name.
 * @example agencyId("贺兰县立岗镇人民政府") // "贺兰县立岗镇"
 */
export function agencyId(name: string): string {
  if (typeof name !== "string")
    throw new InvalidInputError(`sections: agencyId(name); expected a string, found ${describe(name)}`);
  // A second plate (合署办公) is not part of the key: the same bureau with or without it.
  let s = withoutPlate(toSimplified(name.normalize("NFKC")).trim()).replace(/[\s\p{P}]+/gu, "");
  s = stripGovernmentTail(s);
  s = s.replace(/街道办(?:事处)?$/, "街道");
  s = s.replace(/人民政府(?=办)/, "政府").replace(/政府办$/, "政府办公室");
  return s;
}

/** A group of agency names that share one `agencyId`. */
export interface AgencyGroup {
  readonly id: string;
  /** The most frequent variant (ties: the longest, then the first met). */
  readonly canonical: string;
  /** Every distinct variant met, in order of first appearance. */
  readonly variants: readonly string[];
  /** How many names of the input fell in this group. */
  readonly count: number;
}

/**
 * Group agency names by `agencyId` and report the variants merged under each id.
 * @example groupAgencies(["平潭综合实验区", "平潭综合实验区管委会"]) // one group, two variants
 */
export function groupAgencies(names: readonly string[]): AgencyGroup[] {
  if (!Array.isArray(names)) {
    throw new InvalidInputError(
      `sections: groupAgencies(names); expected an array of strings, found ${describe(names)}`,
    );
  }
  const groups = new Map<string, Map<string, number>>();
  for (const name of names) {
    const id = agencyId(name);
    let g = groups.get(id);
    if (g === undefined) groups.set(id, (g = new Map()));
    g.set(name, (g.get(name) ?? 0) + 1);
  }
  const out: AgencyGroup[] = [];
  for (const [id, g] of groups) {
    const variants = [...g.keys()];
    let canonical = variants[0] as string;
    for (const v of variants) {
      const better = (g.get(v) as number) - (g.get(canonical) as number) || v.length - canonical.length;
      if (better > 0) canonical = v;
    }
    let count = 0;
    for (const n of g.values()) count += n;
    out.push({ id, canonical, variants, count });
  }
  return out;
}

/** What the name of an agency says about its level and its provinces. */
export interface AgencyReading {
  readonly level: Level | null;
  readonly parentLevel: "central" | "province" | "city" | "county" | null;
  /** The places named in the agency, in order. */
  readonly places: readonly PlaceMention[];
  /** The province the places determine (short form), or null. */
  readonly province: string | null;
  readonly note: string | null;
}

const KIND_LEVEL: { readonly [K in PlaceKind]: "province" | "city" | "county" | "township" } = {
  province: "province",
  city: "city",
  county: "county",
  township: "township",
};

/** The place a prefix mention most likely is: a full name over an alias, consistent with earlier mentions. */
function resolve(m: PlaceMention, province: string | null): Place | null {
  const pool = province === null ? m.places : m.places.filter((p) => p.province === province);
  const list = pool.length > 0 ? pool : m.places;
  const provinces = new Set(list.map((p) => p.province));
  if (provinces.size !== 1) return null;
  const order: PlaceKind[] = ["province", "city", "county", "township"];
  return (
    [...list].sort((a, b) => Number(a.alias) - Number(b.alias) || order.indexOf(a.kind) - order.indexOf(b.kind))[0] ??
    null
  );
}

/** The places of `name`, the place each resolves to, and the province they agree on. */
function placesOf(name: string): {
  places: PlaceMention[];
  resolvedOf: Map<PlaceMention, Place>;
  province: string | null;
} {
  const places = findPlaces(name);
  const resolvedOf = new Map<PlaceMention, Place>();
  let province: string | null = null;
  for (const m of places) {
    const p = resolve(m, province);
    if (p === null) continue;
    province ??= p.province;
    if (p.province === province) resolvedOf.set(m, p);
  }
  return { places, resolvedOf, province };
}

/** The kind a mention stands for when its places agree on one (朝阳区: county, wherever it is). */
function mentionKind(m: PlaceMention, resolved: Place | undefined): PlaceKind | null {
  if (resolved !== undefined) return resolved.kind;
  const full = m.places.filter((p) => !p.alias);
  const kinds = new Set((full.length > 0 ? full : m.places).map((p) => p.kind));
  return kinds.size === 1 ? ([...kinds][0] as PlaceKind) : null;
}

/** Level of a place-only core name (贺兰县立岗镇 → township, 长沙市 → city). */
function placeLevel(
  core: string,
  mentions: readonly PlaceMention[],
  resolvedOf: Map<PlaceMention, Place>,
): Level | null {
  if (TOWNSHIP_TAIL.test(core)) return "township";
  const last = mentions[mentions.length - 1];
  if (last === undefined || last.end !== core.length) {
    // A place the gazetteer does not know (renamed, new): its ending says the level.
    if (!DEPARTMENT_TAIL.test(core) && !/(?:社区|小区|园区|景区|片区|分区|库区|矿区|林区|垦区|牧区|城区)$/.test(core)) {
      for (const [re, level] of PLACE_TAILS) if (re.test(core)) return level;
    }
    return null;
  }
  const place = resolvedOf.get(last);
  const kind = mentionKind(last, place);
  return kind === null ? null : KIND_LEVEL[kind];
}

function parentOf(
  mentions: readonly PlaceMention[],
  resolvedOf: Map<PlaceMention, Place>,
): AgencyReading["parentLevel"] {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as PlaceMention;
    const kind = mentionKind(m, resolvedOf.get(m));
    if (kind !== null && kind !== "township") return KIND_LEVEL[kind] as "province" | "city" | "county";
  }
  return null;
}

/** 中国（上海）自由贸易试验区…: a local body whose name starts with 中国 and its province in brackets. */
const CHINA_BRACKET = /^中国[(（][^)）]{2,8}[)）]/;

function isCentral(name: string, hasPlace: boolean): boolean {
  if (CHINA_BRACKET.test(name)) return false;
  if (CENTRAL_PREFIXES.some((p) => name.startsWith(p))) return true;
  if (!hasPlace && CENTRAL_SUFFIXES.some((s) => name.endsWith(s))) return true;
  // 地方税务局 (before 2018) belonged to the provincial government, unlike 国家税务局.
  if (/(?:地方税务局|地税局)$/.test(name)) return false;
  return hasPlace && VERTICAL_BODIES.some((b) => name.endsWith(b));
}

/**
 * Read the level of an agency, the level of the government a department belongs
 * to, and the province, from its name and the gazetteer.
 * @example readAgency("天津市河北区人民政府办公室") // department of a county-level government, 天津
 */
export function readAgency(name: string): AgencyReading {
  const simplified = withoutPlate(toSimplified(name));
  const { places, resolvedOf, province } = placesOf(simplified);
  const core = stripGovernmentTail(simplified);
  if (isCentral(simplified, places.length > 0)) {
    return { level: "central", parentLevel: null, places, province, note: "central body or its provincial branch" };
  }
  if (/自由贸易试验区|自贸试验区|自贸区/.test(core)) {
    return {
      level: null,
      parentLevel: null,
      places,
      province,
      note: "free-trade-zone body: its level is not an administrative rank",
    };
  }
  if (/综合实验区$/.test(core)) {
    return {
      level: "city",
      parentLevel: null,
      places,
      province,
      note: "comprehensive experimental zone read as city level",
    };
  }
  if (/(?:开发区|高新区|新区|实验区|园区)$/.test(core)) {
    return { level: "county", parentLevel: null, places, province, note: "development zone read as county level" };
  }
  const asPlace = placeLevel(core, places, resolvedOf);
  if (asPlace !== null) return { level: asPlace, parentLevel: null, places, province, note: null };
  if (DEPARTMENT_TAIL.test(simplified)) {
    return { level: "department", parentLevel: parentOf(places, resolvedOf), places, province, note: null };
  }
  return { level: null, parentLevel: null, places, province, note: "the name does not say its level" };
}
