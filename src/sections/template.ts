/**
 * The report template (national format version) from format markers, falling
 * back to the report year.
 */
import type { Diagnostic, Template } from "../types.js";
import type { HeadingCandidate } from "./candidate.js";

/** Markers of each format, as they read in the matching view (brackets folded to []). */
export const TEMPLATE_MARKERS: { readonly [K in "2021" | "2019" | "legacy"]: readonly string[] } = {
  "2021": [
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年处理决定数量",
    "本年收费金额",
    "申请人无正当理由逾期不补正",
    "申请人逾期未按收费通知",
    "国办公开办函[2021]30号",
  ],
  "2019": [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "第二十条第(九)项",
    "采购项目数量",
    "采购总金额",
    "上一年项目数量",
    "国办公开办函[2019]60号",
  ],
  legacy: ["指标名称", "历年累计", "计量单位", "收费及减免", "收费和减免", "依申请公开政府信息情况", "否决公开答复数"],
};

function count(view: string, markers: readonly string[]): number {
  let n = 0;
  for (const m of markers) if (view.includes(m)) n++;
  return n;
}

function fromYear(year: number | null): Template {
  if (year === null) return "unknown";
  if (year >= 2021) return "2021";
  if (year >= 2019) return "2019";
  return "legacy";
}

/**
 * Decide the template of a report from its format markers and chosen headings,
 * falling back to the year (≥2021 → `2021`, 2019–2020 → `2019`, earlier → `legacy`).
 */
export function detectTemplate(
  view: string,
  headings: readonly HeadingCandidate[],
  year: number | null,
): { template: Template; diagnostics: Diagnostic[] } {
  const n2021 = count(view, TEMPLATE_MARKERS["2021"]);
  const n2019 = count(view, TEMPLATE_MARKERS["2019"]);
  const legacyHeadings = headings.filter((h) => h.phrase.legacy && h.phrase.key === "overview").length;
  const nLegacy = count(view, TEMPLATE_MARKERS.legacy) + 2 * legacyHeadings;
  const diagnostics: Diagnostic[] = [];
  let template: Template;
  if (n2021 >= 2 && n2021 > n2019) template = "2021";
  else if (n2019 >= 2 && n2019 >= n2021) template = "2019";
  else if (nLegacy >= 2 && n2021 + n2019 === 0) template = "legacy";
  else {
    template = fromYear(year);
    diagnostics.push({
      code: "template.from_year",
      severity: "info",
      message: `no decisive format markers (2021: ${n2021}, 2019: ${n2019}, legacy: ${nLegacy}); template ${template} taken from the report year ${year ?? "(unknown)"}`,
    });
  }
  const expected = fromYear(year);
  if (year !== null && expected !== template && diagnostics.length === 0) {
    diagnostics.push({
      code: "template.year_mismatch",
      severity: "info",
      message: `format markers say template ${template}, the report year ${year} suggests ${expected}`,
    });
  }
  return { template, diagnostics };
}
