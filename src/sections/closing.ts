/** The closing part of a section: signature, date and page footer lines (and a signature at the end of a long line). */

import { findPlaces } from "./gazetteer.js";
import { AGENCY_SUFFIXES, FOOTER_CHROME, FOOTER_LINES, FOOTER_STRONG } from "./lexicon.js";

const DATE_LINE =
  /^(?:\d{4}|[〇零○Ｏ一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;
const SENTENCE_PUNCT = /[。，,;；!！?？]/;

// A signature names an office or a government, or a place of the gazetteer.
const SIGNATURE_TAIL = /(?:人民政府|政府|办公室|办公厅|委员会|管委会|办事处|街道|局|厅)$/;

function isSignature(line: string): boolean {
  if (line.length === 0 || line.length > 40 || SENTENCE_PUNCT.test(line)) return false;
  const dateless = line.replace(/(?:\d{4}|[〇零○一二三四五六七八九]{4})年.{1,3}月.{1,3}日$/, "");
  if (dateless.length === 0) return true;
  if (!AGENCY_SUFFIXES.some((s) => dateless.endsWith(s))) return false;
  return SIGNATURE_TAIL.test(dateless) || findPlaces(dateless).length > 0;
}

// A link to a report (this one or another year's) in the page footer: 某某县2021年政府信息公开工作年度报告.
const REPORT_LINK =
  /^[^。,，;；]{0,40}(?:19|20)\d{2}年?度?[^。,，;；]{0,20}(?:信息公开|政务公开)[^。,，;；]{0,10}(?:报告|年报)(?:\.(?:pdf|docx?|wps))?$/;

function isClosingLine(line: string): boolean {
  if (line.length === 0) return true;
  if (FOOTER_LINES.includes(line) || REPORT_LINK.test(line)) return true;
  if (line.length <= 40 && FOOTER_CHROME.some((c) => line.includes(c))) return true;
  if (line.length <= 160 && !line.includes("。") && FOOTER_STRONG.some((c) => line.includes(c))) return true;
  return DATE_LINE.test(line) || isSignature(line);
}

/**
 * Where the closing part (signature, date, page footer) of a section that runs
 * to `to` starts, in view offsets; `to` when there is none. Never before `from`.
 */
export function closingStart(view: string, from: number, to: number): number {
  let end = to;
  for (;;) {
    let e = end;
    while (e > from && /\s/.test(view[e - 1] as string)) e--;
    const ls = Math.max(from, view.lastIndexOf("\n", e - 1) + 1);
    if (e <= from) return from;
    const line = view.slice(ls, e).replace(/\t/g, "");
    if (ls > from && isClosingLine(line)) {
      end = ls;
      continue;
    }
    return inlineClosing(view, Math.max(ls, from), e);
  }
}

/** In a long line, the start of a trailing signature, date or chrome after the last sentence. */
function inlineClosing(view: string, ls: number, e: number): number {
  const line = view.slice(ls, e);
  let cut = line.length;
  for (const c of FOOTER_CHROME) {
    const at = line.lastIndexOf(c);
    if (at >= 0 && line.length - at <= 40 && at < cut && !SENTENCE_PUNCT.test(line.slice(at))) cut = at;
  }
  const lastStop = Math.max(line.lastIndexOf("。", cut - 1), line.lastIndexOf("!", cut - 1));
  if (lastStop >= 0) {
    const tail = line.slice(lastStop + 1, cut).replace(/\t/g, "");
    if (tail.length > 0 && isSignature(tail)) cut = lastStop + 1;
  }
  return ls + cut;
}
