/**
 * Pass 08: page chrome and crawler headers out of the text, title and publication date
 * kept in the notes. Only whole lines go, and only lines that match the chrome lexicon:
 * a crawler header block at the top, banners (★…★…), metadata bars (发布时间/字号/保护视力色),
 * breadcrumbs, and furniture lines (扫一扫在手机打开当前页, 附件下载).
 */
import { BAR_LABELS, BREADCRUMB_LABELS, CHROME_LINES, CRAWLER_KEYS, DATE_KEYS, TITLE_KEYS } from "../chrome-lexicon.js";
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
  for (let i = headerEnd; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.end === line.start) continue;
    const reason = chromeReason(text.slice(line.start, line.end), ctx);
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
function chromeReason(s: string, ctx: PassContext): string | null {
  if (s.length > 160) return null;
  if (s.length <= MAX_CHROME_LINE) {
    const sq = squeeze(s);
    if (sq === "") return null;
    if (CHROME_SET.has(sq)) return "page furniture";
  }
  if (SENTENCE_END.test(s)) return null;
  if (/★.*★/.test(s)) return "site banner";
  if (BREADCRUMB.test(s)) return "breadcrumb";
  if (BAR.test(s) || DATE_TIME_BAR.test(s)) {
    const date = DATE.exec(s);
    if (date !== null && ctx.notes.publishedHint === null) ctx.notes.publishedHint = parseDate(date[0]);
    return "metadata bar";
  }
  return null;
}
