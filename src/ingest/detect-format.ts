/** Input format detection from the bytes (magic numbers, markup), with the extension as a hint. */
import type { InputFormat } from "../types.js";

/** A detected format and, for text formats, whether the bytes look like text at all. */
export interface FormatGuess {
  readonly format: InputFormat;
  /** Why the bytes were judged so, for diagnostics. */
  readonly evidence: string;
}

const HTML_EXT = new Set(["html", "htm", "shtml", "xhtml", "asp", "aspx", "jsp", "php"]);
const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i;

/** Lower-case extension without the dot ("" when none). */
export function extensionOf(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/** Detect a binary container format by magic bytes; null for text-like content. */
export function detectBinaryFormat(bytes: Uint8Array, ext: string): FormatGuess | null {
  const head = latin1(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return { format: "pdf", evidence: "starts with %PDF-" };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const scan = latin1(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (scan.includes("word/")) return { format: "docx", evidence: "zip archive with word/ parts" };
    return { format: "unknown", evidence: `zip archive without word/ parts (extension .${ext || "none"})` };
  }
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
  if (ole) return { format: ext === "wps" ? "wps" : "doc", evidence: "OLE compound document" };
  if (head.startsWith("{\\rtf")) return { format: "doc", evidence: "RTF document" };
  if (isImage(bytes)) return { format: "unknown", evidence: "an image file (no text layer)" };
  return null;
}

function isImage(b: Uint8Array): boolean {
  return (
    (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) ||
    (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
    (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46)
  );
}

/** Share of control characters (other than tab, newline, CR, form feed, ESC) in decoded text. */
export function controlRatio(text: string): number {
  const n = Math.min(text.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** Text, Markdown or HTML, by markup and extension. */
export function detectTextFormat(text: string, ext: string): FormatGuess {
  const head = text.slice(0, 2048);
  if (HTML_START.test(head)) return { format: "html", evidence: "starts with an HTML document header" };
  const tags = (text.slice(0, 65536).match(/<\/?(?:p|div|table|tr|td|br|span|body|a|li)\b[^>]*>/gi) ?? []).length;
  if (HTML_EXT.has(ext) && tags > 0) return { format: "html", evidence: `.${ext} with HTML tags` };
  if (/<body[\s>]/i.test(text.slice(0, 65536)) && tags > 20)
    return { format: "html", evidence: "has <body> and HTML markup" };
  if (ext === "md" || ext === "markdown") return { format: "md", evidence: "Markdown extension" };
  return { format: "txt", evidence: "plain text" };
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
}
