/**
 * The other list pages of a column, read from one list page: 下一页 / 尾页 links and their kin,
 * `index_N.html` and `?page=N` links, numbered page links, and the script pagination of the
 * common site platforms, `createPageHTML(count, current, "index", "html")`, whose pages are
 * `index.html, index_1.html … index_{count-1}.html`, read from the call's arguments (the count
 * may be a variable assigned in the same script). No browser is needed.
 */
import { PAGE_PARAMETERS, PAGINATION_WORDS } from "./lexicon.js";
import type { Page } from "./page.js";
import { resolveLink } from "./scope.js";

/** Pages a script call may announce; more is a trap or a typo. */
const MAX_SCRIPT_PAGES = 2000;

/** The folder of a URL's path (`/a/b/index_2.html` → `/a/b/`). */
function folder(u: URL): string {
  return u.pathname.replace(/[^/]*$/, "");
}

/** `index_3.html`-style names: a stem, `_N`, an extension. */
const NUMBERED_NAME = /^([\w-]*?)_(\d{1,4})\.(s?html?|jhtml|jsp|php|aspx?)$/i;

/** The stem of a list page's numbered name: `index` for `index.html`, `index_2.html` and a folder URL. */
function stemOf(u: URL): string {
  const name = u.pathname.slice(folder(u).length);
  if (name === "") return "index";
  return NUMBERED_NAME.exec(name)?.[1] ?? name.replace(/\.[^.]*$/, "");
}

/** True when `u` is inside the list's folder (a pagination word pointing elsewhere is site navigation). */
function inFolder(u: URL, list: URL): boolean {
  return u.hostname === list.hostname && u.pathname.startsWith(folder(list));
}

/**
 * True when `u` is a sibling page of the list at `list`: the same stem numbered in the same folder
 * (`index_3.html` beside `index.html`, not `t20240110_1.html`), or the same path with a page number.
 */
function isSiblingPage(u: URL, list: URL): boolean {
  if (u.hostname !== list.hostname) return false;
  const name = u.pathname.slice(folder(u).length);
  const numbered = NUMBERED_NAME.exec(name);
  if (folder(u) === folder(list) && numbered !== null && numbered[1] === stemOf(list)) return true;
  if (folder(u) === folder(list) && name.replace(/\.[^.]*$/, "") === stemOf(list) && u.search === "") return true;
  if (u.pathname === list.pathname || folder(u) === folder(list)) {
    for (const [k, v] of u.searchParams)
      if (PAGE_PARAMETERS.includes(k.toLowerCase()) && /^\d{1,5}$/.test(v)) return true;
  }
  return false;
}

/** Pages announced by `createPageHTML(...)` calls in the page's scripts. */
export function scriptPages(page: Page, base: URL): URL[] {
  const out: URL[] = [];
  for (const script of page.scripts) {
    for (const m of script.matchAll(/createPageHTML\s*\(([^)]{0,300})\)/g)) {
      const args = m[1]!.split(",").map((a) => a.trim());
      const value = (a: string): number | null => {
        if (/^\d+$/.test(a)) return Number(a);
        if (!/^[A-Za-z_$][\w$]*$/.test(a)) return null;
        const v = new RegExp(`(?:var|let|const)?\\s*\\b${a.replace(/\$/g, "\\$")}\\s*=\\s*(\\d+)`).exec(script);
        return v === null ? null : Number(v[1]);
      };
      const str = (a: string | undefined): string | null => /^["']([\w-]*)["']$/.exec(a ?? "")?.[1] ?? null;
      // count and current are the first two numeric arguments followed by the name and extension strings
      for (let i = 0; i + 3 < args.length; i++) {
        const count = value(args[i]!);
        const current = value(args[i + 1]!);
        const stem = str(args[i + 2]);
        const ext = str(args[i + 3]);
        if (count === null || current === null || stem === null || ext === null) continue;
        const n = Math.min(count, MAX_SCRIPT_PAGES);
        for (let p = 0; p < n; p++) {
          const u = resolveLink(p === 0 ? `${stem}.${ext}` : `${stem}_${p}.${ext}`, base);
          if (u !== null) out.push(u);
        }
        break;
      }
    }
  }
  return out;
}

/** A numbered anchor to a page that is not named like the list (`t20240110_1.html`) is a document, not a page. */
function isDocumentLike(u: URL, list: URL): boolean {
  return !isSiblingPage(u, list) && /\.[a-z]{2,5}$/i.test(u.pathname) && folder(u) === folder(list) && u.search === "";
}

/** Every other list page this list page links to, in page order where known. */
export function paginationLinks(page: Page, base: URL): URL[] {
  const found = new Map<string, URL>();
  const add = (u: URL | null): void => {
    if (u !== null && u.href !== base.href && !found.has(u.href)) found.set(u.href, u);
  };
  for (const u of scriptPages(page, base)) add(u);
  for (const a of page.anchors) {
    const u = resolveLink(a.href, base);
    if (u === null) continue;
    const text = a.text.replace(/\s+/g, "");
    const word = PAGINATION_WORDS.test(text) || PAGINATION_WORDS.test(a.title.replace(/\s+/g, ""));
    const numbered = /^\[?\d{1,4}\]?$/.test(text) && inFolder(u, base) && !isDocumentLike(u, base);
    if (word && inFolder(u, base)) add(u);
    else if (numbered || isSiblingPage(u, base)) add(u);
  }
  return [...found.values()];
}
