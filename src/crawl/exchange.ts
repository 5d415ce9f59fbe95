/**
 * Requests as the crawl makes them: robots.txt checked first, each request in its host's turn,
 * retried with exponential backoff (Retry-After honoured) on 429, 5xx, timeouts and resets,
 * redirects followed within the column's site, and every exchange written to the WARC.
 */
import type { Agent } from "undici";
import { fetchOnce, headerValue, retryAfterMs, type Exchange } from "./http.js";
import { Host, robotsRules, type RobotsRules } from "./politeness.js";
import { decodePage } from "./page.js";
import { sameSite } from "./scope.js";
import type { WarcRef, WarcWriter } from "./warc.js";

export interface ExchangeSettings {
  readonly rate: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly retries: number;
  readonly backoffMs: number;
  readonly maxRetryAfterMs: number;
  readonly userAgent: string;
  /** The robots.txt agent token (first word of the user agent). */
  readonly robotsAgent: string;
  readonly signal?: AbortSignal;
}

/** The end of a chain of requests for one URL. */
export type Fetched =
  | { readonly kind: "response"; readonly x: Exchange; readonly warc: WarcRef | null; readonly finalUrl: string }
  | { readonly kind: "failed"; readonly x: Exchange | null; readonly finalUrl: string; readonly error: string }
  | { readonly kind: "robots"; readonly finalUrl: string }
  | { readonly kind: "offhost"; readonly finalUrl: string }
  | { readonly kind: "aborted" };

const MAX_REDIRECTS = 5;

export class Requester {
  readonly hosts = new Map<string, Host>();
  requests = 0;

  constructor(
    private readonly agent: Agent,
    private readonly warc: WarcWriter,
    private readonly s: ExchangeSettings,
  ) {}

  private stopped(): boolean {
    return this.s.signal?.aborted === true;
  }

  host(u: URL): Host {
    let h = this.hosts.get(u.host);
    if (h === undefined) {
      h = new Host(u.host, this.s.rate, this.s.signal);
      this.hosts.set(u.host, h);
    }
    return h;
  }

  /** One URL with its retries; null when the crawl was stopped first. */
  private async attempt(u: URL): Promise<{ x: Exchange; warc: WarcRef | null; error: string | null } | null> {
    const host = this.host(u);
    for (let attempt = 0; ; attempt++) {
      if (this.stopped()) return null;
      const x = await host.run(() => fetchOnce(u.href, this.agent, { ...this.s }));
      if (this.stopped() && x.error !== null) return null;
      this.requests++;
      const warc = await this.warc.write(x);
      const status = x.status;
      const retry = x.error !== null ? x.retryable : status === 429 || (status !== null && status >= 500);
      if (!retry) return { x, warc, error: x.error };
      const what = x.error ?? `HTTP ${status}`;
      if (attempt >= this.s.retries) return { x, warc, error: `${what} after ${attempt + 1} attempts` };
      const asked = retryAfterMs(headerValue(x.headers, "retry-after"), Date.now());
      if (asked !== null && asked > this.s.maxRetryAfterMs)
        return {
          x,
          warc,
          error: `${what}; Retry-After ${Math.round(asked / 1000)} s exceeds the ${Math.round(this.s.maxRetryAfterMs / 1000)} s waited at most`,
        };
      host.holdFor(asked ?? this.s.backoffMs * 2 ** attempt);
    }
  }

  private robots(u: URL): Promise<RobotsRules> {
    const host = this.host(u);
    if (host.robots === null) {
      const robotsUrl = new URL("/robots.txt", u);
      host.robots = this.chain(robotsUrl, robotsUrl, false).then((f) => {
        const rules =
          f.kind === "response"
            ? robotsRules(
                robotsUrl.href,
                f.x.status,
                decodePage(f.x.body, headerValue(f.x.headers, "content-type")).text,
                this.s.robotsAgent,
              )
            : f.kind === "aborted"
              ? { allowed: () => false, delayMs: null }
              : robotsRules(robotsUrl.href, null, "", this.s.robotsAgent);
        if (rules.delayMs !== null) host.slowTo(rules.delayMs);
        return rules;
      });
    }
    return host.robots;
  }

  /** Request `start`, following redirects within the site of `column`, checking robots.txt at each hop. */
  async chain(start: URL, column: URL, checkRobots = true): Promise<Fetched> {
    let u = start;
    for (let hop = 0; ; hop++) {
      if (!sameSite(u, column)) return { kind: "offhost", finalUrl: u.href };
      if (checkRobots && !(await this.robots(u)).allowed(u.href)) return { kind: "robots", finalUrl: u.href };
      const r = await this.attempt(u);
      if (r === null) return { kind: "aborted" };
      if (r.error !== null || r.x.status === null)
        return { kind: "failed", x: r.x, finalUrl: u.href, error: r.error ?? "no response" };
      const status = r.x.status;
      const location = headerValue(r.x.headers, "location");
      if (status >= 300 && status < 400 && location !== null) {
        if (hop >= MAX_REDIRECTS)
          return { kind: "failed", x: r.x, finalUrl: u.href, error: `more than ${MAX_REDIRECTS} redirects` };
        let next: URL;
        try {
          next = new URL(location, u);
        } catch {
          return { kind: "failed", x: r.x, finalUrl: u.href, error: `unreadable Location ${JSON.stringify(location)}` };
        }
        next.hash = "";
        if (next.href === u.href) return { kind: "failed", x: r.x, finalUrl: u.href, error: "redirect to itself" };
        u = next;
        continue;
      }
      return { kind: "response", x: r.x, warc: r.warc, finalUrl: u.href };
    }
  }
}
