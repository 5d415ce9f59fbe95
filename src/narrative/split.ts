/**
 * Splitting a narrative passage into items: sub-headings, the problem/improvement pivot,
 * lead connectives, enumerated items, and trailers (signature, date, attachments).
 */
import type { SectionKey, Span } from "../types.js";
import { narrativeLexicon } from "./lexicon.js";
import { enumerationRuns, findMarkers, type Marker, pickEnumeration } from "./markers.js";
import type { NarrativeItem, NarrativeKind, NarrativeSkip } from "./types.js";

/** Items and skipped pieces of one passage. */
export interface SplitResult {
  readonly items: NarrativeItem[];
  readonly skipped: NarrativeSkip[];
}

/** A sub-heading such as （一）存在的主要问题。 or ##### (二) 改进情况. */
export interface SubHeading {
  readonly kind: NarrativeKind;
  readonly span: Span;
}

const TRIM_START = /^[\s，,。；;：:、.．*#>\-—]+/u;
const TRIM_END = /[\s*#]+$/u;

/** Shrink `[start, end)` of `text` past leading separators and trailing white space/Markdown. */
export function trimSpan(text: string, start: number, end: number): Span {
  const slice = text.slice(start, end);
  const lead = TRIM_START.exec(slice)?.[0].length ?? 0;
  const rest = slice.slice(lead);
  const tail = TRIM_END.exec(rest)?.[0].length ?? 0;
  return { start: start + lead, end: Math.max(start + lead, end - tail) };
}

/** Whether `[start, end)` of `text` holds nothing but white space, punctuation and Markdown. */
export function isBlank(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(start, end));
}

/** Sentences of `[start, end)`: cut after 。！？ (and ；; when `clauses`) and at line breaks. */
export function sentenceSpans(text: string, start: number, end: number, clauses = false): Span[] {
  const out: Span[] = [];
  const stop = clauses ? /[。！？!?；;\n]/u : /[。！？!?\n]/u;
  let s = start;
  for (let i = start; i < end; i++) {
    if (stop.test(text[i] ?? "")) {
      if (!isBlank(text, s, i + 1)) out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < end && !isBlank(text, s, end)) out.push({ start: s, end });
  return out;
}

const HEAD_PREFIX =
  /^(?:#+[ \t]*)?(?:\*\*)?[ \t]*(?:[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十][、.．]|[0-9]{1,2}[.．、])?[ \t]*(?:\*\*)?[ \t]*(?:[0-9]{4}[ \t]*年度?|工作中|当前|目前|本年度|本年|今年|明年|下一年度?)?[ \t]*$/u;

/** Where a sub-heading that ends with the headword at `at` starts, or null when it does not stand at a line or sentence start. */
function headingStart(text: string, from: number, at: number): number | null {
  const lineStart = Math.max(from, text.lastIndexOf("\n", at - 1) + 1);
  let s = lineStart;
  for (let i = at - 1; i >= lineStart; i--) {
    if (/[。；;！？]/u.test(text[i] ?? "")) {
      s = i + 1;
      break;
    }
  }
  return HEAD_PREFIX.test(text.slice(s, at)) ? s : null;
}

/** The end of a sub-heading whose headword ends at `at`: a short tail, then 。：: or a line break. */
function headingEnd(text: string, at: number, to: number): number | null {
  const m = /^[\p{Script=Han}]{0,8}?[ \t]*(?:\*\*)?[ \t]*(?:[。：:.．]|\n|$)(?:[ \t]*\*\*)?/u.exec(
    text.slice(at, Math.min(to, at + 16)),
  );
  if (m === null) return null;
  const end = at + m[0].length;
  return end <= to ? end : null;
}

/**
 * Sub-headings of problems and improvements in `[from, to)`, in order. A headword from the lexicon
 * (存在的主要问题, 改进情况, 下一步工作…) counts as a heading only when it stands at a line or sentence
 * start, after an optional marker, and is followed by 。/：/a line break within a few characters.
 */
export function findSubHeadings(text: string, from: number, to: number): SubHeading[] {
  const lex = narrativeLexicon();
  const out: SubHeading[] = [];
  // longest headword first, whatever its kind: 上年度存在问题的改进情况 is an improvement heading
  const words: [NarrativeKind, string][] = [
    ...lex.problemHeadings.map((w): [NarrativeKind, string] => ["problem", w]),
    ...lex.improvementHeadings.map((w): [NarrativeKind, string] => ["improvement", w]),
  ].sort((a, b) => b[1].length - a[1].length || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  for (const [kind, word] of words) {
    for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + 1)) {
      const s = headingStart(text, from, at);
      const e = s === null ? null : headingEnd(text, at + word.length, to);
      if (s === null || e === null) continue;
      if (out.some((h) => h.span.start < e && s < h.span.end)) continue;
      out.push({ kind, span: { start: s, end: e } });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Whether the sentence `[start, end)` opens the improvements (今后…, 下一步…, 2024年，我局将…, 采取以下措施…). */
export function isImprovementOpener(text: string, start: number, end: number): boolean {
  const lex = narrativeLexicon();
  const s = trimSpan(text, start, end);
  const sentence = text.slice(s.start, s.end);
  return lex.improvementStart.test(sentence) || lex.improvementAnywhere.test(sentence);
}

/**
 * Where the improvements begin in `[from, to)` when no sub-heading says so: the first sentence that
 * opens improvements, or else the sentence where an enumeration restarts at 1, or else the first
 * sentence of actions after shortcomings (`contentPivot`); null when none.
 */
export function findPivot(text: string, from: number, to: number): number | null {
  for (const s of sentenceSpans(text, from, to)) if (isImprovementOpener(text, s.start, s.end)) return s.start;
  return restartPivot(text, from, to) ?? contentPivot(text, from, to);
}

/**
 * Where the content turns from shortcomings to actions, for unmarked prose: the first sentence that
 * opens with an action verb (加强, 完善, 进一步提高…) and states no shortcoming, after a sentence that does.
 */
export function contentPivot(text: string, from: number, to: number): number | null {
  const lex = narrativeLexicon();
  let seenProblem = false;
  for (const s of sentenceSpans(text, from, to)) {
    const t = trimSpan(text, s.start, s.end);
    const sentence = text.slice(t.start, t.end);
    const deficient = lex.deficiencyWords.test(sentence);
    if (seenProblem && !deficient && lex.improvementVerbs.test(sentence)) return t.start;
    seenProblem ||= deficient;
  }
  return null;
}

/** Where an enumeration restarts at 1 (problems 一是…三是, then improvements 一是…), or null. */
function restartPivot(text: string, from: number, to: number): number | null {
  const runs = enumerationRuns(findMarkers(text.slice(from, to)));
  const first = runs[0];
  const second = runs.find((r, i) => i > 0 && r[0]?.family === first?.[0]?.family);
  const restart = second?.[0];
  const prevEnd = first?.[first.length - 1]?.end;
  if (restart === undefined || prevEnd === undefined) return null;
  const sentence = sentenceSpans(text, from + prevEnd, from + restart.end).pop();
  return sentence === undefined ? from + restart.start : Math.min(sentence.start, from + restart.start);
}

/** Words that mark a lead-in sentence besides the problem and improvement cues. */
const LEAD_CUE = /取得|成绩|成效|进展|以下|如下|改进|措施/u;

/**
 * Whether the sentence is a connective (a lead-in such as 但仍存在一些不足，主要表现在：) rather than an
 * item: it carries a lead-in cue (存在…不足, 取得…成效, 以下, 措施, 改进, or opens improvements and ends
 * with a colon), and once the lexicon's connective phrases are removed little is left (or it ends with
 * a colon / 如下 / 以下…, announcing a list).
 */
export function isConnective(text: string, span: Span): boolean {
  const lex = narrativeLexicon();
  const sentence = text.slice(span.start, span.end).trim();
  const announces = /(?:[：:]|如下|以下[^。]{0,12})$/u.test(sentence.replace(/[\s*]+$/u, ""));
  const opener = announces && isImprovementOpener(text, span.start, span.end);
  if (!(lex.problemIntro.test(sentence) || LEAD_CUE.test(sentence) || opener)) return false;
  let left = sentence.replace(/[^\p{Script=Han}]/gu, "");
  for (const p of lex.connectivePhrases) left = left.split(p).join("");
  return left.length <= lex.connectiveMaxLeft || announces;
}

/** The closing part of a section body: signature, date line, 附件, 扫一扫…; returns where the body really ends. */
export function findTrailer(text: string, from: number, to: number): number {
  const lex = narrativeLexicon();
  const slice = text.slice(from, to);
  const m = lex.trailerStart.exec(slice);
  let end = m === null ? to : from + m.index;
  for (;;) {
    const cut = trailingSignature(text, from, end);
    if (cut === end) return end;
    end = cut;
  }
}

/** Strip one signature or date fragment standing after the last sentence end of `[from, to)`. */
function trailingSignature(text: string, from: number, to: number): number {
  const lex = narrativeLexicon();
  const body = text.slice(from, to).replace(/\s+$/u, "");
  const lastStop = Math.max(
    body.lastIndexOf("。"),
    body.lastIndexOf("\n"),
    body.lastIndexOf("；"),
    body.lastIndexOf(" "),
  );
  const tail = body.slice(lastStop + 1).trim();
  if (tail === "" || tail.length > 30 || lastStop < 0) return to;
  const isDate = new RegExp(`^${lex.dateLine.source}$`, "u").test(tail);
  const isSignature = !/[，,。；：:]/u.test(tail) && lex.signatureSuffix.test(tail);
  return isDate || isSignature ? from + lastStop + 1 : to;
}

/** An item from `[start, end)`, trimmed, with its marker. */
function makeItem(
  text: string,
  start: number,
  end: number,
  kind: NarrativeKind,
  section: SectionKey,
  marker: Marker | null,
  base: number,
): NarrativeItem | null {
  const from = marker === null ? start : base + marker.end;
  const span = trimSpan(text, from, end);
  if (span.end <= span.start) return null;
  return {
    kind,
    text: text.slice(span.start, span.end),
    span,
    section,
    marker: marker?.text ?? null,
    markerSpan: marker === null ? null : { start: base + marker.start, end: base + marker.end },
  };
}

/** Cut a sentence after a colon when what precedes it is a lead-in (存在以下不足：…). */
function colonSplit(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const m = /[：:]/u.exec(text.slice(s.start, s.end));
    const cut = m === null ? -1 : s.start + m.index + 1;
    if (cut > 0 && cut < s.end && !isBlank(text, cut, s.end) && isConnective(text, { start: s.start, end: cut })) {
      out.push({ start: s.start, end: cut }, { start: cut, end: s.end });
    } else out.push(s);
  }
  return out;
}

/** A sentence that states there is nothing to report. */
const NONE = /^(?:无|暂无|没有|无其他需要报告的事项|本年度无)[。.;；]?$/u;

/** Add an item, or, when the marker stands before no text, keep the marker as an `empty` skipped piece. */
function keep(
  out: SplitResult,
  item: NarrativeItem | null,
  m: Marker,
  base: number,
  text: string,
  section: SectionKey,
) {
  if (item !== null) out.items.push(item);
  else {
    const span = { start: base + m.start, end: base + m.end };
    out.skipped.push({ reason: "empty", text: text.slice(span.start, span.end), span, section });
  }
}

/** Items of an unenumerated stretch: connective sentences are skipped, the others become unmarked items. */
function splitUnmarked(
  text: string,
  start: number,
  end: number,
  kind: NarrativeKind,
  section: SectionKey,
  clauses: boolean,
): SplitResult {
  const items: NarrativeItem[] = [];
  const skipped: NarrativeSkip[] = [];
  let leading = true;
  for (const s of colonSplit(text, sentenceSpans(text, start, end, clauses))) {
    const t = trimSpan(text, s.start, s.end);
    if (NONE.test(text.slice(t.start, t.end))) {
      skipped.push({ reason: "none", text: text.slice(t.start, t.end), span: t, section });
      continue;
    }
    if (leading && isConnective(text, t)) {
      skipped.push({ reason: "connective", text: text.slice(t.start, t.end), span: t, section });
      continue;
    }
    leading = false;
    const item = makeItem(text, s.start, s.end, kind, section, null, 0);
    if (item !== null) items.push(item);
  }
  return { items, skipped };
}

/**
 * Split one passage of problems or improvements into items. The top-level enumeration gives the items;
 * the text before it is a connective (skipped, with reason) or unmarked items; a passage without
 * enumeration is split into sentences (and at ； when it has several clauses).
 */
export function splitPart(
  text: string,
  start: number,
  end: number,
  kind: NarrativeKind,
  section: SectionKey,
): SplitResult {
  const run = pickEnumeration(findMarkers(text.slice(start, end)));
  const first = run[0];
  if (first === undefined) {
    const clauses = /[；;]/u.test(text.slice(start, end));
    return splitUnmarked(text, start, end, kind, section, clauses);
  }
  const lead = splitUnmarked(text, start, start + first.start, kind, section, false);
  const out: SplitResult = { items: [...lead.items], skipped: [...lead.skipped] };
  run.forEach((m, i) => {
    const next = run[i + 1];
    const itemEnd = next === undefined ? end : start + next.start;
    keep(out, makeItem(text, start + m.start, itemEnd, kind, section, m, start), m, start, text, section);
  });
  return out;
}

/**
 * Whether the enumeration of `[start, end)` runs across `pivot` without restarting after it (一是 problem.
 * 下一步将… 二是 problem. 下一步将…): each item then holds a problem and the improvement that answers it.
 */
export function isInterleaved(text: string, start: number, end: number, pivot: number): boolean {
  const markers = findMarkers(text.slice(start, end));
  const run = pickEnumeration(markers);
  const family = run[0]?.family;
  const before = run.some((m) => start + m.start < pivot);
  const after = run.some((m) => start + m.start > pivot && m.ordinal > 1);
  const restarts = markers.some((m) => m.family === family && m.ordinal === 1 && start + m.start >= pivot);
  return before && after && !restarts;
}

/**
 * Split a passage whose enumerated items each hold a problem and then its improvement: every item is
 * cut at its first sentence that opens improvements; the problem keeps the marker.
 */
export function splitPaired(text: string, start: number, end: number, section: SectionKey): SplitResult {
  const run = pickEnumeration(findMarkers(text.slice(start, end)));
  const first = run[0];
  if (first === undefined) return splitPart(text, start, end, "problem", section);
  const lead = splitUnmarked(text, start, start + first.start, "problem", section, false);
  const out: SplitResult = { items: [...lead.items], skipped: [...lead.skipped] };
  run.forEach((m, i) => {
    const itemEnd = run[i + 1] === undefined ? end : start + (run[i + 1]?.start ?? 0);
    const opener = sentenceSpans(text, start + m.end, itemEnd).find(
      (s, k) => k > 0 && isImprovementOpener(text, s.start, s.end),
    );
    const cut = opener?.start ?? itemEnd;
    keep(out, makeItem(text, start + m.start, cut, "problem", section, m, start), m, start, text, section);
    const improvement = cut < itemEnd ? makeItem(text, cut, itemEnd, "improvement", section, null, start) : null;
    if (improvement !== null) out.items.push(improvement);
  });
  return out;
}
