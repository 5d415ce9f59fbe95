/**
 * Pass 08: page chrome and crawler headers out of the text, title and publication date
 * kept in the notes. Only whole lines go, and only lines that match the chrome lexicon:
 * a crawler header block at the top, banners (★…★…), metadata bars (发布时间/字号/保护视力色),
 * breadcrumbs, CMS metadata tables, navigation menus before the report, and furniture lines
 * (扫一扫在手机打开当前页, 附件下载).
 */
import {
  BAR_LABELS,
  BREADCRUMB_LABELS,
  CHROME_LINES,
  CRAWLER_KEYS,
  DATE_KEYS,
  HOME_LABELS,
  METADATA_LABELS,
  TITLE_KEYS,
} from "../chrome-lexicon.js";
import { applyEdits, type Edit, type MappedText } from "../mapped-text.js";
import { type Line, linesOf, type PassContext, parseDate } from "./context.js";

const KEY_LINE = new RegExp(`^[ \\t•·]*(${CRAWLER_KEYS.join("|")})[ \\t]*[:：][ \\t]*(.*)$`);
const SEPARATOR = /^[ \t]*[=\-*#]{5,}.*[=\-*#]{5,}[ \t]*$|^[ \t]*[=-]{5,}[ \t]*$/;
const CHROME_SET = new Set(CHROME_LINES.map(squeeze));
/** Lines longer than this cannot be a furniture line, however padded. */
const MAX_CHROME_LINE = 80;
const BAR = new RegExp(`(${BAR_LABELS.join("|")})[ \\t]*[:：]|保护视力色|打印本页|关闭窗口`);
const BREADCRUMB = new RegExp(`^[ \\t]*(${BREADCRUMB_LABELS.join("|")})[ \\t]*[:：]`);
const SENTENCE_END = /[。;；!！]/;
const DATE = /(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
const HOME_TRAIL = new RegExp(`^[ \\t]*(?:${HOME_LABELS.join("|")})[ \\t]*[>»›]`);
const TRAIL_SEPARATORS = /[>»›]/g;
const METADATA = new RegExp(METADATA_LABELS.map((l: string) => [...l].join("[ \\t]*")).join("|"), "g");
const METADATA_TITLE = /标[ \t]*题[ \t]*[|:：][ \t]*([^|\n]+?)[ \t]*(?:\||$)/;
const DATE_WIDGET = /^[ \t]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]*(?:星期|周)[一二三四五六日天][ \t]*$/;
const BULLETS_ONLY = /^[ \t]*[•·▪●◆■►▶]+[ \t]*$/;
const ANCHOR = /报告|年报|^[ \t]*[一二三四五六七八九十]+、/;
const DATE_TIME_BAR = /^[ \t•·]*(?:19|20)\d\d-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+.*)?$/;

function squeeze(s: string): string {
  return s.replace(/[\s【】[\]:：|]/g, "");
}

/** Remove chrome lines, noting title and publication date. */
export function removeChrome(mt: MappedText, ctx: PassContext): MappedText {
  const text = mt.text;
  const lines = linesOf(text);
  const edits: Edit[] = [];
  const headerEnd = crawlerHeader(text, lines, ctx, edits);
  const nav = navigationPrefix(text, lines, headerEnd, ctx);
  const body = firstHeading(text, lines, headerEnd);
  for (let i = headerEnd; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.end === line.start) continue;
    const navReason = nav.get(i);
    if (navReason !== undefined) {
      edits.push({ start: line.start, end: line.next, insert: "", reason: navReason });
      continue;
    }
    const reason = chromeReason(text.slice(line.start, line.end), ctx, i < body);
    if (reason !== null) edits.push({ start: line.start, end: line.next, insert: "", reason });
  }
  return applyEdits(mt, edits, ctx.decoded);
}

/** Detect a crawler header block at the top; push its removal; return the first line after it. */
function crawlerHeader(text: string, lines: readonly Line[], ctx: PassContext, edits: Edit[]): number {
  let keys = 0;
  let last = -1;
  const found: Array<[string, string]> = [];
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i];
    if (line === undefined) break;
    const s = text.slice(line.start, line.end);
    if (s.trim() === "" || SEPARATOR.test(s) || CHROME_SET.has(squeeze(s))) {
      if (keys > 0) last = i;
      continue;
    }
    const m = KEY_LINE.exec(s);
    if (m === null || s.length > 300) break;
    keys++;
    last = i;
    found.push([m[1] ?? "", (m[2] ?? "").trim()]);
  }
  if (keys < 2) return 0;
  for (const [key, value] of found) {
    if (TITLE_KEYS.includes(key) && value !== "" && ctx.notes.title === null) ctx.notes.title = value;
    if (DATE_KEYS.includes(key) && ctx.notes.publishedHint === null) ctx.notes.publishedHint = parseDate(value);
  }
  const end = lines[last]?.next ?? 0;
  edits.push({ start: 0, end, insert: "", reason: "crawler header" });
  return last + 1;
}

/** Why a line is chrome, or null when it is (or may be) content. */
function chromeReason(s: string, ctx: PassContext, top: boolean): string | null {
  if (s.length > 160) return null;
  if (s.length <= MAX_CHROME_LINE) {
    const sq = squeeze(s);
    if (sq === "") return null;
    if (CHROME_SET.has(sq)) return "page furniture";
  }
  if (SENTENCE_END.test(s)) return null;
  if (/★.*★/.test(s)) return "site banner";
  if (BREADCRUMB.test(s) || isTrail(s)) return "breadcrumb";
  if (BULLETS_ONLY.test(s)) return "list bullet without text";
  if (DATE_WIDGET.test(s)) return "date widget";
  if ((BAR.test(s) && (top || isStrongBar(s))) || DATE_TIME_BAR.test(s)) {
    const date = DATE.exec(s);
    if (date !== null && ctx.notes.publishedHint === null) ctx.notes.publishedHint = parseDate(date[0]);
    return "metadata bar";
  }
  // CMS metadata tables sit above the report; below its first heading a row of labels
  // (文件名称 | 文号 | 发布日期) is a table of the report itself.
  if (top && isMetadataRow(s, ctx)) return "metadata table";
  return null;
}

const BAR_GLOBAL = new RegExp(BAR.source, "g");

/** Below the report's first heading a bar must carry a date or two bar labels (footer bars). */
function isStrongBar(s: string): boolean {
  return DATE.test(s) || new Set(s.match(BAR_GLOBAL) ?? []).size >= 2;
}

const SECTION_HEADING = /^[ \t]*[一二三四五六七八九十]+、/;

/** Index of the first line that is a section heading (一、…), or the line count. */
function firstHeading(text: string, lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (l !== undefined && SECTION_HEADING.test(text.slice(l.start, l.end))) return i;
  }
  return lines.length;
}

/** 首页 > 政务公开 > … : a trail of at least two separators starting at the home page. */
function isTrail(s: string): boolean {
  return HOME_TRAIL.test(s) && (s.match(TRAIL_SEPARATORS)?.length ?? 0) >= 2;
}

/** A row of the CMS metadata table: two or more distinct labels; notes title and date. */
function isMetadataRow(s: string, ctx: PassContext): boolean {
  const labels = new Set((s.match(METADATA) ?? []).map((l) => l.replace(/[ \t]/g, "")));
  const titleCell = labels.size === 1 && /^[ \t]*标[ \t]*题[ \t]*[|:：]/.test(s);
  if (labels.size < 2 && !titleCell) return false;
  const title = METADATA_TITLE.exec(s);
  if (title?.[1] !== undefined && ctx.notes.title === null) ctx.notes.title = title[1].trim();
  if (ctx.notes.publishedHint === null && /发布日期|发布时间|生成日期/.test(s)) {
    const date = DATE.exec(s);
    if (date !== null) ctx.notes.publishedHint = parseDate(date[0]);
  }
  return true;
}

/**
 * Navigation before the report starts (before the first line naming a report or a
 * section heading): bullet menu items, runs of three or more very short lines (menus,
 * toolbars), and `a | b | c` link bars.
 */
function navigationPrefix(text: string, lines: readonly Line[], from: number, ctx: PassContext): Map<number, string> {
  const found = new Map<number, string>();
  let anchor = from;
  while (anchor < lines.length && anchor < from + 80) {
    const l = lines[anchor];
    if (l === undefined || ANCHOR.test(text.slice(l.start, l.end)) || l.end - l.start > 60) break;
    anchor++;
  }
  if (anchor >= lines.length || anchor >= from + 80) return found;
  const isShort = (i: number): boolean => {
    const l = lines[i];
    if (l === undefined) return false;
    const t = text.slice(l.start, l.end).trim();
    return t !== "" && t.length <= 6 && !/\d/.test(t);
  };
  for (let i = from; i < anchor; i++) {
    const l = lines[i];
    if (l === undefined) continue;
    const t = text.slice(l.start, l.end).trim();
    const run =
      isShort(i) &&
      ((isShort(i - 1) && isShort(i + 1)) || (isShort(i + 1) && isShort(i + 2)) || (isShort(i - 1) && isShort(i - 2)));
    const bullet = /^[•·▪●◆■►▶]/.test(t) && t.length <= 14;
    const bar =
      (t.match(/\|/g)?.length ?? 0) >= 2 && t.length <= 80 && !/[。;,，]/.test(t) && /[\p{Script=Han}A-Za-z]/u.test(t);
    const number = /^\d{1,2}[.、]$/.test(t);
    if (isMetadataRow(t, ctx)) found.set(i, "metadata table");
    else if (run || bullet || bar || number) found.set(i, "navigation menu");
  }
  return found;
}
