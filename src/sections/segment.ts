/**
 * Segmentation of a report into the six sections of the national format, by what the
 * headings say: the chain of headings (`headings.ts`) cut into sections, each ended before
 * its closing part (`closing.ts`), with notes on odd and missing headings.
 */

import { describe, InvalidInputError } from "../errors.js";
import type { Diagnostic, Section, SectionKey, Sections, Template } from "../types.js";
import type { HeadingCandidate } from "./candidate.js";
import { closingStart } from "./closing.js";
import { capCandidates, chooseHeadings, findHeadingCandidates } from "./headings.js";
import { CANONICAL_HEADINGS } from "./lexicon.js";
import { detectTemplate } from "./template.js";
import { buildView, type MatchView, toOriginal, toOriginalEnd } from "./view.js";
import { findReportYear } from "./year.js";

export type { HeadingCandidate, NumberStyle } from "./candidate.js";

function lineStartOriginal(text: string, headingStart: number): number {
  let i = headingStart;
  while (i > 0 && /[ \t\u3000#*>]/.test(text[i - 1] as string)) i--;
  return i === 0 || text[i - 1] === "\n" ? i : headingStart;
}

const EMPTY_SECTIONS: { -readonly [K in SectionKey]: Section | null } = {
  overview: null,
  proactive: null,
  requests: null,
  review: null,
  issues: null,
  other: null,
};

function describeHeading(view: MatchView, c: HeadingCandidate, text: string): string {
  return text.slice(toOriginal(view, c.start), toOriginalEnd(view, c.end)).trim();
}

interface Built {
  readonly sections: Sections;
  readonly diagnostics: Diagnostic[];
}

/**
 * A stop heading with a fallback key (legacy 收费及减免 → other) takes that key when no
 * chosen heading has it: the fees are what `other` holds in the national format.
 */
function promoteFallbacks(chain: readonly HeadingCandidate[]): HeadingCandidate[] {
  const keys = new Set(chain.map((c) => c.phrase.key));
  return chain.map((c) => {
    const key = c.phrase.fallback;
    if (c.phrase.key !== "stop" || key === undefined || keys.has(key)) return c;
    keys.add(key);
    return { ...c, phrase: { ...c.phrase, key } };
  });
}

function buildSections(text: string, view: MatchView, headings: readonly HeadingCandidate[]): Built {
  const chain = promoteFallbacks(headings);
  const sections = { ...EMPTY_SECTIONS };
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i] as HeadingCandidate;
    const next = chain[i + 1];
    const title = describeHeading(view, c, text);
    const at = toOriginal(view, c.start);
    if (c.phrase.key === "stop") {
      diagnostics.push({
        code: "section.unmapped_heading",
        severity: "info",
        message: `heading "${title}" has no section key of its own; its text ends the previous section and belongs to none`,
        offset: at,
      });
      continue;
    }
    const viewEnd =
      next === undefined || next.phrase.key === "stop"
        ? closingStart(view.text, c.end, next?.start ?? view.text.length)
        : next.start;
    const start = lineStartOriginal(text, at);
    const end =
      next !== undefined && next.phrase.key !== "stop"
        ? lineStartOriginal(text, toOriginal(view, next.start))
        : toOriginalEnd(view, viewEnd);
    const heading = { start: at, end: toOriginalEnd(view, c.end) };
    const key = c.phrase.key;
    sections[key] = {
      key,
      start,
      end: Math.max(end, heading.end),
      heading,
      title,
      text: text.slice(start, Math.max(end, heading.end)),
    };
    diagnostics.push(...headingNotes(key, c, title, at, text.slice(heading.end, Math.max(end, heading.end))));
  }
  return { sections, diagnostics };
}

function headingNotes(key: SectionKey, c: HeadingCandidate, title: string, at: number, body: string): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (c.phrase.legacy) {
    notes.push({
      code: "section.legacy_heading",
      severity: "info",
      message: `heading "${title}" is pre-2019 wording; read as section ${key} (${CANONICAL_HEADINGS[key]})`,
      offset: at,
    });
  } else if (c.number !== null && c.number !== c.phrase.rank) {
    notes.push({
      code: "section.numbering",
      severity: "info",
      message: `heading "${title}" is numbered ${c.number}, expected ${c.phrase.rank} for ${key}; the section follows what the heading says`,
      offset: at,
    });
  }
  if (body.replace(/[\s|*#:：。]/g, "") === "") {
    notes.push({
      code: "section.empty",
      severity: "info",
      message: `section ${key} ("${title}") has an empty body`,
      offset: at,
    });
  }
  return notes;
}

function missingNotes(sections: Sections): Diagnostic[] {
  const notes: Diagnostic[] = [];
  for (const key of Object.keys(EMPTY_SECTIONS) as SectionKey[]) {
    if (sections[key] !== null) continue;
    notes.push({
      code: "section.missing",
      severity: "warning",
      message: `no heading for section ${key} found; expected one like "${CANONICAL_HEADINGS[key]}", found none`,
    });
  }
  return notes;
}

/**
 * Split a report into its six sections by what the headings say, and decide its template.
 * Sections follow their headings (a 五 whose text is about other matters stays in `issues`);
 * a section whose heading is not found is `null` with a `section.missing` diagnostic.
 * `sections.X.text === text.slice(start, end)`; sections do not overlap and come in text order.
 * @param text the normalised report text (simplified, or traditional: headings are matched either way)
 */
export function segmentReport(text: string): { sections: Sections; template: Template; diagnostics: Diagnostic[] } {
  if (typeof text !== "string") {
    throw new InvalidInputError(`sections: segmentReport(text); expected a string, found ${describe(text)}`);
  }
  const view = buildView(text);
  const cands = findHeadingCandidates(view.text);
  const kept = capCandidates(cands);
  const chain = chooseHeadings(view.text, kept);
  const built = buildSections(text, view, chain);
  const year = findReportYear(view.text);
  const t = detectTemplate(view.text, chain, year.year);
  const capped: Diagnostic[] =
    kept.length < cands.length
      ? [
          {
            code: "section.too_many_headings",
            severity: "warning",
            message: `found ${cands.length} places that read like section headings; expected a few dozen at most; weighed the ${kept.length} strongest`,
          },
        ]
      : [];
  return {
    sections: built.sections,
    template: t.template,
    diagnostics: [...capped, ...built.diagnostics, ...missingNotes(built.sections), ...t.diagnostics],
  };
}
