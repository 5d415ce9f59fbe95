/**
 * Encoding detection and decoding: BOMs, strict UTF-8, UTF-16 without BOM, a declared
 * `<meta charset>`, then GB18030 (a superset of GBK and GB2312). Detected, never assumed.
 */
import iconv from "iconv-lite";
import type { Diagnostic } from "../types.js";

/** The decoded string and how it was decoded. */
export interface Decoded {
  readonly text: string;
  /** Canonical encoding name: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`. */
  readonly encoding: string;
  /** Bytes skipped at the start (a BOM). */
  readonly bomBytes: number;
  readonly diagnostics: readonly Diagnostic[];
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode `bytes` of a text or HTML file, detecting the encoding. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  if (bom !== null) return decodeWith(bytes.subarray(bom.length), bom.encoding, bom.length, []);
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", bomBytes: 0, diagnostics: [] };
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null)
    return decodeWith(bytes, utf16, 0, [note("ingest.encoding_guess", `no BOM; byte pattern looks like ${utf16}`)]);
  const declared = declaredCharset(bytes);
  if (declared !== null && declared !== "utf-8") return decodeWith(bytes, declared, 0, []);
  const gb = decodeWith(bytes, "gb18030", 0, []);
  const wide = declared === null ? plausibleUtf16(bytes, gb.text) : null;
  if (wide !== null)
    return decodeWith(bytes, wide, 0, [
      note("ingest.encoding_guess", `no BOM; bytes read as ${wide} (GB18030 gave undecodable sequences or NULs)`),
    ]);
  return checkReplacement(gb, declared);
}

function detectBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return { encoding: "gb18030", length: 4 };
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch (err) {
    if (err instanceof TypeError) return null;
    throw err;
  }
}

/** UTF-16 without BOM: many zero bytes on one parity. */
function sniffUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * CJK-heavy UTF-16 without BOM has few zero bytes to sniff; when GB18030 leaves undecodable
 * sequences or NULs, accept a UTF-16 reading that is nearly all CJK, ASCII and punctuation.
 */
function plausibleUtf16(bytes: Uint8Array, gbText: string): string | null {
  if (bytes.length % 2 !== 0 || (countChar(gbText, "\uFFFD") === 0 && !gbText.includes("\u0000"))) return null;
  for (const enc of ["utf-16le", "utf-16be"]) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), enc);
    let good = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (
        (c >= 0x20 && c < 0x7f) ||
        c === 10 ||
        c === 13 ||
        c === 9 ||
        (c >= 0x3000 && c <= 0x9fff) ||
        (c >= 0xff00 && c <= 0xffef)
      )
        good++;
    }
    if (text.length > 0 && good / text.length > 0.95) return enc;
  }
  return null;
}

const CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]+)/i;

/** The charset an HTML page declares in its first 4 KB, canonicalised; null when none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const m = CHARSET.exec(head);
  if (m === null || m[1] === undefined) return null;
  return canonicalCharset(m[1]);
}

function canonicalCharset(name: string): string | null {
  const n = name.toLowerCase();
  if (n === "utf-8" || n === "utf8") return "utf-8";
  if (n === "gbk" || n === "gb2312" || n === "gb18030" || n === "x-gbk" || n === "cp936") return "gb18030";
  if (n === "big5" || n === "big5-hkscs") return "big5";
  if (n === "utf-16" || n === "utf-16le") return "utf-16le";
  if (n === "utf-16be") return "utf-16be";
  return iconv.encodingExists(n) ? n : null;
}

function decodeWith(bytes: Uint8Array, encoding: string, bomBytes: number, diagnostics: Diagnostic[]): Decoded {
  const text =
    encoding === "utf-8"
      ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  return { text, encoding, bomBytes, diagnostics };
}

function checkReplacement(d: Decoded, declared: string | null): Decoded {
  const bad = countChar(d.text, "\uFFFD");
  const diags: Diagnostic[] = [];
  if (declared === "utf-8")
    diags.push(
      note("ingest.encoding_mismatch", "the page declares UTF-8 but its bytes are not valid UTF-8; decoded as GB18030"),
    );
  else
    diags.push(note("ingest.encoding_guess", "bytes are not valid UTF-8 and carry no BOM; decoded as GB18030 (GBK)"));
  if (bad > 0) {
    diags.push({
      code: "ingest.encoding_errors",
      severity: "warning",
      message: `decoding as GB18030 left ${bad} undecodable byte sequence(s) as U+FFFD; expected none`,
    });
  }
  return { ...d, diagnostics: [...d.diagnostics, ...diags] };
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function note(code: string, message: string): Diagnostic {
  return { code, severity: "info", message };
}

/**
 * Byte offset in the file of character `char` of the decoded string (exact for the
 * encoding the file was decoded with).
 */
export function byteOffsetOf(decoded: string, char: number, encoding: string, bomBytes: number): number {
  const prefix = decoded.slice(0, char);
  if (encoding === "utf-8") return bomBytes + Buffer.byteLength(prefix, "utf8");
  if (encoding === "utf-16le" || encoding === "utf-16be") return bomBytes + prefix.length * 2;
  return bomBytes + iconv.encode(prefix, encoding).length;
}
