/** What a link is: an annual report by its title, an attachment by its file type, a document page by its path. */
import {
  ANNUAL_REPORT_WORD,
  ATTACHMENT_EXTENSIONS,
  NOT_REPORT_WORDS,
  PAGE_EXTENSIONS,
  REPORT_TITLE_PATTERNS,
  TITLE_YEAR,
} from "./lexicon.js";

const SPACE = /[\s\u3000\u00a0]+/g;

/**
 * True when `title` says it is a government information-disclosure annual report:
 * 政府信息公开工作年度报告, 政务公开年报, or 年度报告 / 年报 with a year, and none of the words of
 * other annual reports (enterprise filings, budgets).
 */
export function isReportTitle(title: string): boolean {
  const t = title.replace(SPACE, "");
  if (t === "" || NOT_REPORT_WORDS.test(t)) return false;
  if (REPORT_TITLE_PATTERNS.some((re) => re.test(t))) return true;
  return ANNUAL_REPORT_WORD.test(t) && TITLE_YEAR.test(t);
}

/** A link title cut short by the list (… or ...): the page must be read to know what it is. */
export function isTruncatedTitle(title: string): boolean {
  return /(?:…|\.\.\.|。。。)\s*$/.test(title.trim());
}

/** The lowercased extension of a URL's path (or of a `filename=` in its query), or "". */
export function urlExtension(url: URL): string {
  const fromPath = /\.([a-z0-9]{1,5})$/i.exec(decodeSafe(url.pathname))?.[1];
  if (fromPath !== undefined) return fromPath.toLowerCase();
  for (const [, v] of url.searchParams) {
    const m = /\.([a-z0-9]{1,5})$/i.exec(v);
    if (m !== null && ATTACHMENT_EXTENSIONS.includes(m[1]!.toLowerCase())) return m[1]!.toLowerCase();
  }
  return "";
}

/** True for a link to an attachment (pdf, doc, docx, wps, xls, xlsx, zip). */
export function isAttachmentUrl(url: URL): boolean {
  return ATTACHMENT_EXTENSIONS.includes(urlExtension(url));
}

/** True for a link that may be a document page: a page extension, not a folder. */
export function isDocumentUrl(url: URL): boolean {
  if (url.pathname.endsWith("/")) return false;
  const ext = urlExtension(url);
  return PAGE_EXTENSIONS.includes(ext) || ATTACHMENT_EXTENSIONS.includes(ext);
}

/** The attachment type of a response by its Content-Type, or null. */
export function attachmentType(contentType: string | null): string | null {
  const t = (contentType ?? "").toLowerCase();
  if (t.includes("pdf")) return "pdf";
  if (t.includes("wordprocessingml")) return "docx";
  if (t.includes("msword")) return "doc";
  if (t.includes("spreadsheetml")) return "xlsx";
  if (t.includes("ms-excel")) return "xls";
  if (t.includes("zip")) return "zip";
  if (t.includes("wps")) return "wps";
  return null;
}

/** True when the response is an HTML page (by Content-Type, or by its first bytes when none is given). */
export function isHtml(contentType: string | null, bytes: Uint8Array): boolean {
  const t = (contentType ?? "").toLowerCase();
  if (t.includes("html") || t.includes("xml")) return true;
  if (t !== "" && !t.startsWith("text/") && !t.includes("octet-stream")) return false;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).toLowerCase();
  return /<!doctype html|<html|<head|<body|<meta|<a\s/.test(head);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
