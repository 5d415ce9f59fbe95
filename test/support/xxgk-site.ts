/**
 * A local government site for the crawler tests, served on 127.0.0.1 under several host names
 * (www.xxgk.test, file.xxgk.test, other.example), with every kind of page `xxgk fetch` meets:
 * GBK list pages with anchor pagination (下一页, 尾页, numbered links, a link back to the first),
 * script pagination (createPageHTML), a `?page=N` column with a loop past its last page, a
 * calendar trap, report pages in GBK and UTF-8 (one with a PDF on a sibling host), a redirect, a
 * notice that is not a report, a robots.txt disallow, 503 then 200, 429 with Retry-After, a
 * response that never comes, an oversized response and hostile HTML. It counts every request.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import iconv from "iconv-lite";

const ROOT = new URL("../..", import.meta.url).pathname;

export interface Hit {
  readonly host: string;
  readonly path: string;
  readonly at: number;
  readonly status: number;
}

export interface Site {
  readonly port: number;
  /** `http://HOST:PORT` */
  readonly origin: (host: string) => string;
  /** Host names to resolve to 127.0.0.1. */
  readonly resolve: ReadonlyMap<string, string>;
  readonly hits: Hit[];
  /** Most requests in flight at once on one host. */
  readonly maxInFlight: () => number;
  readonly close: () => Promise<void>;
}

/** The text of a bundled real report, without its scrape header. */
function reportText(file: string): string {
  const text = readFileSync(join(ROOT, "data/raw/pingtan", file), "utf8");
  const i = text.indexOf("==================== 正文 ====================");
  return i < 0 ? text : text.slice(i + 45);
}

const esc = (s: string): string => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

function reportPage(title: string, body: string, charset: string, extra = ""): string {
  const paras = body
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `<p>${esc(l)}</p>`)
    .join("\n");
  return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a></div><h1>${title}</h1>\n${paras}\n${extra}</body></html>`;
}

function listPage(title: string, items: readonly [string, string][], pager: string): string {
  const lis = items
    .map(([href, t]) => `<li><a href="${href}" title="${t}">${t}</a><span>2024-01-01</span></li>`)
    .join("\n");
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div><ul>${lis}</ul><div class="page">${pager}</div></body></html>`;
}

const gbk = (s: string): Buffer => iconv.encode(s, "gbk");

export const REPORT_TITLES = {
  gbk2023: "平潭综合实验区2023年政府信息公开工作年度报告",
  utf2022: "平潭综合实验区2022年度政府信息公开工作年度报告",
  redirect2019: "平潭综合实验区2019年政府信息公开工作年度报告",
  retry2018: "平潭综合实验区2018年政府信息公开工作年度报告",
  limited2017: "平潭综合实验区2017年政务公开年报",
  script2016: "平潭综合实验区2016年政府信息公开工作年度报告",
  hostile2013: "平潭综合实验区2013年政府信息公开工作年度报告",
  truncated2012: "平潭综合实验区2012年政府信息公开工作年度...",
  paged2021: "平潭县2021年政府信息公开工作年度报告",
} as const;

/** Start the site; `slowMs` is how long the never-finishing URL waits before it is dropped. */
export async function startSite(): Promise<Site> {
  const hits: Hit[] = [];
  const inFlight = new Map<string, number>();
  let maxInFlight = 0;
  const tries = new Map<string, number>();
  const pending = new Set<ServerResponse>();
  const pdf = readFileSync(join(ROOT, "test/fixtures/ingest/seed002.pdf"));
  let port = 0;
  const o = (h: string): string => `http://${h}:${port}`;

  const route = (host: string, path: string, res: ServerResponse): number => {
    const send = (
      status: number,
      type: string,
      body: string | Buffer,
      headers: Record<string, string> = {},
    ): number => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
      return status;
    };
    const n = (tries.get(`${host}${path}`) ?? 0) + 1;
    tries.set(`${host}${path}`, n);
    if (host === "file.xxgk.test") {
      if (path === "/robots.txt") return send(404, "text/plain", "not found");
      if (path === "/files/2022nb.pdf") return send(200, "application/pdf", pdf);
      if (path === "/files/2022nb-tables.xls") return send(200, "application/vnd.ms-excel", Buffer.from("xls bytes"));
      return send(404, "text/plain", "not found");
    }
    if (host !== "www.xxgk.test") return send(200, "text/html", "<html><body>other site</body></html>");
    const t = REPORT_TITLES;
    switch (path.replace(/\?.*$/, "") === "/zwgk/nb.jsp" ? "/zwgk/nb.jsp" : path) {
      case "/robots.txt":
        return send(200, "text/plain", "User-agent: *\nDisallow: /private/\n");
      case "/xxgk/nb/":
      case "/xxgk/nb/index.html":
        return send(
          200,
          "text/html",
          gbk(
            listPage(
              "年报",
              [
                ["./t20240110_1.html", t.gbk2023],
                ["t20230115_2.html", t.utf2022],
                ["/xxgk/tzgg/t20240201_9.html", "关于2024年春节放假安排的通知"],
                ["/private/t2022.html", "平潭综合实验区2021年政府信息公开年报"],
                [`${o("other.example")}/r2020.html`, "平潭综合实验区2020年政府信息公开工作年度报告"],
                ["/old/2019.html", t.redirect2019],
                ["javascript:void(0)", "打印"],
              ],
              `<a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_2.html">尾页</a> <a href="index_1.html">2</a><script>var countPage = 4; createPageHTML(countPage, 0, "index", "html");</script>`,
            ),
          ),
        );
      case "/xxgk/nb/index_1.html":
        return send(
          200,
          "text/html",
          gbk(
            listPage(
              "年报",
              [
                ["t20190120_3.html", t.retry2018],
                ["t2015.html", "平潭综合实验区2015年政府信息公开工作年度报告"],
              ],
              `<a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index_2.html">下一页</a> <a href="index_2.html">3</a>`,
            ),
          ),
        );
      case "/xxgk/nb/index_2.html":
        return send(
          200,
          "text/html",
          gbk(
            listPage(
              "年报",
              [
                ["t20180120_4.html", t.limited2017],
                ["t2014.html", "平潭综合实验区2014年政府信息公开工作年度报告"],
              ],
              `<a href="index.html">首页</a> <a href="index_1.html">上一页</a>`,
            ),
          ),
        );
      case "/xxgk/nb/index_3.html":
        return send(
          200,
          "text/html",
          gbk(
            listPage(
              "年报",
              [
                ["t2016.html", t.script2016],
                ["t2013.html", t.hostile2013],
                ["t2012.html", t.truncated2012],
              ],
              "",
            ),
          ),
        );
      case "/xxgk/nb/t20240110_1.html":
        return send(200, "text/html", gbk(reportPage(t.gbk2023, reportText("0002.txt"), "gbk")));
      case "/xxgk/nb/t20230115_2.html":
        return send(
          200,
          "text/html; charset=utf-8",
          reportPage(
            t.utf2022,
            "本报告全文见附件。",
            "utf-8",
            `<p>附件：<a href="${o("file.xxgk.test")}/files/2022nb.pdf">2022年报.pdf</a> <a href="${o("file.xxgk.test")}/files/2022nb-tables.xls">表格.xls</a> <a href="${o("other.example")}/mirror.pdf">镜像.pdf</a></p>`,
          ),
        );
      case "/old/2019.html":
        return send(301, "text/html", "moved", { location: "/xxgk/nb/t20200120_5.html" });
      case "/xxgk/nb/t20200120_5.html":
        return send(200, "text/html", gbk(reportPage(t.redirect2019, reportText("0006.txt"), "gbk")));
      case "/xxgk/nb/t20190120_3.html":
        if (n === 1) return send(503, "text/html", "busy");
        return send(200, "text/html", gbk(reportPage(t.retry2018, reportText("0009.txt"), "gbk")));
      case "/xxgk/nb/t20180120_4.html":
        if (n === 1) return send(429, "text/html", "slow down", { "retry-after": "1" });
        return send(200, "text/html", gbk(reportPage(t.limited2017, reportText("0014.txt"), "gbk")));
      case "/xxgk/nb/t2016.html":
        return send(200, "text/html", gbk(reportPage(t.script2016, reportText("0016.txt"), "gbk")));
      case "/xxgk/nb/t2015.html": // never answers
        pending.add(res);
        return 0;
      case "/xxgk/nb/t2014.html":
        return send(200, "text/html", `<html><body>${"<p>很长的页面</p>".repeat(40_000)}</body></html>`);
      case "/xxgk/nb/t2013.html":
        return send(
          200,
          "text/html; charset=utf-8",
          `<html><head><title>${t.hostile2013}</title><meta charset="utf-8"></head><body>${"<div>".repeat(50_000)}<a href="javascript:alert(1)">x</a><a href="&#0;&#xFFFFFF;">y</a><a href="http://[::1">z</a><a href="t20240110_1.html"onclick=1>again</a><script>document.write("<a href='/x.pdf'>")</script>&#x110000;&bogus; <p>年度报告正文</p></body>`,
        );
      case "/xxgk/nb/t2012.html":
        return send(200, "text/html", gbk(reportPage(t.truncated2012.replace("...", "报告"), "正文。", "gbk")));
      case "/xxgk/tzgg/t20240201_9.html":
        return send(200, "text/html", "<html><head><title>通知</title></head><body>放假</body></html>");
      case "/zwgk/nb.jsp": {
        const page = Number(new URL(path, "http://x").searchParams.get("page") ?? "1");
        // pages 1–2 list the report; every page links to the next, beyond the last it repeats page 2
        const items: [string, string][] =
          page === 1 ? [["/zwgk/2021.html", t.paged2021]] : [["/zwgk/2020.html", "2020年工作动态"]];
        const pager = `<a href="nb.jsp?page=1">1</a> <a href="nb.jsp?page=2">2</a> <a href="nb.jsp?page=${page + 1}">下一页</a>`;
        return send(200, "text/html", gbk(listPage("年报", items, pager)));
      }
      case "/zwgk/2021.html":
        return send(200, "text/html", gbk(reportPage(t.paged2021, reportText("0002.txt"), "gbk")));
      default: {
        const cal = /^\/cal\/(\d{4})-(\d{2})\.html$/.exec(path);
        if (cal !== null) {
          // a calendar: every month links the next, each with a different notice, forever
          const m = Number(cal[1]) * 12 + Number(cal[2]);
          const next = `${Math.floor((m + 1) / 12)}-${String((m + 1) % 12 || 12).padStart(2, "0")}`;
          return send(
            200,
            "text/html",
            gbk(listPage("日历", [[`/cal/n${m}.html`, `${m}号通知`]], `<a href="/cal/${next}.html">下一页</a>`)),
          );
        }
        return send(404, "text/html", "not found");
      }
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? "").replace(/:\d+$/, "");
    const path = req.url ?? "/";
    const now = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, now);
    maxInFlight = Math.max(maxInFlight, now);
    const done = (): void => void inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
    res.on("close", done);
    const status = route(host, path, res);
    hits.push({ host, path, at: Date.now(), status });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: o,
    resolve: new Map(["www.xxgk.test", "file.xxgk.test", "other.example"].map((h) => [h, "127.0.0.1"])),
    hits,
    maxInFlight: () => maxInFlight,
    close: async () => {
      for (const r of pending) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
