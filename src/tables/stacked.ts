/**
 * Column headers stacked one character per line, as PDF text gives them: a narrow cell prints
 * 行 / 政 / 复 / 议 on four lines, and its neighbours' characters share those lines
 * (行\t行 / 政\t政 / 复\t诉 / 议\t讼; 结结其尚总 / 果果他未计 / 维纠结审 / 持正果结). A word is
 * found when its characters stand, in order, on consecutive short header lines (a few lines
 * apart at most: a neighbour's longer label may add lines between them). Lines of digits end
 * the header; a page number between two header lines does not.
 */
import { lineSpans, PAGE_NUMBER_LINE } from "../util/lines.js";

/** Header line: Han characters only (tabs and spaces between), at most this many. */
const SHORT = 16;
/** At most this many lines between two characters of one word. */
const GAP = 4;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  return lineSpans(text, from, to).map((l) => ({ ...l, text: text.slice(l.start, l.end) }));
}

function isHeaderLine(s: string): boolean {
  const t = s.replace(/[\s]/gu, "");
  return t.length > 0 && t.length <= SHORT && /^\p{Script=Han}+$/u.test(t);
}

/**
 * Where `word` stands stacked (one character per line) in `text[from, to)`, or null.
 * @returns the span from the line of its first character to the end of the line of its last
 */
export function stackedWord(
  text: string,
  word: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  const chars = [...word];
  const lines = linesOf(text, from, to).filter((l) => !PAGE_NUMBER_LINE.test(l.text) || l.text.trim() === "");
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderLine(lines[i]!.text) || !lines[i]!.text.includes(chars[0]!)) continue;
    let at = i;
    let k = 1;
    for (; k < chars.length; k++) {
      let next = -1;
      for (let j = at + 1; j <= at + GAP && j < lines.length; j++) {
        if (!isHeaderLine(lines[j]!.text)) break;
        if (lines[j]!.text.includes(chars[k]!)) {
          next = j;
          break;
        }
      }
      if (next < 0) break;
      at = next;
    }
    if (k === chars.length) return { start: lines[i]!.start, end: lines[at]!.end };
  }
  return null;
}
