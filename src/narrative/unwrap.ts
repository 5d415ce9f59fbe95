/**
 * Hard-wrapped text (PDF text extracted without geometry: every line broken at the same width,
 * a page number between two lines): a line break is not an item break. Inside a passage, a
 * line as wide as its widest line (one character less allowed: a full-width character at the
 * edge) that does not end a sentence is joined to the next, and a page-number line is dropped; items are then read from this view
 * and their spans mapped back to the text, so every item keeps its place in the file.
 * Line geometry, where the PDF had it, is used by `ingest`; this is the rule for text without it.
 */
import type { Section, Sections, Span } from "../types.js";
import { type LineSpan, lineSpans, PAGE_NUMBER_LINE } from "../util/lines.js";

/** A view of the text with wrap breaks and page numbers removed, and the way back. */
export interface Unwrapped {
  readonly text: string;
  /** Offset in the view → offset in the original text (length `text.length + 1`). */
  readonly toSource: Int32Array;
  /** Offset in the original text → offset in the view (length `source.length + 1`). */
  readonly toView: Int32Array;
}

const SENTENCE_END = /[。！？!?]\s*$/u;
/** Fewer lines than this, or a width below it, is not a wrapped passage. */
const MIN_LINES = 2;
const MIN_WIDTH = 16;

type Line = LineSpan;

const widthOf = (text: string, l: Line) => [...text.slice(l.start, l.end).trimEnd()].length;

/**
 * The wrap width of a passage: its longest line, when that is long enough to be a wrapped
 * line (a paragraph printed on one line ends its sentence and is not joined), or null.
 */
function wrapWidth(text: string, lines: readonly Line[]): number | null {
  let n = 0;
  let width = 0;
  for (const l of lines) {
    if (PAGE_NUMBER_LINE.test(text.slice(l.start, l.end))) continue;
    n++;
    width = Math.max(width, widthOf(text, l));
  }
  return n >= MIN_LINES && width >= MIN_WIDTH ? width : null;
}

/** Ranges of `text` to drop in `[start, end)`: wrap breaks and page-number lines. */
function dropsIn(text: string, start: number, end: number): Span[] {
  const lines = lineSpans(text, start, end);
  const width = wrapWidth(text, lines);
  if (width === null) return [];
  const out: Span[] = [];
  lines.forEach((l, i) => {
    const line = text.slice(l.start, l.end);
    if (PAGE_NUMBER_LINE.test(line) && line.trim() !== "") {
      out.push({ start: l.start, end: Math.min(end, l.end + 1) });
      return;
    }
    if (i + 1 >= lines.length || l.end >= end) return;
    if (widthOf(text, l) >= width - 1 && !SENTENCE_END.test(line)) out.push({ start: l.end, end: l.end + 1 });
  });
  return out;
}

/**
 * The unwrapped view of `text` inside `spans` (the narrative sections), or null when none of
 * them is hard-wrapped.
 */
export function unwrap(text: string, spans: readonly Span[]): Unwrapped | null {
  const drops = spans.flatMap((s) => dropsIn(text, s.start, s.end)).sort((a, b) => a.start - b.start);
  if (drops.length === 0) return null;
  const toView = new Int32Array(text.length + 1);
  const back: number[] = [];
  let view = "";
  let d = 0;
  let i = 0;
  while (i < text.length) {
    const drop = drops[d];
    if (drop && i === drop.start) {
      for (let k = drop.start; k < drop.end; k++) toView[k] = view.length;
      i = Math.max(i, drop.end);
      d++;
      continue;
    }
    if (drop && i > drop.start) {
      d++;
      continue;
    }
    toView[i] = view.length;
    back.push(i);
    view += text[i];
    i++;
  }
  toView[text.length] = view.length;
  back.push(text.length);
  return { text: view, toSource: Int32Array.from(back), toView };
}

/** The sections as spans of the view. */
export function sectionsInView(sections: Sections, u: Unwrapped): Sections {
  const map = (s: Section | null): Section | null => {
    if (s === null) return null;
    const start = u.toView[s.start]!;
    const end = u.toView[s.end]!;
    return {
      ...s,
      start,
      end,
      heading: { start: u.toView[s.heading.start]!, end: u.toView[s.heading.end]! },
      text: u.text.slice(start, end),
    };
  };
  return Object.fromEntries(Object.entries(sections).map(([k, s]) => [k, map(s)])) as unknown as Sections;
}

/** A span of the view as a span of the original text. */
export function spanInSource(span: Span, u: Unwrapped): Span {
  if (span.end <= span.start) {
    const at = u.toSource[span.start]!;
    return { start: at, end: at };
  }
  return { start: u.toSource[span.start]!, end: u.toSource[span.end - 1]! + 1 };
}
