/**
 * Qualifying an agency name that starts with a bare rank (市统计局, 县乡村振兴局, 区民政局) or a
 * bare town (杨村乡) from the place the rest of the page names: the same name with its place in
 * front elsewhere on the page (宣城市气象局 for 市气象局), else the one place of that rank the page
 * names (青川县门户网站 → 青川县), else the town's county when the page names exactly one county that
 * has such a town. When the page does not decide, the name stays as printed and a diagnostic says so.
 */
import type { Diagnostic } from "../types.js";
import { findPlaces, lookupCounty, lookupPlace, type Place, type PlaceKind } from "./gazetteer.js";

const RANK_KIND: { readonly [rank: string]: PlaceKind } = {
  省: "province",
  市: "city",
  州: "city",
  盟: "city",
  县: "county",
  区: "county",
  旗: "county",
};

/** A bare rank, then an organ: 市统计局, 县乡村振兴局 (not 市辖区, not a place like 县城镇). */
const BARE_RANK = /^([省市州盟县区旗])([\p{Script=Han}]{2,20}(?:局|厅|委员会|委|办公室|办|中心|站|所|队))$/u;

export interface Qualified {
  readonly name: string;
  readonly diagnostic: Diagnostic | null;
}

function placesOfKind(view: string, kind: PlaceKind, rank: string): Place[] {
  const seen = new Map<string, Place>();
  for (const m of findPlaces(view)) {
    if (!m.text.endsWith(rank) && !(rank === "市" && m.text.endsWith("盟"))) continue;
    // 市 is also the rank of a county-level city (丹江口市).
    const full = m.places.filter((p) => (p.kind === kind || (rank === "市" && p.kind === "county")) && !p.alias);
    if (full.length === 1) seen.set((full[0] as Place).code, full[0] as Place);
  }
  return [...seen.values()];
}

/**
 * Qualify `name` from `view` (the page's matching text).
 * @example qualifyAgency("县乡村振兴局", "…以青川县门户网站为主要公开平台…").name // "青川县乡村振兴局"
 */
export function qualifyAgency(name: string, view: string): Qualified {
  const m = BARE_RANK.exec(name);
  if (m !== null) {
    const rank = m[1] as string;
    // The same name with its place in front somewhere on the page.
    const re = new RegExp(`([\\p{Script=Han}]{2,8}?)${name}`, "gu");
    for (const hit of view.matchAll(re)) {
      const prefix = hit[1] as string;
      for (let k = 0; k < prefix.length - 1; k++) {
        const place = `${prefix.slice(k)}${rank}`;
        if (lookupPlace(place).some((p) => p.kind === RANK_KIND[rank] || (rank === "市" && p.kind === "county")))
          return { name: `${place}${m[2]}`, diagnostic: null };
      }
    }
    const kind = RANK_KIND[rank] as PlaceKind;
    const named = placesOfKind(view, kind, rank);
    if (named.length === 1) {
      const place = named[0] as Place;
      return {
        name: `${place.name}${m[2]}`,
        diagnostic: {
          code: "meta.agency_qualified",
          severity: "info",
          message: `"${name}" qualified as "${place.name}${m[2]}": the only ${kind} the page names`,
        },
      };
    }
    return {
      name,
      diagnostic: {
        code: "meta.agency_unqualified",
        severity: "warning",
        message: `"${name}" names no place and the page names ${named.length === 0 ? "none" : `${named.length}`} of its rank; kept as printed`,
      },
    };
  }
  return { name, diagnostic: null };
}

/**
 * The county a bare town name (杨村乡) lies in, when the page names exactly one county that has
 * a town of that name; null otherwise.
 */
export function townCounty(town: string, view: string): string | null {
  if (findPlaces(town).length > 0) return null;
  const towns = lookupPlace(town, { townships: true });
  if (towns.length === 0) return null;
  const counties = new Set(towns.map((t) => t.code.slice(0, 6)));
  const named = new Map<string, string>();
  for (const m of findPlaces(view)) {
    for (const p of m.places) if (p.kind === "county" && !p.alias && counties.has(p.code)) named.set(p.code, p.name);
  }
  return named.size === 1 ? ([...named.values()][0] as string) : null;
}

/**
 * The province of a town whose name several provinces share (北街街道), when the page names exactly one
 * of the counties that have such a town, in full or by its stem (甘州 for 甘州区): restricted to those
 * counties, a stem is evidence, not a guess among all of China's counties. Null otherwise.
 */
export function townProvinceByCounty(town: string, view: string): { county: string; province: string } | null {
  const core = town.replace(/(?:人民政府|政府|办事处)$/, "");
  const towns = lookupPlace(core, { townships: true }).filter((t) => t.kind === "township");
  if (towns.length < 2) return null;
  const named = new Map<string, { county: string; province: string }>();
  for (const t of towns) {
    const county = lookupCounty(t.code.slice(0, 6));
    if (county === null) continue;
    const stem = county.name.replace(/(?:自治县|自治旗|县|区|市|旗)$/, "");
    // A stem counts only as a place (甘州乡镇, 西秀辖区), not as a word (惠农补贴 is no 惠农区).
    const asPlace = new RegExp(`${stem}(?:乡镇|街道|辖区|城区|全区|全县|全市|区域|境内|政府|人民)`);
    if (view.includes(county.name) || (stem.length >= 2 && asPlace.test(view)))
      named.set(county.code, { county: county.name, province: county.province });
  }
  return named.size === 1 ? ([...named.values()][0] as { county: string; province: string }) : null;
}
