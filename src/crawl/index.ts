/**
 * Stage `crawl` (edge): `xxgk fetch` — a government site's annual-report column crawled politely
 * (robots.txt, a rate and one connection per host) into a WARC 1.1 archive, the reports and their
 * attachments as served under raw/, and fetched.csv with one row per URL. Split by concern:
 * classify (what a link is), pagination (the other list pages), page (decoding and links), scope
 * (same registered domain, traps), http and exchange (requests, retries, redirects), politeness,
 * warc, store (raw files, journal, fetched.csv), crawl (the frontier), run (the entry point).
 */
export { isAttachmentUrl, isDocumentUrl, isReportTitle } from "./classify.js";
export { scriptPages, paginationLinks } from "./pagination.js";
export { decodePage, readPage, type Page } from "./page.js";
export { sameSite, siteOf, trapReason } from "./scope.js";
export { retryAfterMs } from "./http.js";
export { FETCHED_COLUMNS, rawName } from "./store.js";
export { crawlColumns, DEFAULT_USER_AGENT } from "./run.js";
export { isHttpUrl, readSites } from "./sites.js";
export type { Column as CrawlColumn, CrawlOptions, CrawlResult, FetchedRow, HostProgress, Outcome } from "./types.js";
