/**
 * Figures stated in prose (mostly section 一, 总体情况) as structured facts: subject, value, unit,
 * sentence and span. Subjects come from the rules in the data module lexicon/facts.ts (FACTS.md).
 */
import { describe, InvalidInputError } from "../errors.js";
import type { Span } from "../types.js";
import { appendAll } from "../util/arrays.js";
import { type FactRule, narrativeLexicon } from "./lexicon.js";
import { cnNumber } from "./markers.js";
import { sentenceSpans } from "./split.js";
import type { NarrativeFact } from "./types.js";

let numberUnit: RegExp | null = null;

/** number (digits, or a Chinese numeral up to 九十九), optional 万/亿, optional 余/多, unit. */
function numberUnitPattern(): RegExp {
  if (numberUnit === null) {
    const units = narrativeLexicon().numberUnits.join("|");
    numberUnit = new RegExp(
      `([0-9][0-9,]*(?:\\.[0-9]+)?|[一二两三四五六七八九十]{1,3})[ \\t]*(万|亿)?[ \\t]*(余|多)?[ \\t]*(${units})`,
      "gu",
    );
  }
  return numberUnit;
}

/** A unit followed by these is a duration or a rank, not a count (20个工作日, 3个月, 5个百分点). */
const DURATION = /^(?:工作日|月|小时|季度|百分点|年度|星期|周)/u;
/** Words before a number that make it a frequency or a threshold (每周更新一次, 不少于2次). */
const NOT_A_COUNT = /每|至少|不少于|不低于|不超过|以上/u;
/** Units of list members that may differ from the parent's unit (公文73条、复文206件). */
const ITEM_UNITS: readonly string[] = ["条", "件", "篇", "项"];
const DELIM_BEFORE = /[，,；;：:\n（(。]/u;
const DELIM_AFTER = /[，,；;。：:\n）)、]/u;

interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly approximate: boolean;
  readonly span: Span;
  readonly before: string;
  readonly after: string;
}

/** Context before `at`: back to the last delimiter or `floor`. */
function contextBefore(text: string, floor: number, at: number): string {
  let s = at;
  while (s > floor && !DELIM_BEFORE.test(text[s - 1] ?? "")) s--;
  return text.slice(s, at).replace(/^[、\s]+/u, "");
}

function contextAfter(text: string, at: number, ceil: number): string {
  let e = at;
  while (e < ceil && !DELIM_AFTER.test(text[e] ?? "")) e++;
  return text.slice(at, e);
}

/** Units that a Chinese numeral may count (召开新闻发布会两场, 培训三期); not people nor money. */
const CN_UNITS: readonly string[] = ["次", "场", "期", "批", "篇", "条", "件", "个", "项", "轮", "场次", "期次"];
/** Characters before a Chinese numeral that make it an ordinal or part of a word (第一, 每一, 统一, 唯一). */
const CN_BEFORE = /[第每这那哪几某单同统唯之逐一二两三四五六七八九十]/u;
/** Characters after the unit that make a word of it (一次性, 一条龙, 一件事, 一个人). */
const CN_AFTER = /[性龙线事人样般些致直贯起时块道]/u;

/** The value of a printed count, or null when a Chinese numeral is an ordinal or part of a word. */
function parseCount(digits: string, unit: string, prev: string, next: string): number | null {
  if (/^[0-9]/u.test(digits)) return Number(digits.replace(/,/g, ""));
  if (!CN_UNITS.includes(unit) || CN_BEFORE.test(prev) || CN_AFTER.test(next)) return null;
  return cnNumber(digits.replace(/两/gu, "二"));
}

/** The figures (number + unit) of a sentence, with the clause text around each. */
function figures(text: string, sentence: Span): Figure[] {
  const re = numberUnitPattern();
  const out: Figure[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  let floor = sentence.start;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const prev = text[start - 1] ?? "";
    if (/[0-9A-Za-z.第]/u.test(prev) || DURATION.test(text.slice(end, end + 4))) continue;
    const [, digits = "", scale, approx, unit = ""] = m;
    const parsed = parseCount(digits, unit, prev, text[end] ?? "");
    const before = contextBefore(text, floor, start);
    if (parsed === null || NOT_A_COUNT.test(before.slice(-8))) continue;
    let value = parsed;
    let u = unit;
    if (scale !== undefined && unit === "元") u = `${scale}元`;
    else if (scale !== undefined) value *= scale === "万" ? 1e4 : 1e8;
    out.push({
      value,
      unit: u,
      approximate: approx !== undefined,
      span: { start, end },
      before,
      after: contextAfter(text, end, sentence.end),
    });
    floor = end;
  }
  return out;
}

/** Whether `rule` names the figure. */
function matches(rule: FactRule, f: Figure): boolean {
  if (!rule.units.includes(f.unit.replace(/^[万亿]/u, ""))) return false;
  const clause = `${f.before}${f.after}`;
  if (rule.not?.test(clause)) return false;
  return (rule.before?.test(f.before) ?? false) || (rule.after?.test(f.after) ?? false);
}

/** The subject of a figure outside a 其中 list: first matching rule; two channels in one clause make a total. */
function classify(f: Figure, skip: (r: FactRule) => boolean = () => false): string | null {
  const rules = narrativeLexicon().factRules.filter((r) => !skip(r) && matches(r, f));
  const first = rules[0];
  if (first === undefined) return null;
  const channels = new Set(rules.filter((r) => r.channel).map((r) => r.subject));
  if (first.channel && channels.size > 1 && !skip({ ...first, subject: "proactive.total" })) return "proactive.total";
  return first.subject;
}

/** The label of a list member: the clause before it without the list cue and verbs. */
function labelOf(before: string): string {
  const cue = narrativeLexicon().listCue;
  return before
    .replace(new RegExp(`^(?:.*?${cue.source})+`, "u"), "")
    .replace(/^[\s，,、：:（(]+/u, "")
    .replace(/^(?:发布|公开|公布|办理|受理)+/u, "")
    .replace(/^[\s，,、：:（(]+|[\s，,、：:（(]+$/gu, "")
    .trim();
}

/** The subject of a member of a 其中 list under `parent`, or null when the parent's group takes no categories. */
function memberSubject(parent: string, label: string): string | null {
  const lex = narrativeLexicon();
  const group = parent.split(".")[0] ?? parent;
  if (!lex.listGroups.includes(group)) return null;
  if (group === "requests") return lex.applicantCategories.get(label) ?? "requests.category";
  return `${group}.category`;
}

/**
 * Whether the text between a named figure and the next one opens a 其中 list that is still open:
 * a list cue, not closed by a parenthesis that was opened before it (…13件(含新制定5件),主动公开…).
 */
function opensList(between: string): boolean {
  const cue = narrativeLexicon().listCue.exec(between);
  if (cue === null) return false;
  const open = Math.max(between.lastIndexOf("(", cue.index), between.lastIndexOf("（", cue.index));
  if (open < 0) return true;
  const rest = between.slice(cue.index);
  return !/[)）]/u.test(rest);
}

/** The facts of one sentence. */
function sentenceFacts(text: string, sentence: Span): NarrativeFact[] {
  const sentenceText = text.slice(sentence.start, sentence.end).trim();
  const out: NarrativeFact[] = [];
  let parent: { subject: string; unit: string; end: number } | null = null;
  for (const f of figures(text, sentence)) {
    const listed = parent !== null && opensList(text.slice(parent.end, f.span.start));
    const fact = { value: f.value, unit: f.unit, text: sentenceText, span: f.span };
    const extra = f.approximate ? { approximate: true } : {};
    if (listed && parent !== null) {
      const p = parent.subject;
      const part = classify(f, (r) => r.subject === p || r.subject.endsWith(".total"));
      const label = labelOf(f.before);
      const sameKind = f.unit === parent.unit || (ITEM_UNITS.includes(f.unit) && ITEM_UNITS.includes(parent.unit));
      const member = label === "" || !sameKind ? null : memberSubject(p, label);
      if (part !== null) out.push({ subject: part, ...fact, ...extra });
      else if (member !== null) out.push({ subject: member, label, ...fact, ...extra });
      continue;
    }
    const subject = classify(f);
    if (subject === null) continue;
    out.push({ subject, ...fact, ...extra });
    parent = { subject, unit: f.unit, end: f.span.end };
  }
  return [...out, ...zeroFacts(text, sentence, sentenceText, out)];
}

/** Figures stated as a negation (未收到…申请 → requests.received = 0), unless the sentence gives the number. */
function zeroFacts(
  text: string,
  sentence: Span,
  sentenceText: string,
  found: readonly NarrativeFact[],
): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const rule of narrativeLexicon().zeroRules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m !== null; m = rule.pattern.exec(slice)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      for (const subject of rule.subjects) {
        if (found.some((f) => f.subject === subject) || out.some((f) => f.subject === subject)) continue;
        out.push({ subject, value: 0, unit: "", text: sentenceText, span, negated: true });
      }
    }
  }
  return out;
}

/**
 * Extract the figures that the prose in `span` states, each with a subject from the documented
 * vocabulary (FACTS.md: `proactive.total`, `proactive.website`, `requests.received`, …), its value,
 * the unit as printed, the sentence, and the span of number and unit. A figure whose subject the
 * rules cannot name is not emitted (years, staff counts, percentages, topic counts); members of a
 * 其中 list get `<group>.category` with their `label`. Negations (未收到…申请) give value 0, `negated`.
 * @param text the normalised text of the report
 * @param span the part to read, e.g. the body of section 一
 * @throws InvalidInputError when `span` does not lie within `text`
 * @example extractFacts("共主动公开政府信息165条。", {start: 0, end: 13})[0] // {subject: "proactive.total", value: 165, unit: "条", …}
 */
export function extractFacts(text: string, span: Span): NarrativeFact[] {
  if (typeof text !== "string")
    throw new InvalidInputError(`extractFacts: text must be a string; found ${describe(text)}`);
  if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    throw new InvalidInputError(
      `extractFacts: span must lie within the text (0..${text.length}); found ${span.start}..${span.end}`,
    );
  }
  const out: NarrativeFact[] = [];
  for (const s of sentenceSpans(text, span.start, span.end, true)) appendAll(out, sentenceFacts(text, s));
  return out;
}
