/** `crawlColumns`: set up the agent, the WARC writer and the journal, run the frontier, write fetched.csv. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Frontier } from "./crawl.js";
import { Requester } from "./exchange.js";
import { createAgent } from "./http.js";
import { Journal } from "./store.js";
import type { Column, CrawlOptions, CrawlResult } from "./types.js";
import { WarcWriter } from "./warc.js";

/** The default User-Agent; its first token, `xxgk-fetch`, is the agent robots.txt rules are read for. */
export const DEFAULT_USER_AGENT =
  "xxgk-fetch/1.0 (research crawler for government information-disclosure annual reports)";

/**
 * Crawl the annual-report columns into `options.out`: archive/*.warc.gz, raw/…, fetched.csv (and the
 * journal it is made from, `.fetch-journal.jsonl`). Run again with the same folder to resume.
 */
export async function crawlColumns(columns: readonly Column[], options: CrawlOptions): Promise<CrawlResult> {
  const out = options.out;
  mkdirSync(join(out, "raw"), { recursive: true });
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const journal = new Journal(join(out, ".fetch-journal.jsonl"));
  const warc = new WarcWriter(join(out, "archive"), userAgent);
  const agent = createAgent(options.resolve);
  const req = new Requester(agent, warc, {
    rate: options.rate ?? 1,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 2000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 600_000,
    userAgent,
    robotsAgent: userAgent.split(/[\s/]/)[0]!,
    signal: options.signal,
  });
  const frontier = new Frontier(req, journal, join(out, "raw"), {
    maxPages: options.maxPages ?? 500,
    all: options.all ?? false,
    onProgress: options.onProgress,
    signal: options.signal,
  });
  try {
    await frontier.run(columns);
  } finally {
    warc.close();
    await agent.close().catch(() => undefined);
    await journal.writeCsv(join(out, "fetched.csv"));
  }
  return {
    rows: [...journal.rows.values()],
    hosts: [...req.hosts.values()].map((h) => ({
      host: h.name,
      listed: h.listed,
      stored: h.stored,
      failed: h.failed,
      queued: 0,
    })),
    requests: req.requests,
    warcFiles: warc.files,
    interrupted: options.signal?.aborted === true,
  };
}
