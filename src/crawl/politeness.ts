/**
 * Politeness per host: one request at a time (p-queue, concurrency 1; undici keeps one connection
 * per origin), at most `rate` requests per second, longer when robots.txt asks for a Crawl-delay
 * or a server for Retry-After; robots.txt read once per origin and honoured for the crawler's agent
 * (a missing file allows all; a server error disallows all, RFC 9309 §2.3.1.4). Hosts run side by side.
 */
import PQueue from "p-queue";
import robotsParserModule from "robots-parser";

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
/** robots-parser's CommonJS export, typed (its declaration file does not type the default import). */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted === true) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

export { sleep };

/** The robots.txt verdicts of one origin. */
export interface RobotsRules {
  readonly allowed: (url: string) => boolean;
  /** Crawl-delay in milliseconds, when given. */
  readonly delayMs: number | null;
}

/** Rules from a robots.txt answer: its status and text (null status: nothing could be fetched). */
export function robotsRules(robotsUrl: string, status: number | null, text: string, agent: string): RobotsRules {
  if (status !== null && status >= 200 && status < 300) {
    const robot: Robot = robotsParser(robotsUrl, text);
    const delay = robot.getCrawlDelay(agent);
    return {
      allowed: (url) => robot.isAllowed(url, agent) !== false,
      delayMs: delay === undefined ? null : Math.min(60_000, delay * 1000),
    };
  }
  if (status !== null && status >= 400 && status < 500) return { allowed: () => true, delayMs: null };
  return { allowed: () => false, delayMs: null };
}

/** One host's queue and clock. */
export class Host {
  private readonly queue = new PQueue({ concurrency: 1 });
  private nextAt = 0;
  private intervalMs: number;
  robots: Promise<RobotsRules> | null = null;
  listed = 0;
  stored = 0;
  failed = 0;
  pending = 0;

  constructor(
    readonly name: string,
    rate: number,
    private readonly signal?: AbortSignal,
  ) {
    this.intervalMs = 1000 / rate;
  }

  /** Raise the spacing between requests (a Crawl-delay). */
  slowTo(ms: number): void {
    this.intervalMs = Math.max(this.intervalMs, ms);
  }

  /** Hold every request of this host until `ms` from now (Retry-After, backoff). */
  holdFor(ms: number): void {
    this.nextAt = Math.max(this.nextAt, Date.now() + ms);
  }

  /** Run `task` when it is this host's turn and its clock allows. */
  run<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.add(async () => {
      await sleep(this.nextAt - Date.now(), this.signal);
      this.nextAt = Date.now() + this.intervalMs;
      try {
        return await task();
      } finally {
        this.nextAt = Math.max(this.nextAt, Date.now() + this.intervalMs / 4);
      }
    }) as Promise<T>;
  }
}
