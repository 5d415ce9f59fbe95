/**
 * Which URLs the crawl may request: the column's host and the hosts under the same registered
 * domain (tldts, the Public Suffix List), http(s) only, and not shaped like a crawler trap
 * (over-long, deeply nested, repeating path segments).
 */
import { getDomain } from "tldts";

/** The registered domain of a host (`www.a.gov.cn` → `a.gov.cn`); the host itself for IPs and single labels. */
export function siteOf(host: string): string {
  const h = host.toLowerCase();
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** True when `url` is on the column's host or under its registered domain. */
export function sameSite(url: URL, column: URL): boolean {
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  return url.hostname === column.hostname || siteOf(url.hostname) === siteOf(column.hostname);
}

/** Resolve `href` against `base` without its fragment; null for javascript:, mailto: and unparsable links. */
export function resolveLink(href: string, base: URL): URL | null {
  const h = href.trim();
  if (h === "" || h.startsWith("#") || /^(?:javascript|mailto|tel|data):/i.test(h)) return null;
  try {
    const u = new URL(h, base);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u;
  } catch {
    return null;
  }
}

/** Longest URL followed. */
const MAX_URL = 1024;
/** Deepest path followed. */
const MAX_DEPTH = 16;

/** Why `url` looks like a trap (a link loop that builds ever longer URLs), or null. */
export function trapReason(url: URL): string | null {
  if (url.href.length > MAX_URL) return `URL longer than ${MAX_URL} characters`;
  const segments = url.pathname.split("/").filter((s) => s !== "");
  if (segments.length > MAX_DEPTH) return `path deeper than ${MAX_DEPTH} segments`;
  const seen = new Map<string, number>();
  for (const s of segments) {
    const n = (seen.get(s) ?? 0) + 1;
    if (n >= 3) return `path segment ${JSON.stringify(s)} repeats ${n} times`;
    seen.set(s, n);
  }
  return null;
}
