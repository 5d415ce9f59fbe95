/**
 * Pass 09: a word broken across paragraphs (`…参与权、监\n\n督权。`) joined again. Only
 * when the paragraph before is long prose ending in a Han character with no sentence end,
 * and the next paragraph starts with a Han character and is not a heading, list item or
 * table row: short lines (one table cell per line) are never joined.
 */
import { applyEdits, type Edit, type MappedText } from "../mapped-text.js";
import { linesOf, type PassContext } from "./context.js";

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const PROSE = /[，,、。；;：:]/;
const HEADING_START =
  /^(?:[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百\d]+|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
const MIN_PROSE = 40;
/** The broken clause (after the last punctuation) is short: a title or header line is not. */
const MAX_CLAUSE = 30;

const CLAUSE_BREAKS = new Set([..."，,、。；;：:"]);

/** Index of the last clause-breaking punctuation in `s`, or -1. */
function lastClauseBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_BREAKS.has(s.charAt(i))) return i;
  return -1;
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Join paragraphs split inside a word. */
export function joinBrokenWords(mt: MappedText, ctx: PassContext): MappedText {
  const text = mt.text;
  const lines = linesOf(text);
  const edits: Edit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    if (a === undefined) continue;
    if (a.end - a.start < MIN_PROSE || !isHanCode(text.charCodeAt(a.end - 1))) continue;
    const prev = text.slice(a.start, a.end);
    if (prev.length < MIN_PROSE || !HAN_END.test(prev) || !PROSE.test(prev) || /[\t|]/.test(prev)) continue;
    const tail = prev.slice(Math.max(prev.lastIndexOf("。"), prev.lastIndexOf(";")) + 1);
    const clause = prev.slice(lastClauseBreak(prev) + 1);
    if (HEADING_START.test(tail) || clause.length > MAX_CLAUSE || / {2}/.test(clause)) continue;
    let j = i + 1;
    while (j < lines.length && j <= i + 3 && lines[j]?.start === lines[j]?.end) j++;
    const b = lines[j];
    if (b === undefined || j > i + 3) continue;
    const next = text.slice(b.start, b.end);
    if (!HAN_START.test(next) || HEADING_START.test(next) || next.includes("\t") || next.includes("|")) continue;
    if (!/[。;!?]$/.test(next) && next.length < MIN_PROSE) continue;
    edits.push({ start: a.end, end: b.start, insert: "", reason: "word broken across lines" });
  }
  return applyEdits(mt, edits, ctx.decoded);
}
