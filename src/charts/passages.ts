/** Two texts side by side with shared passages highlighted (HTML, for notebooks and reports). */
import { describe, InvalidInputError } from "../errors.js";
import { OKABE_ITO } from "./palette.js";

/** A passage to highlight: a half-open span of `text`, and a label shared with its counterpart. */
export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
  /** Same label on both sides marks the same shared passage (e.g. "1"). */
  readonly label?: string;
}

/** One side of the comparison. */
export interface HighlightedText {
  readonly title: string;
  readonly text: string;
  readonly spans: readonly HighlightSpan[];
}

/** Options of `sideBySideHtml`. */
export interface SideBySideOptions {
  /** Show at most this many characters of each text (default 4000); the cut is stated. */
  readonly maxChars?: number;
}

const HIGHLIGHT = `${OKABE_ITO[4]}55`;

/**
 * Render two texts in two columns, with their shared passages highlighted and labelled,
 * as a self-contained HTML fragment (no script). Overlapping spans are merged.
 * @throws InvalidInputError when a span lies outside its text or ends before it starts
 * @example sideBySideHtml({title: "A", text: "abc", spans: [{start: 0, end: 2}]}, {title: "B", text: "xab", spans: [{start: 1, end: 3}]})
 */
export function sideBySideHtml(left: HighlightedText, right: HighlightedText, opts: SideBySideOptions = {}): string {
  const { maxChars = 4000 } = opts;
  const cols = [left, right].map((side) => `<div style="flex:1;min-width:0">${column(side, maxChars)}</div>`);
  return `<div class="xxgk-side-by-side" style="display:flex;gap:16px;font-family:'Noto Sans CJK SC',sans-serif;font-size:13px;line-height:1.6">${cols.join("")}</div>`;
}

function column(side: HighlightedText, maxChars: number): string {
  checkSpans(side);
  const shown = side.text.slice(0, maxChars);
  const spans = mergeSpans(side.spans).filter((s) => s.start < shown.length);
  let html = "";
  let at = 0;
  for (const s of spans) {
    const end = Math.min(s.end, shown.length);
    html += escapeHtml(shown.slice(at, s.start));
    const tag = s.label !== undefined ? `<sup>${escapeHtml(s.label)}</sup>` : "";
    html += `<mark style="background:${HIGHLIGHT}">${tag}${escapeHtml(shown.slice(s.start, end))}</mark>`;
    at = end;
  }
  html += escapeHtml(shown.slice(at));
  const cut =
    side.text.length > shown.length
      ? `<p style="color:#777">… ${side.text.length - shown.length} 字未显示 · characters not shown</p>`
      : "";
  const covered = spans.reduce((n, s) => n + Math.min(s.end, shown.length) - s.start, 0);
  const share = shown.length > 0 ? ((100 * covered) / shown.length).toFixed(1) : "0.0";
  return `<h4 style="margin:0 0 4px">${escapeHtml(side.title)}</h4><p style="color:#555;margin:0 0 6px">共享 shared: ${share}%</p><div style="white-space:pre-wrap;border:1px solid #ddd;padding:8px">${html}</div>${cut}`;
}

function checkSpans(side: HighlightedText): void {
  if (typeof side?.text !== "string" || !Array.isArray(side.spans)) {
    throw new InvalidInputError(`charts: sideBySideHtml side; expected {title, text, spans}, found ${describe(side)}`);
  }
  side.spans.forEach((s, i) => {
    if (!(s.start >= 0 && s.end >= s.start && s.end <= side.text.length)) {
      throw new InvalidInputError(
        `charts: sideBySideHtml span ${i} of ${describe(side.title)}; expected 0 <= start <= end <= ${side.text.length}, found [${s.start}, ${s.end})`,
      );
    }
  });
}

/** Sort spans and merge overlapping ones (the first label wins). */
export function mergeSpans(spans: readonly HighlightSpan[]): HighlightSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: HighlightSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start < last.end) out[out.length - 1] = { ...last, end: Math.max(last.end, s.end) };
    else if (s.end > s.start) out.push(s);
  }
  return out;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An aligned passage between two texts (the shape `alignPassages` returns). */
export interface AlignedSpan {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/**
 * Highlight spans for both sides of aligned passages, labelled 1, 2, … in the order given,
 * so that the same label marks the same passage on both sides.
 * @example passageHighlights(alignPassages(a, b)) // {a: [{start, end, label: "1"}…], b: […]}
 */
export function passageHighlights(passages: readonly AlignedSpan[]): { a: HighlightSpan[]; b: HighlightSpan[] } {
  return {
    a: passages.map((p, i) => ({ start: p.aStart, end: p.aEnd, label: String(i + 1) })),
    b: passages.map((p, i) => ({ start: p.bStart, end: p.bEnd, label: String(i + 1) })),
  };
}
