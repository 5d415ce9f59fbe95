/** Province inference from the text: place names, provincial document numbers, unique townships. */
import type { Diagnostic } from "../types.js";
import { toSimplified } from "../util/chinese.js";
import { findPlaces, lookupPlace } from "./gazetteer.js";
import { allMatches } from "./match.js";

const DOC_ABBREVIATIONS: { readonly [ch: string]: string } = {
  京: "北京",
  津: "天津",
  冀: "河北",
  晋: "山西",
  蒙: "内蒙古",
  辽: "辽宁",
  吉: "吉林",
  黑: "黑龙江",
  沪: "上海",
  苏: "江苏",
  浙: "浙江",
  皖: "安徽",
  闽: "福建",
  赣: "江西",
  鲁: "山东",
  豫: "河南",
  鄂: "湖北",
  湘: "湖南",
  粤: "广东",
  桂: "广西",
  琼: "海南",
  渝: "重庆",
  川: "四川",
  黔: "贵州",
  滇: "云南",
  云: "云南",
  藏: "西藏",
  陕: "陕西",
  甘: "甘肃",
  青: "青海",
  宁: "宁夏",
  新: "新疆",
};

/** Vote for a province from the place names (and provincial document numbers) of a text. */
export function provinceFromText(view: string): { province: string | null; votes: Map<string, number> } {
  const votes = new Map<string, number>();
  const vote = (p: string, w: number) => votes.set(p, (votes.get(p) ?? 0) + w);
  for (const m of findPlaces(view)) {
    const provinces = new Set(m.places.map((p) => p.province));
    if (provinces.size !== 1) continue;
    const p = m.places[0];
    if (p === undefined) continue;
    vote(p.province, p.alias && p.kind === "city" ? 1 : 2);
  }
  for (const m of allMatches(
    /([京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇云藏陕甘青宁新])政(?:办)?[发函字]\[(?:19|20)\d{2}\]/g,
    view,
  )) {
    vote(DOC_ABBREVIATIONS[m[1] as string] as string, 2);
  }
  for (const m of allMatches(/中国[·・]?(\p{Script=Han}{2})(?!\p{Script=Han})/gu, view)) {
    const stem = m[1] as string;
    const found = ["县", "市", "区"].flatMap((s) => lookupPlace(stem + s)).filter((p) => p.kind === "county");
    if (new Set(found.map((p) => p.province)).size === 1 && found[0] !== undefined) vote(found[0].province, 2);
  }
  let best: string | null = null;
  let second = 0;
  for (const [p, n] of votes) {
    if (best === null || n > (votes.get(best) as number)) {
      if (best !== null) second = Math.max(second, votes.get(best) as number);
      best = p;
    } else second = Math.max(second, n);
  }
  if (best === null) return { province: null, votes };
  const top = votes.get(best) as number;
  // Two or more votes that outweigh the rest twice, or a lone mention nothing contradicts.
  const decided = (top >= 2 && top >= 2 * second) || second === 0;
  return { province: decided ? best : null, votes };
}

/** Province of a township named alone (立岗镇), when the name is unique among China's towns and streets. */
export function townshipProvince(name: string): string | null {
  const core = toSimplified(name).replace(/(?:人民政府|政府|办事处)$/, "");
  // The longest ending of the name that is a town or street (长安区砲里街道 → 砲里街道); the places
  // in front of it (长安区: 河北 or 陕西) only narrow the provinces it may lie in.
  const starts = [0, ...findPlaces(core).map((m) => m.end)];
  for (const k of starts) {
    if (k > core.length - 2) continue;
    const found = lookupPlace(core.slice(k), { townships: true }).filter((p) => p.kind === "township");
    if (found.length === 0) continue;
    let provinces = new Set(found.map((p) => p.province));
    for (const m of findPlaces(core.slice(0, k))) {
      const allowed = new Set(m.places.map((p) => p.province));
      const narrowed = new Set([...provinces].filter((p) => allowed.has(p)));
      if (narrowed.size > 0) provinces = narrowed;
    }
    return provinces.size === 1 ? ([...provinces][0] as string) : null;
  }
  return null;
}

export function provinceUnknown(votes: Map<string, number>): Diagnostic {
  const found = [...votes].map(([p, n]) => `${p} ${n}`).join(", ");
  return {
    code: "meta.province_unknown",
    severity: "info",
    message:
      found === ""
        ? "no place name determines the province"
        : `place names in the text do not agree on one province (votes: ${found})`,
  };
}
