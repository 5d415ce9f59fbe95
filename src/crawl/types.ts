/** The shapes the crawler passes around: options, the outcome of each URL, a row of fetched.csv. */

/** What became of one URL (the `outcome` column of fetched.csv). */
export type Outcome = "stored" | "list" | "not_report" | "skipped_robots" | "skipped_offhost" | "too_large" | "failed";

/** Why a URL was queued: a list page of a column, a report page, or an attachment of one. */
export type Role = "list" | "report" | "attachment" | "candidate";

/** One row of fetched.csv: the last thing known about a URL. */
export interface FetchedRow {
  readonly url: string;
  readonly final_url: string | null;
  /** The last HTTP status; null when no response was received. */
  readonly status: number | null;
  readonly outcome: Outcome;
  readonly content_type: string | null;
  readonly bytes: number | null;
  /** SHA-256 (hex) of the stored file, which is the WARC record's payload. */
  readonly sha256: string | null;
  /** ISO 8601, UTC. */
  readonly fetched_at: string | null;
  /** Path relative to DIR/raw, with `/` separators; null when nothing was stored. */
  readonly file: string | null;
  /** WARC file name (under DIR/archive) of the response record. */
  readonly warc_file: string | null;
  /** WARC-Record-ID of the response record. */
  readonly warc_record_id: string | null;
  /** The page the link was found on (the column URL for a start page). */
  readonly list_page: string | null;
  readonly link_title: string | null;
  readonly error: string | null;
}

/** One column to crawl: its URL and, when `sites.csv` gives it, the agency. */
export interface Column {
  readonly url: string;
  readonly agency: string | null;
}

/** Counts per host for the progress line. */
export interface HostProgress {
  readonly host: string;
  readonly listed: number;
  readonly stored: number;
  readonly failed: number;
  readonly queued: number;
}

export interface CrawlOptions {
  /** Output folder: archive/, raw/, fetched.csv. */
  readonly out: string;
  /** Requests per second per host (default 1). */
  readonly rate?: number;
  /** List pages followed per column (default 500). */
  readonly maxPages?: number;
  /** Keep every linked document of the column, not only annual reports. */
  readonly all?: boolean;
  /** Bytes per response before it is cut off as too_large (default 64 MB). */
  readonly maxBytes?: number;
  /** Milliseconds to wait for headers and between body chunks (default 30 s). */
  readonly timeoutMs?: number;
  /** Attempts after the first for 429, 5xx, timeouts and resets (default 3). */
  readonly retries?: number;
  /** First backoff in milliseconds, doubled per attempt (default 2000). */
  readonly backoffMs?: number;
  /** Longest Retry-After honoured, in milliseconds (default 10 min); longer means failed. */
  readonly maxRetryAfterMs?: number;
  /** Host name → IP address used instead of DNS (like curl --resolve). */
  readonly resolve?: ReadonlyMap<string, string>;
  /** User-Agent header; its first token is the robots.txt agent. */
  readonly userAgent?: string;
  /** Called when a host's counts change. */
  readonly onProgress?: (p: HostProgress) => void;
  /** Stop starting requests when aborted; what is stored stays stored. */
  readonly signal?: AbortSignal;
}

/** What a finished crawl reports. */
export interface CrawlResult {
  readonly rows: readonly FetchedRow[];
  readonly hosts: readonly HostProgress[];
  readonly requests: number;
  readonly warcFiles: readonly string[];
  readonly interrupted: boolean;
}
