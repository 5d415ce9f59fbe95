/** `xxgk fetch <column-url...> [--sites sites.csv] --out DIR`: crawl annual-report columns into a WARC archive and raw/. */
import { accessSync, constants, mkdirSync } from "node:fs";
import { type CrawlColumn, crawlColumns, type HostProgress, isHttpUrl, readSites } from "../crawl/index.js";
import { InvalidInputError } from "../errors.js";
import { flag, intOption, numberOption, parseCommandArgs, stringOption, UsageError, withUsage } from "./args.js";

export const FETCH_USAGE = `用法 usage: xxgk fetch <column-url...> [--sites sites.csv] --out DIR [--rate 1] [--max-pages 500] [--all]

Crawls each 政府信息公开年报 column: follows its list pages, keeps the pages whose link or title names an
annual report and every attachment they link (pdf, doc, docx, wps, xls, xlsx, zip), on the column's
own site only (its registered domain). Writes DIR/archive/*.warc.gz (WARC 1.1), DIR/raw/… (as
served) and DIR/fetched.csv (one row per URL). Run again with the same DIR to resume.

options:
  -o, --out DIR        output folder (required)
  --sites FILE         CSV with a url column (and optionally agency)
  --rate N             requests per second per host (default 1)
  --max-pages N        list pages followed per column (default 500)
  --all                keep every linked document of the column, not only annual reports
  --timeout SEC        seconds to wait for a response (default 30)
  --retries N          retries after 429, 5xx, timeouts, resets (default 3)
  --max-bytes MB       size cap per response in MB (default 64)
  --resolve HOST=ADDR  connect to ADDR for HOST instead of asking DNS (comma-separated pairs)
  --user-agent TEXT    User-Agent header (its first word is the robots.txt agent)
exit codes: 0 the crawl finished (failed URLs included), 2 bad arguments or an unwritable DIR, 130 interrupted
`;

function parseResolve(value: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (value ?? "").split(",").filter((p) => p.trim() !== "")) {
    const m = /^([^=:\s]+)[=:](.+)$/.exec(pair.trim());
    if (m === null) throw new UsageError(`--resolve expects HOST=ADDRESS pairs; found ${JSON.stringify(pair)}`);
    map.set(m[1]!.toLowerCase(), m[2]!);
  }
  return map;
}

/** Progress: a line per host rewritten in place on a terminal, plain lines every few seconds otherwise. */
function reporter(stream: NodeJS.WriteStream = process.stderr) {
  const hosts = new Map<string, HostProgress>();
  const tty = stream.isTTY === true;
  let drawn = 0;
  let last = 0;
  const line = (p: HostProgress): string =>
    `xxgk fetch: ${p.host} · 列表页 listed ${p.listed} · 已存 stored ${p.stored} · 失败 failed ${p.failed}`;
  return {
    update(p: HostProgress): void {
      hosts.set(p.host, p);
      if (tty) {
        if (drawn > 0) stream.write(`\x1b[${drawn}A`);
        for (const h of hosts.values()) stream.write(`\r${line(h)}\x1b[K\n`);
        drawn = hosts.size;
      } else if (Date.now() - last > 5000) {
        last = Date.now();
        for (const h of hosts.values()) stream.write(`${line(h)}\n`);
      }
    },
    end(): void {
      if (!tty) for (const h of hosts.values()) stream.write(`${line(h)}\n`);
    },
  };
}

export async function fetchCommand(argv: readonly string[]): Promise<number> {
  return withUsage(FETCH_USAGE, async () => {
    const args = parseCommandArgs(argv, {
      out: { type: "string", short: "o" },
      sites: { type: "string" },
      rate: { type: "string" },
      "max-pages": { type: "string" },
      all: { type: "boolean" },
      timeout: { type: "string" },
      retries: { type: "string" },
      "max-bytes": { type: "string" },
      resolve: { type: "string" },
      "user-agent": { type: "string" },
    });
    const out = stringOption(args, "out");
    if (out === undefined) throw new UsageError("fetch needs --out DIR");
    const columns: CrawlColumn[] = [];
    for (const url of args.positionals) {
      if (!isHttpUrl(url)) throw new UsageError(`expected an http(s) column URL; found ${JSON.stringify(url)}`);
      columns.push({ url, agency: null });
    }
    const sites = stringOption(args, "sites");
    if (sites !== undefined) {
      try {
        const read = await readSites(sites);
        columns.push(...read.columns);
        for (const s of read.skipped) process.stderr.write(`xxgk fetch: ${sites}: ${s}, left out\n`);
      } catch (err) {
        if (err instanceof InvalidInputError || (err as { code?: string }).code === "ENOENT")
          throw new UsageError((err as Error).message);
        throw err;
      }
    }
    if (columns.length === 0) throw new UsageError("fetch needs at least one column URL or --sites FILE");
    const retriesText = stringOption(args, "retries");
    const retries = retriesText === "0" ? 0 : intOption(retriesText, "retries", 3);
    try {
      mkdirSync(out, { recursive: true });
      accessSync(out, constants.W_OK);
    } catch (err) {
      throw new UsageError(`cannot write to --out ${out}: ${(err as Error).message}`);
    }
    const controller = new AbortController();
    const onSignal = (): void => {
      process.stderr.write(
        "\nxxgk fetch: 已中断 interrupted — what is stored stays; run again with the same arguments to resume.\n",
      );
      controller.abort();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const progress = reporter();
    try {
      const result = await crawlColumns(columns, {
        out,
        rate: numberOption(stringOption(args, "rate"), "rate", 1),
        maxPages: intOption(stringOption(args, "max-pages"), "max-pages", 500),
        all: flag(args, "all"),
        timeoutMs: (numberOption(stringOption(args, "timeout"), "timeout", 30) ?? 30) * 1000,
        retries,
        maxBytes: Math.round((numberOption(stringOption(args, "max-bytes"), "max-bytes", 64) ?? 64) * 1024 * 1024),
        resolve: parseResolve(stringOption(args, "resolve")),
        userAgent: stringOption(args, "user-agent"),
        signal: controller.signal,
        onProgress: (p) => progress.update(p),
      });
      progress.end();
      const count = (o: string): number => result.rows.filter((r) => r.outcome === o).length;
      process.stderr.write(
        `xxgk fetch: ${result.requests} 次请求 requests · 已存 stored ${count("stored")} · 列表页 list ${count("list")} · 非年报 not_report ${count("not_report")} · robots ${count("skipped_robots")} · 站外 offhost ${count("skipped_offhost")} · 过大 too_large ${count("too_large")} · 失败 failed ${count("failed")}\n` +
          `xxgk fetch: ${out}/fetched.csv, ${out}/raw/, ${out}/archive/${result.warcFiles.join(", ")}\n`,
      );
      return result.interrupted ? 130 : 0;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  });
}
