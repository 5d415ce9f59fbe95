/** `extractNarrative`: items of section 五 (and of 六 when improvements sit there), links, scores, facts. */
import { describe, InvalidInputError, InvalidOptionError } from "../errors.js";
import { type Diagnostic, SECTION_KEYS, type Section, type SectionKey, type Sections, type Span } from "../types.js";
import { appendAll } from "../util/arrays.js";
import { extractFacts } from "./facts.js";
import { narrativeLexicon } from "./lexicon.js";
import { linkItems } from "./link.js";
import { specificityScorer } from "./specificity.js";
import {
  findPivot,
  findSubHeadings,
  findTrailer,
  isBlank,
  isImprovementOpener,
  isInterleaved,
  sentenceSpans,
  splitPaired,
  splitPart,
  trimSpan,
} from "./split.js";
import { sectionsInView, spanInSource, unwrap } from "./unwrap.js";
import type { Narrative, NarrativeFact, NarrativeItem, NarrativeKind, NarrativeSkip, Specificity } from "./types.js";

/** Options of `extractNarrative`. */
export interface NarrativeOptions {
  /**
   * Item texts that define how rare a wording is, for the specificity score (e.g. every item of the
   * corpus under study). Default: this report's own items.
   */
  readonly corpus?: readonly string[];
  /** A ready scorer (takes precedence over `corpus`). */
  readonly scorer?: (item: string) => Specificity;
  /** Sections whose prose is read for facts (default `["overview"]`). */
  readonly factSections?: readonly SectionKey[];
  /** Minimum cosine similarity for a problem→improvement link (default 0.035). */
  readonly linkThreshold?: number;
}

interface Chunk {
  /** `paired`: enumerated items that each hold a problem and its improvement. */
  readonly kind: NarrativeKind | "paired";
  readonly start: number;
  readonly end: number;
}

/** Body of a section: after its heading, before its closing part; the trailer is reported as skipped. */
function body(text: string, section: Section, skipped: NarrativeSkip[]): Span {
  const start = Math.max(section.heading.end, section.start);
  const end = findTrailer(text, start, section.end);
  if (end < section.end && !isBlank(text, end, section.end)) {
    const span = trimSpan(text, end, section.end);
    skipped.push({ reason: "trailer", text: text.slice(span.start, span.end), span, section: section.key });
  }
  return { start, end };
}

/** Cut the issues body into problem and improvement chunks, by sub-headings or else at the pivot. */
function chunks(text: string, range: Span, key: SectionKey, skipped: NarrativeSkip[]): Chunk[] {
  const heads = findSubHeadings(text, range.start, range.end);
  const out: Chunk[] = [];
  let kind: NarrativeKind = "problem";
  let at = range.start;
  for (const h of heads) {
    if (h.span.start > at) out.push({ kind, start: at, end: h.span.start });
    const span = trimSpan(text, h.span.start, h.span.end);
    skipped.push({ reason: "heading", text: text.slice(span.start, span.end), span, section: key });
    kind = h.kind;
    at = h.span.end;
  }
  out.push({ kind, start: at, end: range.end });
  // a problem chunk that no improvement heading follows holds its improvements after a pivot
  return out.flatMap((c, i) => (c.kind === "problem" && out[i + 1]?.kind !== "improvement" ? atPivot(text, c) : [c]));
}

/** Cut a problem chunk at its pivot: problems, then improvements (or paired items). */
function atPivot(text: string, c: Chunk): Chunk[] {
  const pivot = findPivot(text, c.start, c.end);
  if (pivot === null) return [c];
  if (isInterleaved(text, c.start, c.end, pivot)) return [{ kind: "paired", start: c.start, end: c.end }];
  return [
    { kind: "problem", start: c.start, end: pivot },
    { kind: "improvement", start: pivot, end: c.end },
  ];
}

/** Improvements written under 六 (seed 004): from the first sentence that opens improvements. */
function improvementsInOther(text: string, other: Section, skipped: NarrativeSkip[]): Chunk | null {
  const range = body(text, other, skipped);
  const opener = sentenceSpans(text, range.start, range.end).find((s) => isImprovementOpener(text, s.start, s.end));
  return opener === undefined ? null : { kind: "improvement", start: opener.start, end: range.end };
}

function checkInput(text: unknown, sections: unknown, options: NarrativeOptions): void {
  if (typeof text !== "string") {
    throw new InvalidInputError(`extractNarrative: text must be a string; found ${describe(text)}`);
  }
  if (typeof sections !== "object" || sections === null) {
    throw new InvalidInputError(`extractNarrative: sections must be a Sections object; found ${describe(sections)}`);
  }
  for (const key of SECTION_KEYS) {
    const s = (sections as Record<string, Section | null | undefined>)[key];
    if (s !== null && s !== undefined && !(s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      throw new InvalidInputError(
        `extractNarrative: section ${key} must lie within the text (0..${text.length}); found ${s.start}..${s.end}`,
      );
    }
  }
  checkOptions(options);
}

const OPTION_KEYS: readonly string[] = ["corpus", "scorer", "factSections", "linkThreshold"];

function checkOptions(options: NarrativeOptions): void {
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      throw new InvalidOptionError(
        `extractNarrative: unknown option; expected one of ${OPTION_KEYS.join(", ")}, found ${describe(key)}`,
      );
    }
  }
  const t = options.linkThreshold;
  if (t !== undefined && !(typeof t === "number" && t >= 0 && t <= 1)) {
    throw new InvalidOptionError(`extractNarrative: linkThreshold must be a number in [0, 1]; found ${describe(t)}`);
  }
  if (
    options.corpus !== undefined &&
    !(Array.isArray(options.corpus) && options.corpus.every((c) => typeof c === "string"))
  ) {
    throw new InvalidOptionError(
      `extractNarrative: corpus must be an array of strings; found ${describe(options.corpus)}`,
    );
  }
  for (const key of options.factSections ?? []) {
    if (!SECTION_KEYS.includes(key)) {
      throw new InvalidOptionError(
        `extractNarrative: factSections holds an unknown section; expected one of ${SECTION_KEYS.join(", ")}, found ${describe(key)}`,
      );
    }
  }
}

/** Items of one section read as problems then improvements (sub-headings, pivot, interleaved items). */
function readSection(text: string, section: Section, skipped: NarrativeSkip[]): NarrativeItem[] {
  const out: NarrativeItem[] = [];
  for (const c of chunks(text, body(text, section, skipped), section.key, skipped)) {
    const r =
      c.kind === "paired"
        ? splitPaired(text, c.start, c.end, section.key)
        : splitPart(text, c.start, c.end, c.kind, section.key);
    appendAll(out, r.items);
    appendAll(skipped, r.skipped);
  }
  return out;
}

/** Improvements that a report wrote under 六 (seed 004), when 五 gave none. */
function improvementsFromOther(text: string, other: Section, skipped: NarrativeSkip[], diagnostics: Diagnostic[]) {
  const c = improvementsInOther(text, other, []);
  if (c === null) return [];
  const r = splitPart(text, c.start, c.end, "improvement", "other");
  appendAll(skipped, r.skipped);
  diagnostics.push({
    code: "narrative.improvements_in_other",
    severity: "info",
    message: "narrative: section 五 states problems only; the improvements were read from section 六",
    offset: c.start,
  });
  return r.items;
}

/** Problems and improvements that a report wrote under 六 when 五 is absent or empty (五/六 swapped). */
function issuesFromOther(text: string, other: Section, skipped: NarrativeSkip[], diagnostics: Diagnostic[]) {
  if (!narrativeLexicon().problemIntro.test(other.text)) return [];
  const found = readSection(text, other, skipped);
  if (found.length > 0) {
    diagnostics.push({
      code: "narrative.issues_in_other",
      severity: "warning",
      message: "narrative: expected problems and improvements in section 五; found them in section 六",
      offset: other.start,
    });
  }
  return found;
}

/** Items of the issues section (and of 六 when needed), with what was skipped and diagnostics. */
function items(text: string, sections: Sections, skipped: NarrativeSkip[], diagnostics: Diagnostic[]): NarrativeItem[] {
  const { issues, other } = sections;
  if (issues === null) {
    diagnostics.push({
      code: "narrative.no_issues_section",
      severity: "warning",
      message: "narrative: expected a section 五 (存在的主要问题及改进情况); found none",
    });
  }
  const out = issues === null ? [] : readSection(text, issues, skipped);
  if (other === null) return out;
  if (out.length === 0) return issuesFromOther(text, other, skipped, diagnostics);
  if (!out.some((i) => i.kind === "improvement"))
    appendAll(out, improvementsFromOther(text, other, skipped, diagnostics));
  return out;
}

/** The items, read from the unwrapped view of sections 五 and 六 when their text is hard-wrapped. */
function unwrappedItems(
  text: string,
  sections: Sections,
  skipped: NarrativeSkip[],
  diagnostics: Diagnostic[],
): NarrativeItem[] {
  const spans = [sections.issues, sections.other].filter((s): s is Section => s !== null);
  const u = unwrap(text, spans);
  if (u === null) return items(text, sections, skipped, diagnostics);
  const own: NarrativeSkip[] = [];
  const notes: Diagnostic[] = [];
  const found = items(u.text, sectionsInView(sections, u), own, notes);
  for (const s of own) {
    const span = spanInSource(s.span, u);
    skipped.push({ ...s, span, text: text.slice(span.start, span.end) });
  }
  for (const d of notes)
    diagnostics.push(d.offset === undefined ? d : { ...d, offset: u.toSource[d.offset] ?? d.offset });
  // spans and texts of the original text (a wrapped item keeps its line break, as printed)
  return found.map((i) => ({
    ...i,
    span: spanInSource(i.span, u),
    text: text.slice(spanInSource(i.span, u).start, spanInSource(i.span, u).end),
    markerSpan: i.markerSpan === null ? null : spanInSource(i.markerSpan, u),
  }));
}

function missing(kind: NarrativeKind, offset: number | undefined): Diagnostic {
  const what = kind === "problem" ? "problems" : "improvements";
  return {
    code: `narrative.no_${what}`,
    severity: "warning",
    message: `narrative: expected ${what} in section 五; found none`,
    ...(offset === undefined ? {} : { offset }),
  };
}

/**
 * Read the narrative of a report: the problems and improvements of section 五 as items (with text,
 * span, marker, specificity), each improvement linked to the problem it answers (or to none), and
 * the figures stated in the prose of section 一 as facts. Messy input never throws: what cannot be
 * read becomes a diagnostic, and every piece of section 五 that is not an item is listed in `skipped`.
 * @param text the normalised, simplified text of the report
 * @param sections the section spans of `text` (from `segmentReport`)
 * @throws InvalidInputError when `text` is not a string or a section lies outside it
 * @throws InvalidOptionError when `factSections` names an unknown section
 * @example extractNarrative(doc.text, segmentReport(doc.text).sections).problems.map(p => p.text)
 */
export function extractNarrative(text: string, sections: Sections, options: NarrativeOptions = {}): Narrative {
  checkInput(text, sections, options);
  const skipped: NarrativeSkip[] = [];
  const diagnostics: Diagnostic[] = [];
  const all = unwrappedItems(text, sections, skipped, diagnostics);
  const score = options.scorer ?? specificityScorer(options.corpus ?? all.map((i) => i.text));
  const scored = all.map((i) => ({ ...i, specificity: score(i.text).score }));
  const problems = scored.filter((i) => i.kind === "problem");
  const improvements = scored.filter((i) => i.kind === "improvement");
  if (sections.issues !== null) {
    if (problems.length === 0) diagnostics.push(missing("problem", sections.issues.start));
    if (improvements.length === 0) diagnostics.push(missing("improvement", sections.issues.start));
  }
  const links = linkItems(
    problems,
    improvements,
    options.linkThreshold === undefined ? {} : { threshold: options.linkThreshold },
  );
  const facts: NarrativeFact[] = [];
  for (const key of options.factSections ?? ["overview"]) {
    const s = sections[key];
    if (s !== null) appendAll(facts, extractFacts(text, { start: Math.max(s.heading.end, s.start), end: s.end }));
  }
  return {
    problems,
    improvements,
    links,
    facts,
    skipped: skipped.sort((a, b) => a.span.start - b.span.start),
    diagnostics,
  };
}

/**
 * The problems and improvements as plain strings, for the `xxgk parse` contract.
 * @example narrativeStrings(extractNarrative(text, sections)).problems[0]
 */
export function narrativeStrings(n: Pick<Narrative, "problems" | "improvements">): {
  problems: string[];
  improvements: string[];
} {
  return { problems: n.problems.map((p) => p.text), improvements: n.improvements.map((p) => p.text) };
}
