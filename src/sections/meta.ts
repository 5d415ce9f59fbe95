/**
 * Report metadata: agency (as titled), report year, publication date, level,
 * parent level, province and template, read from the text with a gazetteer.
 */

import { describe, InvalidInputError } from "../errors.js";
import type { Diagnostic, ReportMeta, Sections, Template } from "../types.js";
import { appendAll } from "../util/arrays.js";
import { toSimplified } from "../util/chinese.js";
import { agencyId, cleanAgencyName, endsWithAgencySuffix, readAgency } from "./agency.js";
import { closingDate, headDates } from "./dates.js";
import { findPlaces, lookupPlace } from "./gazetteer.js";
import { OPENING_VERBS } from "./lexicon.js";
import { allMatches } from "./match.js";
import { provinceFromText, provinceUnknown, townshipProvince } from "./province.js";
import { buildView, joinSoftBreaks } from "./view.js";
import { findBodyYear, findReportYear, plausibleYear } from "./year.js";

/** Input of `detectMeta`: the text and what the ingest stage found outside the body. */
export interface MetaInput {
  readonly text: string;
  readonly title?: string | null;
  readonly publishedHint?: string | null;
  readonly source?: string;
}

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
  | "self-reference";

const SOURCE_WEIGHT: { readonly [K in AgencySource]: number } = {
  title: 10,
  header: 9,
  "title-line": 8,
  "two-line-title": 7,
  "quoted-title": 6,
  signature: 5.5,
  sentence: 5,
  opening: 4,
  compiler: 3,
  "self-reference": 2,
};

interface AgencyCandidate {
  readonly name: string;
  readonly year: number | null;
  readonly source: AgencySource;
  readonly offset: number;
}

const NAME = "[^\\n\\t《》<>\"“”'‘’,，。;；:：、()!！?？\\[\\]/]";
const REPORT = "(?:政府信息公开|政务信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)";
const AGENCY_FIRST = new RegExp(`(${NAME}{2,40}?)((?:19|20)\\d{2})年?度?${REPORT}`, "g");
const YEAR_FIRST = new RegExp(`((?:19|20)\\d{2})年?度?(${NAME}{2,40}?)${REPORT}`, "g");
const YEAR_AFTER = new RegExp(`(${NAME}{2,40}?)${REPORT}[(（]((?:19|20)\\d{2})年?度?[)）]`, "g");
// A line that is only a name (no breadcrumb arrows, no punctuation): 三亚市海棠区人民政府.
const PLAIN_NAME = /^[\p{Script=Han}A-Za-z0-9.()（）]+$/u;
const NOT_A_TITLE = /^(?:格式|编制|编报|发布工作|公布工作|工作的通知|的通知|有关事项|相关工作|工作要点)/;
const YEAR_ONLY_LINE = new RegExp(`^((?:19|20)\\d{2})年?度?${REPORT}`);

function titleMatches(s: string): Array<{ name: string; year: number; index: number; length: number }> {
  const out: Array<{ name: string; year: number; index: number; length: number }> = [];
  for (const m of allMatches(AGENCY_FIRST, s)) {
    const name = cleanAgencyName(m[1] as string);
    if (name !== null) out.push({ name, year: Number(m[2]), index: m.index, length: m[0].length });
  }
  for (const m of allMatches(YEAR_FIRST, s)) {
    const name = cleanAgencyName(m[2] as string);
    if (name !== null && !out.some((o) => Math.abs(o.index - m.index) < 45)) {
      out.push({ name, year: Number(m[1]), index: m.index, length: m[0].length });
    }
  }
  for (const m of allMatches(YEAR_AFTER, s)) {
    const name = cleanAgencyName(m[1] as string);
    if (name !== null && !out.some((o) => Math.abs(o.index - m.index) < 45)) {
      out.push({ name, year: Number(m[2]), index: m.index, length: m[0].length });
    }
  }
  return out.filter((o) => plausibleYear(o.year));
}

/** Longest stretch of a line looked at around an offset: a page flattened to one line stays linear. */
const LINE_WINDOW = 240;

/** The line around `offset`, at most LINE_WINDOW characters either side of it. */
function lineAt(view: string, offset: number): { start: number; end: number } {
  const from = Math.max(0, offset - LINE_WINDOW);
  const to = Math.min(view.length, offset + LINE_WINDOW);
  // Scan only the window: lastIndexOf/indexOf would walk the whole of a one-line page.
  let start = offset;
  while (start > from && view.charCodeAt(start - 1) !== 10) start--;
  let end = offset;
  while (end < to && view.charCodeAt(end) !== 10) end++;
  return { start, end };
}

function headerTitle(view: string): string | null {
  const m = /(?:^|\n)标题[:\t]+([^\n\t]+)/.exec(view);
  return m === null ? null : (m[1] as string);
}

/** Agency candidates from title lines, two-line titles and quoted titles in the opening. */
function titleCandidates(view: string, head: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const region = view.slice(0, head);
  for (const t of titleMatches(region)) {
    // "…年度报告编制工作的通知": a notice about reports, not a report title.
    if (NOT_A_TITLE.test(region.slice(t.index + t.length, t.index + t.length + 8))) continue;
    const line = lineAt(region, t.index);
    const lineText = region.slice(line.start, line.end);
    const cell = lineText.split("\t").find((c) => c.includes(t.name)) ?? lineText;
    const quoted = region[t.index - 1] === "《" || /《[^》]*$/.test(region.slice(line.start, t.index));
    const whole = cell.replace(/[(（].*?[)）]|\/?全文$/g, "").length - t.length <= 8;
    const source: AgencySource = quoted ? "quoted-title" : whole ? "title-line" : "sentence";
    out.push({ name: t.name, year: t.year, source, offset: t.index });
  }
  // A title split over two lines: the agency, then "2015年政府信息公开工作年度报告".
  const lines = region.split("\n");
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = YEAR_ONLY_LINE.exec(line);
    const prev = i > 0 ? (lines[i - 1] as string).replace(/\t/g, "") : "";
    if (m !== null && prev.length > 0 && prev.length <= 40 && PLAIN_NAME.test(prev)) {
      const name = cleanAgencyName(prev);
      if (name !== null && endsWithAgencySuffix(name))
        out.push({ name, year: Number(m[1]), source: "two-line-title", offset: at });
    }
    at += line.length + 1;
  }
  return out;
}

const TITLE_SOURCES: ReadonlySet<AgencySource> = new Set([
  "title",
  "header",
  "title-line",
  "two-line-title",
  "quoted-title",
]);

/** A title wrapped over two lines (PDF text): 某某县民政局2022年政府信息公开工作年度 / 报告. */
function wrappedTitleCandidates(view: string, limit: number): AgencyCandidate[] {
  const region = view.slice(0, limit);
  const { text: joined, map } = joinSoftBreaks(region);
  const out: AgencyCandidate[] = [];
  for (const t of titleMatches(joined)) {
    const vs = map[t.index] as number;
    const ve = (map[t.index + t.length - 1] as number) + 1;
    const startsLine = vs === 0 || region[vs - 1] === "\n" || region[vs - 1] === "\t";
    if (region.slice(vs, ve).includes("\n") && startsLine && /^(?:\n|\t|$)/.test(region.slice(ve, ve + 1))) {
      out.push({ name: t.name, year: t.year, source: "title-line", offset: vs });
    }
  }
  return out;
}

/** "2022年，X坚持…": the agency that opens the first paragraph. */
function openingCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const re = /(?:^|\n|\t|。|情况)((?:19|20)\d{2})年度?[,，]([^,，。\n]{2,30})/g;
  for (const m of allMatches(re, view.slice(0, limit))) {
    const tail = m[2] as string;
    let cut = tail.length;
    for (const v of OPENING_VERBS) {
      const i = tail.indexOf(v, 2);
      if (i >= 2 && i < cut) cut = i;
    }
    const name = cleanAgencyName(tail.slice(0, cut));
    if (name !== null && endsWithAgencySuffix(name) && findPlaces(name).length > 0) {
      out.push({ name, year: Number(m[1]), source: "opening", offset: m.index });
    }
  }
  return out;
}

/** "由X编制", "请与X联系": the compiler of the report. */
function compilerCandidates(view: string, limit: number): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const res = [/由([^,，。\n\t]{2,40}?)(?:综合各[^,，。]*)?编制/g, /请(?:与|联系)[:：]?([^,，。\n\t(（]{2,40}?)联系/g];
  for (const re of res) {
    for (const m of allMatches(re, view.slice(0, limit))) {
      const name = cleanAgencyName(m[1] as string);
      if (name !== null && endsWithAgencySuffix(name))
        out.push({ name, year: null, source: "compiler", offset: m.index });
    }
  }
  return out;
}

/** "我旗" + "乌拉特前旗政府网站": a place named with the suffix the report uses for itself. */
function selfReferenceCandidates(view: string): AgencyCandidate[] {
  const self = /我(旗|县|市|区|镇|乡)/.exec(view);
  if (self === null) return [];
  const unit = self[1] as string;
  const re = new RegExp(`([\\p{Script=Han}]{2,12}?${unit})(?:人民)?政府(?:门户)?网站?`, "gu");
  const out: AgencyCandidate[] = [];
  for (const m of allMatches(re, view)) {
    const name = cleanAgencyName(m[1] as string);
    if (name !== null && lookupPlace(name).length > 0)
      out.push({ name, year: null, source: "self-reference", offset: m.index });
  }
  return out;
}

/** The signature line of the closing part (清城区源潭镇人民政府 above the date). */
function signatureCandidates(tail: string): AgencyCandidate[] {
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

/**
 * Score of a candidate: its source, a name that ends like an agency or names a place, a year
 * that agrees with the statistics period; among equals the one nearest the body (a page's
 * list of other years' reports comes before the title).
 */
function score(c: AgencyCandidate, bodyYear: number | null): number {
  let s = SOURCE_WEIGHT[c.source] * 10;
  if (endsWithAgencySuffix(c.name)) s += 5;
  if (findPlaces(c.name).length > 0) s += 2;
  if (bodyYear !== null && c.year === bodyYear) s += 3;
  return s + c.offset / 1e7;
}

function chooseAgency(cands: readonly AgencyCandidate[], bodyYear: number | null): AgencyCandidate | null {
  let best: AgencyCandidate | null = null;
  for (const c of cands) if (best === null || score(c, bodyYear) > score(best, bodyYear)) best = c;
  return best;
}

// detectMeta ------------------------------------------------------------------------------------

function sectionStart(sections: Sections): number | null {
  let min: number | null = null;
  for (const s of Object.values(sections)) if (s !== null && (min === null || s.start < min)) min = s.start;
  return min;
}

function sectionEnd(sections: Sections): number | null {
  let max: number | null = null;
  for (const s of Object.values(sections)) if (s !== null && (max === null || s.end > max)) max = s.end;
  return max;
}

function viewIndex(map: Int32Array, original: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] as number) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findAgency(input: MetaInput, view: string, head: number, tail: string): AgencyCandidate | null {
  const cands: AgencyCandidate[] = [];
  if (input.title != null && input.title.trim() !== "") {
    const t = buildView(input.title).text;
    for (const m of titleMatches(t)) cands.push({ name: m.name, year: m.year, source: "title", offset: 0 });
  }
  const header = headerTitle(view);
  if (header !== null)
    for (const m of titleMatches(header)) cands.push({ name: m.name, year: m.year, source: "header", offset: 0 });
  const region = Math.max(head, Math.min(view.length, 4000));
  appendAll(cands, titleCandidates(view, region));
  if (!cands.some((c) => TITLE_SOURCES.has(c.source))) appendAll(cands, wrappedTitleCandidates(view, region));
  appendAll(cands, signatureCandidates(tail));
  if (cands.length === 0) appendAll(cands, openingCandidates(view, 6000));
  if (cands.length === 0) appendAll(cands, compilerCandidates(view, 4000));
  if (cands.length === 0) appendAll(cands, selfReferenceCandidates(view));
  return chooseAgency(cands, findBodyYear(view));
}

function choosePublished(
  input: MetaInput,
  headText: string,
  tail: string,
  year: number | null,
): { published: string | null; notes: Diagnostic[] } {
  const notes: Diagnostic[] = [];
  const candidates: string[] = [];
  if (input.publishedHint != null && /^\d{4}-\d{2}-\d{2}$/.test(input.publishedHint))
    candidates.push(input.publishedHint);
  appendAll(
    candidates,
    headDates(headText).map((d) => d.iso),
  );
  const closing = closingDate(tail);
  if (closing !== null) candidates.push(closing);
  for (const iso of candidates) {
    const y = Number(iso.slice(0, 4));
    if (year !== null && (y < year || y > year + 5)) {
      notes.push({
        code: "meta.published_rejected",
        severity: "info",
        message: `date ${iso} cannot be the publication of a report on ${year}; ignored`,
      });
      continue;
    }
    if (year !== null && y === year) {
      notes.push({
        code: "meta.published_early",
        severity: "warning",
        message: `publication date ${iso} is before the end of the reported year ${year}; kept as printed`,
      });
    }
    return { published: iso, notes };
  }
  return { published: null, notes };
}

/**
 * Read a report's metadata: agency as titled (or as the body names it), the year reported
 * on, the publication date when printed, level, parent level, province and template.
 * @param sections from `segmentReport(input.text)`: the text before the first section is the opening
 * @param template from `segmentReport`
 */
export function detectMeta(
  input: MetaInput,
  sections: Sections,
  template: Template,
): { meta: ReportMeta; diagnostics: Diagnostic[] } {
  if (input === null || typeof input !== "object" || typeof input.text !== "string") {
    throw new InvalidInputError(`sections: detectMeta(input); expected { text: string }, found ${describe(input)}`);
  }
  const diagnostics: Diagnostic[] = [];
  const view = buildView(input.text);
  const firstSection = sectionStart(sections);
  const head = firstSection === null ? Math.min(view.text.length, 3000) : viewIndex(view.map, firstSection);
  const end = sectionEnd(sections);
  const tail = end === null ? "" : input.text.slice(end);
  const agency = findAgency(input, view.text, head, tail);
  let year = agency?.year ?? null;
  if (year === null) year = findReportYear(view.text).year;
  const bodyYear = findBodyYear(view.text);
  if (year !== null && bodyYear !== null && bodyYear !== year) {
    diagnostics.push({
      code: "meta.year_conflict",
      severity: "warning",
      message: `the title says the report is about ${year}, the statistics period or opening says ${bodyYear}; kept ${year}`,
    });
  }
  if (agency === null)
    diagnostics.push({
      code: "meta.agency_missing",
      severity: "warning",
      message: "no agency name found in the title or the opening",
    });
  else
    diagnostics.push({
      code: "meta.agency_source",
      severity: "info",
      message: `agency "${agency.name}" read from the ${agency.source}`,
    });
  if (year === null)
    diagnostics.push({
      code: "meta.year_missing",
      severity: "warning",
      message: "no report year found in the title or the opening",
    });

  const plain = view.simplified.normalize("NFKC");
  const headText = plain.slice(0, firstSection === null ? 3000 : Math.max(firstSection, 200));
  const pub = choosePublished(input, headText, toSimplified(tail).normalize("NFKC"), year);
  diagnostics.push(...pub.notes);

  const reading = agency === null ? null : readAgency(agency.name);
  let province = reading?.province ?? null;
  if (reading?.note != null) diagnostics.push({ code: "meta.level_note", severity: "info", message: reading.note });
  if (province === null && reading?.level === "township" && agency !== null) {
    province = townshipProvince(agency.name);
    if (province !== null)
      diagnostics.push({
        code: "meta.province_from_township",
        severity: "info",
        message: `province ${province} from the township name, unique in the gazetteer`,
      });
  }
  if (province === null && reading?.level !== "central") {
    const vote = provinceFromText(view.text.slice(0, 6000));
    province = vote.province;
    if (province !== null)
      diagnostics.push({
        code: "meta.province_from_text",
        severity: "info",
        message: `province ${province} inferred from place names in the text (votes: ${[...vote.votes].map(([p, n]) => `${p} ${n}`).join(", ")})`,
      });
    else diagnostics.push(provinceUnknown(vote.votes));
  }
  if (agency !== null && reading?.level == null) {
    diagnostics.push({
      code: "meta.level_unknown",
      severity: "info",
      message: `the agency name "${agency.name}" does not say its administrative level`,
    });
  }
  const meta: ReportMeta = {
    agency: agency?.name ?? null,
    agency_id: agency === null ? null : agencyId(agency.name),
    year,
    published: pub.published,
    level: reading?.level ?? null,
    parent_level: reading?.level === "department" ? reading.parentLevel : null,
    province,
    template,
  };
  return { meta, diagnostics };
}
