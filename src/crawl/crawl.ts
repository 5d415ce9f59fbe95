/**
 * The frontier of a crawl: from each column URL, its list pages (pagination, bounded by
 * `maxPages` and ended when a page repeats the links of one already read), the report pages
 * they link (by title, or by the page's own title when the link's is cut short; every document
 * with `all`), and the attachments of each report page. Resumable: a URL the journal records as
 * stored (or read and found no report, or too large) is not requested again; a stored report page
 * is re-read from raw/ for its attachments.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  attachmentType,
  isAttachmentUrl,
  isDocumentUrl,
  isHtml,
  isReportTitle,
  isTruncatedTitle,
  urlExtension,
} from "./classify.js";
import type { Fetched, Requester } from "./exchange.js";
import { headerValue } from "./http.js";
import { type Anchor, decodePage, type Page, readPage } from "./page.js";
import { paginationLinks } from "./pagination.js";
import { resolveLink, sameSite, trapReason } from "./scope.js";
import { type Journal, rawName, storeRaw } from "./store.js";
import type { Column, FetchedRow, HostProgress, Outcome } from "./types.js";

/** Outcomes a resumed crawl does not request again. */
const SETTLED: ReadonlySet<Outcome> = new Set(["stored", "too_large"]);

interface ColumnState {
  readonly url: URL;
  readonly agency: string | null;
  lists: number;
  readonly signatures: Set<string>;
}

interface Found {
  readonly listPage: string;
  readonly title: string;
}

export class Frontier {
  private readonly seen = new Set<string>();
  private readonly tasks = new Set<Promise<void>>();

  constructor(
    private readonly req: Requester,
    private readonly journal: Journal,
    private readonly rawDir: string,
    private readonly opts: {
      readonly maxPages: number;
      readonly all: boolean;
      readonly onProgress?: (p: HostProgress) => void;
      readonly signal?: AbortSignal;
    },
  ) {}

  /** Crawl every column; resolves when nothing is left to do. */
  async run(columns: readonly Column[]): Promise<void> {
    for (const c of columns) {
      const url = new URL(c.url);
      url.hash = "";
      const col: ColumnState = { url, agency: c.agency, lists: 0, signatures: new Set() };
      this.spawn(url.href, () => this.list(url, col, { listPage: url.href, title: "" }));
    }
    while (this.tasks.size > 0) await Promise.race(this.tasks);
  }

  private spawn(key: string, task: () => Promise<void>): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const p = task().finally(() => this.tasks.delete(p));
    this.tasks.add(p);
  }

  private progress(host: string): void {
    const h = this.req.hosts.get(host);
    if (h === undefined || this.opts.onProgress === undefined) return;
    this.opts.onProgress({ host, listed: h.listed, stored: h.stored, failed: h.failed, queued: this.tasks.size });
  }

  private row(url: string, found: Found, outcome: Outcome, f: Fetched | null, extra: Partial<FetchedRow> = {}): void {
    const x = f !== null && (f.kind === "response" || f.kind === "failed") ? f.x : null;
    const row: FetchedRow = {
      url,
      final_url: f !== null && f.kind !== "aborted" ? f.finalUrl : null,
      status: x?.status ?? null,
      outcome,
      content_type: x === null ? null : headerValue(x.headers, "content-type"),
      bytes: x === null || x.status === null ? null : x.body.length,
      sha256: null,
      fetched_at: x === null ? null : new Date(x.startedAt).toISOString(),
      file: null,
      warc_file: f?.kind === "response" ? (f.warc?.file ?? null) : null,
      warc_record_id: f?.kind === "response" ? (f.warc?.recordId ?? null) : null,
      list_page: found.listPage,
      link_title: found.title === "" ? null : found.title,
      error: f?.kind === "failed" ? f.error : null,
      ...extra,
    };
    this.journal.record(row);
    const host = new URL(url).host;
    const h = this.req.hosts.get(host);
    if (h !== undefined) {
      if (outcome === "stored") h.stored++;
      if (outcome === "failed") h.failed++;
      if (outcome === "list") h.listed++;
    }
    this.progress(host);
  }

  /** The common end of a request: a row for every outcome but a response; returns the response. */
  private async get(u: URL, col: ColumnState, found: Found): Promise<(Fetched & { kind: "response" }) | null> {
    const trap = trapReason(u);
    if (trap !== null) {
      this.row(u.href, found, "failed", null, { error: `not requested: ${trap}` });
      return null;
    }
    const f = await this.req.chain(u, col.url);
    if (f.kind === "aborted") return null;
    if (f.kind === "offhost") this.row(u.href, found, "skipped_offhost", f);
    else if (f.kind === "robots") this.row(u.href, found, "skipped_robots", f);
    else if (f.kind === "failed") this.row(u.href, found, "failed", f);
    else if (f.x.truncated)
      this.row(u.href, found, "too_large", f, { error: `larger than the size cap of ${f.x.body.length} bytes` });
    else if (f.x.status! < 200 || f.x.status! >= 300)
      this.row(u.href, found, "failed", f, { error: `HTTP ${f.x.status}` });
    else return f;
    return null;
  }

  private async list(u: URL, col: ColumnState, found: Found): Promise<void> {
    if (col.lists >= this.opts.maxPages) return;
    col.lists++;
    const f = await this.get(u, col, found);
    if (f === null) return;
    const type = headerValue(f.x.headers, "content-type");
    if (!isHtml(type, f.x.body)) {
      this.row(u.href, found, "not_report", f, { error: "a list page that is not HTML" });
      return;
    }
    const base = new URL(f.finalUrl);
    const page = readPage(decodePage(f.x.body, type).text, "");
    this.row(u.href, found, "list", f);
    const pages = new Set(paginationLinks(page, base).map((p) => p.href));
    const docs = this.documents(page, base, col, pages);
    const signature = createHash("sha256")
      .update(
        docs
          .map((d) => d.url.href)
          .sort()
          .join("\n"),
      )
      .digest("hex");
    const repeats = col.signatures.has(signature);
    col.signatures.add(signature);
    for (const d of docs)
      this.document(d.url, d.anchor, col, { listPage: u.href, title: d.anchor.text || d.anchor.title });
    if (repeats || docs.length === 0) return; // past the last page, or a loop: no further pagination from here
    for (const p of pages) {
      const pu = new URL(p);
      if (!sameSite(pu, col.url)) continue;
      this.spawn(pu.href, () => this.list(pu, col, { listPage: u.href, title: "" }));
    }
  }

  /** The document links of a list page: same-page anchors that are not pagination. */
  private documents(
    page: Page,
    base: URL,
    col: ColumnState,
    pages: ReadonlySet<string>,
  ): { url: URL; anchor: Anchor }[] {
    const out = new Map<string, { url: URL; anchor: Anchor }>();
    for (const a of page.anchors) {
      const u = resolveLink(a.href, base);
      if (u === null || pages.has(u.href) || u.href === col.url.href || out.has(u.href)) continue;
      const title = a.title.length > a.text.length ? a.title : a.text;
      if (isDocumentUrl(u) || isReportTitle(title)) out.set(u.href, { url: u, anchor: { ...a, text: title } });
    }
    return [...out.values()];
  }

  private document(u: URL, a: Anchor, col: ColumnState, found: Found): void {
    const title = found.title;
    if (this.seen.has(u.href)) return;
    if (!sameSite(u, col.url)) {
      this.seen.add(u.href);
      this.row(u.href, found, "skipped_offhost", { kind: "offhost", finalUrl: u.href });
      return;
    }
    const report = isReportTitle(title) || isReportTitle(a.title);
    const check = !report && (isTruncatedTitle(title) || /报告|年报|年度/.test(title));
    if (report || this.opts.all || check) {
      this.spawn(u.href, () => this.report(u, col, found, !report && !this.opts.all));
      return;
    }
    this.seen.add(u.href);
    if (!this.journal.rows.has(u.href))
      this.row(u.href, found, "not_report", null, { error: "link title is not an annual report" });
  }

  /** A stored file's row and bytes from an earlier run, when it is still in raw/. */
  private async earlier(url: string): Promise<{ row: FetchedRow; bytes: Uint8Array } | null> {
    const row = this.journal.rows.get(url);
    if (row === undefined || !SETTLED.has(row.outcome)) return null;
    if (row.outcome !== "stored" || row.file === null) return { row, bytes: new Uint8Array(0) };
    try {
      return { row, bytes: await readFile(join(this.rawDir, row.file)) };
    } catch {
      return null; // the file is gone: fetch it again
    }
  }

  private async report(u: URL, col: ColumnState, found: Found, mustCheck: boolean): Promise<void> {
    const old = await this.earlier(u.href);
    if (old !== null) {
      if (old.row.outcome === "stored" && isHtml(old.row.content_type, old.bytes))
        this.attachments(old.bytes, old.row.content_type, new URL(old.row.final_url ?? u.href), col, u.href);
      return;
    }
    const f = await this.get(u, col, found);
    if (f === null) return;
    const type = headerValue(f.x.headers, "content-type");
    if (!isHtml(type, f.x.body)) {
      await this.store(u, f, found, attachmentType(type) ?? (urlExtension(new URL(f.finalUrl)) || null));
      return;
    }
    if (mustCheck) {
      const page = readPage(decodePage(f.x.body, type).text, "");
      if (!isReportTitle(page.title) && !isReportTitle(page.heading)) {
        this.row(u.href, found, "not_report", f, {
          error: "neither the link nor the page title names an annual report",
        });
        return;
      }
    }
    await this.store(u, f, found, null);
    this.attachments(f.x.body, type, new URL(f.finalUrl), col, u.href);
  }

  private attachments(body: Uint8Array, type: string | null, base: URL, col: ColumnState, pageUrl: string): void {
    const page = readPage(decodePage(body, type).text, "");
    for (const a of page.anchors) {
      const u = resolveLink(a.href, base);
      if (u === null || !isAttachmentUrl(u)) continue;
      const found = { listPage: pageUrl, title: a.text || a.title };
      if (!sameSite(u, col.url)) {
        if (!this.seen.has(u.href)) this.row(u.href, found, "skipped_offhost", { kind: "offhost", finalUrl: u.href });
        this.seen.add(u.href);
        continue;
      }
      this.spawn(u.href, () => this.attachment(u, col, found));
    }
  }

  private async attachment(u: URL, col: ColumnState, found: Found): Promise<void> {
    if ((await this.earlier(u.href)) !== null) return;
    const f = await this.get(u, col, found);
    if (f === null) return;
    const type = headerValue(f.x.headers, "content-type");
    await this.store(u, f, found, urlExtension(new URL(f.finalUrl)) || attachmentType(type));
  }

  private async store(u: URL, f: Fetched & { kind: "response" }, found: Found, ext: string | null): Promise<void> {
    const html = isHtml(headerValue(f.x.headers, "content-type"), f.x.body);
    const name = await storeRaw(this.rawDir, rawName(f.finalUrl, html, ext), f.x.body);
    const sha256 = createHash("sha256").update(f.x.body).digest("hex");
    this.row(u.href, found, "stored", f, { sha256, file: name });
  }
}
