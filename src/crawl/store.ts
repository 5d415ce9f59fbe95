/**
 * What a crawl keeps on disk besides the WARC: each report page and attachment under `raw/` exactly
 * as served, named from host and path (stable across runs); a journal of every URL's outcome,
 * appended one whole line per write so a killed crawl loses nothing it recorded; and fetched.csv,
 * the journal's last word per URL, rewritten atomically (UTF-8 with BOM).
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../dataset/index.js";
import { type Column, csvHeader, csvRow } from "../frames/index.js";
import type { FetchedRow } from "./types.js";

const c = (name: string, type: Column["type"], en: string): Column => ({ name, type, en, zh: "" });

/** The columns of fetched.csv, in order. */
export const FETCHED_COLUMNS: readonly Column[] = [
  c("url", "string", "URL as linked"),
  c("final_url", "string", "URL after redirects"),
  c("status", "integer", "Last HTTP status; empty when no response"),
  c("outcome", "string", "stored, list, not_report, skipped_robots, skipped_offhost, too_large, failed"),
  c("content_type", "string", "Content-Type of the response"),
  c("bytes", "integer", "Payload bytes"),
  c("sha256", "string", "SHA-256 of the stored file (the WARC payload digest)"),
  c("fetched_at", "string", "When the response came, ISO 8601 UTC"),
  c("file", "string", "Stored file relative to raw/"),
  c("warc_file", "string", "WARC file under archive/ holding the response"),
  c("warc_record_id", "string", "WARC-Record-ID of the response record"),
  c("list_page", "string", "Page the link was found on"),
  c("link_title", "string", "Text of the link"),
  c("error", "string", "What went wrong"),
];

const UNSAFE = /[\\:*?"<>|\u0000-\u001f]/g;

function segment(s: string): string {
  let d: string;
  try {
    d = decodeURIComponent(s);
  } catch {
    d = s;
  }
  d = d.replace(UNSAFE, "_");
  if (d === "." || d === "..") d = "_";
  if (Buffer.byteLength(d) > 120) d = `${d.slice(0, 40)}~${createHash("sha256").update(d).digest("hex").slice(0, 10)}`;
  return d;
}

/**
 * The path under raw/ of a stored URL: `host[_port]/path`, `index.html` for a folder, a query
 * folded into a short hash, `.html` added to an HTML page without an extension.
 */
export function rawName(url: string, html: boolean, extension: string | null): string {
  const u = new URL(url);
  const host = u.port === "" ? u.hostname : `${u.hostname}_${u.port}`;
  const parts = u.pathname.split("/").map(segment);
  let last = parts.pop() ?? "";
  if (last === "" || last === "_") last = "index";
  const query = u.search === "" ? "" : `_${createHash("sha256").update(u.search).digest("hex").slice(0, 10)}`;
  const m = /^(.*?)(\.[a-z0-9]{1,5})$/i.exec(last);
  let stem = m?.[1] ?? last;
  let ext = m?.[2] ?? "";
  if (ext === "" || (query !== "" && html && !/^\.(s?html?|xhtml)$/i.test(ext))) {
    if (ext !== "") stem += ext.replace(".", "_");
    ext = html ? ".html" : extension === null ? ".bin" : `.${extension}`;
  }
  return [segment(host), ...parts.filter((p) => p !== ""), `${stem}${query}${ext}`].join("/");
}

/** The journal: one JSON line per URL outcome, the last line of a URL wins. */
export class Journal {
  readonly rows = new Map<string, FetchedRow>();

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    if (!existsSync(path)) return;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      try {
        const row = JSON.parse(line) as FetchedRow;
        if (typeof row.url === "string") this.rows.set(row.url, row);
      } catch {
        // a line cut short by a kill: the URL is fetched again
      }
    }
  }

  record(row: FetchedRow): void {
    this.rows.set(row.url, row);
    appendFileSync(this.path, `${JSON.stringify(row)}\n`);
  }

  /** fetched.csv: every URL once, sorted. */
  async writeCsv(target: string): Promise<void> {
    const rows = [...this.rows.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    let text = csvHeader(FETCHED_COLUMNS);
    for (const r of rows) text += csvRow(r as unknown as Record<string, string | number | null>, FETCHED_COLUMNS);
    await writeFileAtomic(target, text);
  }
}

/** Store `bytes` under `raw/` atomically; returns the relative name. */
export async function storeRaw(rawDir: string, name: string, bytes: Uint8Array): Promise<string> {
  await writeFileAtomic(join(rawDir, name), bytes);
  return name;
}
