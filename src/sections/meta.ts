/**
 * Report metadata: agency (as titled), report year, publication date, level,
 * parent level, province and template, read from the text with a gazetteer.
 */

import { describe, InvalidInputError } from "../errors.js";
import type { Diagnostic, ReportMeta, Sections, Template } from "../types.js";
import { appendAll } from "../util/arrays.js";
import { toSimplified } from "../util/chinese.js";
import { agencyId, cleanAgencyName, endsWithAgencySuffix, readAgency } from "./agency.js";
import {
  type AgencyCandidate,
  type AgencySource,
  addressCandidates,
  aggregateCandidates,
  compilerCandidates,
  openingCandidates,
  reportSentenceCandidates,
  SOURCE_WEIGHT,
  selfLevel,
  selfReferenceCandidates,
  signatureCandidates,
  subjectCandidates,
} from "./candidates.js";
import { closingDate, headDates } from "./dates.js";
import { findPlaces } from "./gazetteer.js";
import { provinceFromText, provinceUnknown, townshipProvince } from "./province.js";
import { qualifyAgency, townCounty, townProvinceByCounty } from "./qualify.js";
import { type Gaps, NOT_A_TITLE, PLAIN_NAME, titleMatches, YEAR_ONLY_LINE } from "./title-match.js";
import { buildView, joinSoftBreaks } from "./view.js";
import { findBodyYear, findReportYear } from "./year.js";

/** Input of `detectMeta`: the text and what the ingest stage found outside the body. */
export interface MetaInput {
  readonly text: string;
  readonly title?: string | null;
  readonly publishedHint?: string | null;
  readonly source?: string;
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
function titleCandidates(view: string, head: number, gaps?: Gaps): AgencyCandidate[] {
  const out: AgencyCandidate[] = [];
  const region = view.slice(0, head);
  for (const t of titleMatches(region, gaps)) {
    // "…年度报告编制工作的通知": a notice about reports, not a report title.
    if (NOT_A_TITLE.test(region.slice(t.index + t.length, t.index + t.length + 8))) continue;
    const line = lineAt(region, t.index);
    const lineText = region.slice(line.start, line.end);
    const cell = lineText.split("\t").find((c) => c.includes(t.name)) ?? lineText;
    const quoted = region[t.index - 1] === "《" || /《[^》]*$/.test(region.slice(line.start, t.index));
    // The title alone in its cell, or a report name that opens its line (a flattened page's title).
    const whole = cell.replace(/[(（].*?[)）]|\/?全文$/g, "").length - t.length <= 8 || t.index === line.start;
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

/**
 * The first `limit` characters of the view with a line break where the page had a space between two
 * Chinese words (not letter-spacing): a page flattened to one line keeps its line starts for sentence subjects.
 */
function linesAtGaps(view: string, limit: number, gaps?: Gaps): string {
  const n = Math.min(limit, view.length);
  if (gaps === undefined) return view.slice(0, n);
  const han = (i: number): boolean =>
    /\p{Script=Han}/u.test(view[i - 1] as string) && /\p{Script=Han}/u.test(view[i] as string);
  let pairs = 0;
  let spaced = 0;
  for (let i = 1; i < n; i++)
    if (han(i)) {
      pairs++;
      if (gaps(i)) spaced++;
    }
  // A letter-spaced page (a space before most characters) has no word spaces to read.
  if (spaced > pairs / 4) return view.slice(0, n);
  let out = "";
  for (let i = 0; i < n; i++) {
    if (i > 0 && gaps(i) && han(i)) out += "\n";
    out += view[i];
  }
  return out;
}

function findAgency(input: MetaInput, view: string, head: number, tail: string, gaps?: Gaps): AgencyCandidate | null {
  const cands: AgencyCandidate[] = [];
  if (input.title != null && input.title.trim() !== "") {
    const t = buildView(input.title).text;
    for (const m of titleMatches(t)) cands.push({ name: m.name, year: m.year, source: "title", offset: 0 });
  }
  const header = headerTitle(view);
  if (header !== null)
    for (const m of titleMatches(header)) cands.push({ name: m.name, year: m.year, source: "header", offset: 0 });
  const region = Math.max(head, Math.min(view.length, 4000));
  appendAll(cands, titleCandidates(view, region, gaps));
  if (!cands.some((c) => TITLE_SOURCES.has(c.source))) appendAll(cands, wrappedTitleCandidates(view, region));
  appendAll(cands, signatureCandidates(tail));
  if (cands.length === 0) {
    appendAll(cands, openingCandidates(view, 6000));
    appendAll(cands, reportSentenceCandidates(view, 4000));
    appendAll(cands, compilerCandidates(view, 4000));
    appendAll(cands, aggregateCandidates(view, 4000));
    if (cands.length === 0) appendAll(cands, addressCandidates(view, 4000));
    if (cands.length === 0) appendAll(cands, subjectCandidates(linesAtGaps(view, 4000, gaps), 4000));
  }
  if (cands.length === 0) appendAll(cands, selfReferenceCandidates(view));
  const best = chooseAgency(cands, findBodyYear(view));
  // A title whose 政府 serves both the name and the report (X人民政府信息公开年度报告) reads X人民. The
  // name is completed only once chosen, so that a whole name of another candidate still outranks it.
  return best?.name.endsWith("人民") ? { ...best, name: `${best.name}政府` } : best;
}

function choosePublished(
  input: MetaInput,
  headText: string,
  tail: string,
  year: number | null,
): { published: string | null; notes: Diagnostic[] } {
  const notes: Diagnostic[] = [];
  // `labelled`: printed after a label (发布日期, 公开日期…). A labelled date may lie years after the report
  // (an old report re-posted when a site moved); an unlabelled one that late is more likely something else.
  const candidates: Array<{ iso: string; labelled: boolean }> = [];
  if (input.publishedHint != null && /^\d{4}-\d{2}-\d{2}$/.test(input.publishedHint))
    candidates.push({ iso: input.publishedHint, labelled: false });
  appendAll(
    candidates,
    headDates(headText).map((d) => ({ iso: d.iso, labelled: d.rank !== 1 })),
  );
  const closing = closingDate(tail);
  if (closing !== null) candidates.push({ iso: closing, labelled: false });
  for (const { iso, labelled } of candidates) {
    const y = Number(iso.slice(0, 4));
    if (year !== null && (y < year || (y > year + 5 && !labelled))) {
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
  const gaps: Gaps = (i) =>
    i > 0 && /\s/.test(input.text.slice((view.map[i - 1] as number) + 1, view.map[i] as number));
  const found = findAgency(input, view.text, head, tail, gaps);
  const qualified = found === null ? null : qualifyAgency(found.name, view.text);
  if (qualified?.diagnostic != null) diagnostics.push(qualified.diagnostic);
  let agency = found === null || qualified === null ? found : { ...found, name: qualified.name };
  // A bare town from the body (2022年，杨村乡…) gets its county; a title's own form is kept (spec: as the title gives it).
  const county = agency === null || TITLE_SOURCES.has(agency.source) ? null : townCounty(agency.name, view.text);
  if (agency !== null && county !== null) {
    diagnostics.push({
      code: "meta.agency_qualified",
      severity: "info",
      message: `town "${agency.name}" qualified with ${county}, the only county on the page that has a town of that name`,
    });
    agency = { ...agency, name: county + agency.name };
  }
  let year = agency?.year ?? null;
  const bodyYear = findBodyYear(view.text);
  // Without a title year, the statistics period or opening year outranks a year met in a sentence.
  if (year === null) year = bodyYear ?? findReportYear(view.text).year;
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
  if (province === null && reading?.level === "township" && agency !== null) {
    const byCounty = townProvinceByCounty(agency.name, view.text.slice(0, 6000));
    if (byCounty !== null) {
      province = byCounty.province;
      diagnostics.push({
        code: "meta.province_from_township",
        severity: "info",
        message: `province ${province} from ${byCounty.county}, the only county named on the page that has a town called ${agency.name}`,
      });
    }
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
    level: reading?.level ?? (agency === null ? selfLevel(view.text) : null),
    parent_level: reading?.level === "department" ? reading.parentLevel : null,
    province,
    template,
  };
  return { meta, diagnostics };
}
