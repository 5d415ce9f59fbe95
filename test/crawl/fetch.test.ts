import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { WARCParser } from "warcio";
import { type CrawlOptions, crawlColumns, isReportTitle, paginationLinks, readPage } from "../../src/crawl/index.js";
import { type Site, startSite } from "../support/xxgk-site.js";

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site.close();
});

const options = (out: string, extra: Partial<CrawlOptions> = {}): CrawlOptions => ({
  out,
  rate: 50,
  timeoutMs: 400,
  retries: 2,
  backoffMs: 30,
  maxBytes: 300_000,
  maxPages: 8,
  resolve: site.resolve,
  ...extra,
});

const columns = () => [
  { url: `${site.origin("www.xxgk.test")}/xxgk/nb/`, agency: null },
  { url: `${site.origin("www.xxgk.test")}/zwgk/nb.jsp?page=1`, agency: null },
  { url: `${site.origin("www.xxgk.test")}/cal/2024-01.html`, agency: null },
];

const path = (url: string): string => new URL(url).pathname + new URL(url).search;

test("report titles: the class, not the cases", () => {
  assert.equal(isReportTitle("某某区2023年政府信息公开工作年度报告"), true);
  assert.equal(isReportTitle("某局政务公开年报"), true);
  assert.equal(isReportTitle("二〇二二年度报告"), true);
  assert.equal(isReportTitle("某公司2023年度报告"), false);
  assert.equal(isReportTitle("关于2024年春节放假安排的通知"), false);
});

test("pagination: createPageHTML arguments, numbered index pages, not report pages named t…_1.html", () => {
  const base = new URL("http://a.test/xxgk/nb/");
  const page = readPage(
    `<a href="t20240110_1.html">1</a><a href="index_1.html">2</a><a href="/">首页</a><script>var n = 3; createPageHTML(n, 0, "index", "html");</script>`,
    "utf-8",
  );
  const links = paginationLinks(page, base).map((u) => u.pathname);
  assert.deepEqual(links.sort(), ["/xxgk/nb/index.html", "/xxgk/nb/index_1.html", "/xxgk/nb/index_2.html"]);
});

test("a crawl of the local site: every kind of page, WARC digests equal fetched.csv, one connection per host", async () => {
  const out = mkdtempSync(join(tmpdir(), "xxgk-fetch-"));
  try {
    const start = site.hits.length;
    const r = await crawlColumns(columns(), options(out));
    const by = new Map(r.rows.map((row) => [path(row.url) + (row.url.includes("file.") ? "@file" : ""), row]));
    const outcome = (p: string): string | undefined => by.get(p)?.outcome;
    for (const p of [
      "/xxgk/nb/t20240110_1.html",
      "/xxgk/nb/t20230115_2.html",
      "/xxgk/nb/t20190120_3.html",
      "/xxgk/nb/t20180120_4.html",
      "/xxgk/nb/t2016.html",
      "/xxgk/nb/t2013.html",
      "/xxgk/nb/t2012.html",
      "/zwgk/2021.html",
      "/files/2022nb.pdf@file",
    ])
      assert.equal(outcome(p), "stored", p);
    assert.equal(outcome("/old/2019.html"), "stored");
    assert.match(String(by.get("/old/2019.html")?.final_url), /t20200120_5\.html$/);
    assert.equal(outcome("/private/t2022.html"), "skipped_robots");
    assert.equal(outcome("/r2020.html"), "skipped_offhost");
    assert.equal(outcome("/xxgk/tzgg/t20240201_9.html"), "not_report");
    assert.equal(outcome("/xxgk/nb/t2014.html"), "too_large");
    assert.equal(outcome("/xxgk/nb/t2015.html"), "failed");
    for (const p of ["/xxgk/nb/index_1.html", "/xxgk/nb/index_2.html", "/xxgk/nb/index_3.html", "/zwgk/nb.jsp?page=2"])
      assert.equal(outcome(p), "list", p);
    // nothing requested from the off-host site or the disallowed path
    const hits = site.hits.slice(start);
    assert.equal(hits.filter((h) => h.host === "other.example").length, 0);
    assert.equal(hits.filter((h) => h.path.startsWith("/private/")).length, 0);
    // the calendar trap ends at --max-pages; the ?page=N loop ends when a page repeats
    assert.ok(hits.filter((h) => h.path.startsWith("/cal/2")).length <= 8);
    assert.ok(hits.filter((h) => h.path.startsWith("/zwgk/nb.jsp")).length <= 5);
    // 503 then 200, 429 then 200 after Retry-After: 1
    const t429 = hits.filter((h) => h.path === "/xxgk/nb/t20180120_4.html");
    assert.deepEqual(
      t429.map((h) => h.status),
      [429, 200],
    );
    assert.ok(t429[1]!.at - t429[0]!.at >= 900, "Retry-After honoured");
    assert.deepEqual(
      hits.filter((h) => h.path === "/xxgk/nb/t20190120_3.html").map((h) => h.status),
      [503, 200],
    );
    assert.equal(site.maxInFlight(), 1);
    // the GBK report kept its bytes; its sha256 is the WARC payload digest
    const stored = r.rows.filter((row) => row.outcome === "stored");
    const digests = new Map<string, string>();
    for (const file of r.warcFiles)
      for await (const rec of new WARCParser(createReadStream(join(out, "archive", file))))
        if (rec.warcType === "response") digests.set(rec.warcHeader("WARC-Record-ID")!, rec.warcPayloadDigest!);
    for (const row of stored) {
      const bytes = readFileSync(join(out, "raw", row.file!));
      const sha = createHash("sha256").update(bytes).digest("hex");
      assert.equal(sha, row.sha256);
      assert.equal(digests.get(row.warc_record_id!), `sha256:${sha}`, row.url);
    }
    const csv = readFileSync(join(out, "fetched.csv"), "utf8");
    assert.ok(csv.startsWith("\uFEFFurl,final_url,status,outcome"));
    assert.equal(csv.trim().split("\r\n").length, r.rows.length + 1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("stopped mid-way and run again: nothing stored is requested again, every report is stored once", async () => {
  const out = mkdtempSync(join(tmpdir(), "xxgk-fetch-resume-"));
  try {
    const controller = new AbortController();
    const first = site.hits.length;
    const r1 = await crawlColumns(columns(), {
      ...options(out),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stored >= 3) controller.abort();
      },
    });
    assert.equal(r1.interrupted, true);
    const storedFirst = r1.rows.filter((row) => row.outcome === "stored");
    assert.ok(storedFirst.length >= 3);
    const second = site.hits.length;
    const r2 = await crawlColumns(columns(), options(out));
    const again = site.hits.slice(second);
    for (const row of storedFirst)
      assert.equal(
        again.filter((h) => h.host === new URL(row.url).hostname && h.path === path(row.url)).length,
        0,
        row.url,
      );
    const stored = r2.rows.filter((row) => row.outcome === "stored").map((row) => row.url);
    assert.equal(new Set(stored).size, stored.length);
    assert.ok(stored.length >= 10, `stored ${stored.length}`);
    // each report and attachment was fetched successfully exactly once over both runs
    const ok = site.hits
      .slice(first)
      .filter((h) => h.status === 200 && /\/(t\d|2021|files\/)/.test(h.path) && !/t2014/.test(h.path));
    const counts = new Map<string, number>();
    for (const h of ok) counts.set(h.host + h.path, (counts.get(h.host + h.path) ?? 0) + 1);
    for (const [k, n] of counts) assert.equal(n, 1, k);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
