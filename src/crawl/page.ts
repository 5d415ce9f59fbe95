/**
 * One fetched HTML page read for crawling: decoded (Content-Type charset, then the page's own
 * `<meta charset>` and byte sniffing as `xxgk analyze` does), its title and heading, every anchor
 * with its text, the script texts (for script pagination) and a meta refresh target. htmlparser2's
 * streaming parser, so hostile markup (unclosed tags, deep nesting) costs no recursion.
 */
import iconv from "iconv-lite";
import { Parser } from "htmlparser2";
import { decodeReportBytes } from "../ingest/index.js";

export interface Anchor {
  readonly href: string;
  readonly text: string;
  /** The anchor's title attribute (lists often hold the full title there). */
  readonly title: string;
}

export interface Page {
  readonly encoding: string;
  readonly title: string;
  /** The first h1–h3 heading, or "". */
  readonly heading: string;
  readonly anchors: readonly Anchor[];
  readonly scripts: readonly string[];
  readonly refresh: string | null;
  /** Length of the visible text outside anchors, scripts and styles (a page that only points to a file is short). */
  readonly bodyChars: number;
}

/** Links read per page; the rest of a hostile page is ignored. */
const MAX_ANCHORS = 5000;
/** Characters of script text kept per page. */
const MAX_SCRIPT = 200_000;

/** The charset a Content-Type header names, when iconv-lite knows it. */
export function headerCharset(contentType: string | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  if (m === null) return null;
  const name = m[1]!.toLowerCase();
  if (!iconv.encodingExists(name)) return null;
  return name === "gbk" || name === "gb2312" ? "gb18030" : name;
}

/** Decode page bytes: the header's charset when it names one, else what ingest detects. */
export function decodePage(bytes: Uint8Array, contentType: string | null): { text: string; encoding: string } {
  const declared = headerCharset(contentType);
  if (declared !== null && declared !== "utf-8" && declared !== "utf8")
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  const d = decodeReportBytes(bytes);
  return { text: d.text, encoding: d.encoding };
}

const clean = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, " ").trim();

/** Read a decoded HTML page. */
export function readPage(html: string, encoding: string): Page {
  const anchors: Anchor[] = [];
  const scripts: string[] = [];
  let scriptChars = 0;
  let title = "";
  let heading = "";
  let refresh: string | null = null;
  let bodyChars = 0;
  let inTitle = false;
  let inScript = false;
  let inHeading = false;
  let anchor: { href: string; title: string; text: string } | null = null;
  let script = "";
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "title") inTitle = true;
        else if (name === "script" || name === "style") {
          inScript = true;
          script = "";
        } else if (/^h[1-3]$/.test(name) && heading === "") inHeading = true;
        else if (name === "a" && attrs.href !== undefined && anchors.length < MAX_ANCHORS)
          anchor = { href: attrs.href, title: attrs.title ?? "", text: "" };
        else if (name === "meta" && /refresh/i.test(attrs["http-equiv"] ?? "")) {
          const m = /url\s*=\s*['"]?([^'";]+)/i.exec(attrs.content ?? "");
          if (m !== null) refresh = m[1]!.trim();
        }
      },
      ontext(text) {
        if (inScript) {
          if (scriptChars < MAX_SCRIPT) script += text;
          return;
        }
        if (inTitle) title += text;
        if (inHeading) heading += text;
        if (anchor !== null) anchor.text += text;
        else if (!inTitle) bodyChars += clean(text).length;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        else if (name === "script" || name === "style") {
          inScript = false;
          if (name === "script" && script !== "" && scriptChars < MAX_SCRIPT) {
            scripts.push(script);
            scriptChars += script.length;
          }
        } else if (/^h[1-3]$/.test(name)) inHeading = false;
        else if (name === "a" && anchor !== null) {
          anchors.push({ href: anchor.href, text: clean(anchor.text), title: clean(anchor.title) });
          anchor = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { encoding, title: clean(title), heading: clean(heading), anchors, scripts, refresh, bodyChars };
}
