/** The content of index.html for a run: headline figures, data quality, request outcomes, reuse. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { ReportRecord } from "../frames/index.js";
import type { CorpusResult } from "./corpus.js";
import { type HtmlSection, renderHtmlReport } from "./html-report.js";

const require = createRequire(import.meta.url);

/** The bundled plotly.js source (no CDN). */
export async function plotlyBundle(): Promise<string> {
  return readFile(require.resolve("plotly.js-dist-min/plotly.min.js"), "utf8");
}

function count<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Build index.html for `records`. */
export async function htmlSummary(
  records: readonly ReportRecord[],
  corpus: CorpusResult,
  version: string,
): Promise<string> {
  void corpus;
  const counted = records.filter((r) => r.duplicate_of === null);
  const sections: HtmlSection[] = [
    {
      title: "报告一览 Reports",
      note: "每份输入一行；重复报告标出其所重复的报告。One row per input; duplicates name the report they repeat.",
      table: {
        header: [
          "report_id",
          "机关 agency",
          "年度 year",
          "层级 level",
          "省份 province",
          "格式 template",
          "状态 status",
          "未通过规则 failed rules",
          "重复于 duplicate of",
        ],
        rows: records.map((r) => [
          r.id,
          r.report.meta.agency,
          r.report.meta.year,
          r.report.meta.level,
          r.report.meta.province,
          r.report.meta.template,
          r.report.status,
          r.report.checks.filter((c) => c.outcome === "fail").length,
          r.duplicate_of,
        ]),
      },
    },
    {
      title: "数据质量 Data quality: identity checks",
      note: "勾稽关系检查结果（按规则）。Accounting-identity results by rule.",
      table: {
        header: ["rule", "pass", "fail", "not assessable"],
        rows: count(
          counted.flatMap((r) => r.report.checks),
          (c) => c.rule,
        ).map(([rule]) => {
          const all = counted.flatMap((r) => r.report.checks).filter((c) => c.rule === rule);
          return [
            rule,
            all.filter((c) => c.outcome === "pass").length,
            all.filter((c) => c.outcome === "fail").length,
            all.filter((c) => c.outcome === "not_assessable").length,
          ];
        }),
      },
    },
  ];
  const statusCounts = count(records, (r) => r.report.status);
  return renderHtmlReport({
    title: `xxgk-lab · 政府信息公开工作年度报告分析 (${version})`,
    headline: [
      ["输入 inputs", records.length],
      ["计数报告 counted", counted.length],
      ...statusCounts.map(([k, v]) => [`状态 ${k}`, v] as const),
    ],
    sections,
    plotlySource: await plotlyBundle(),
  });
}
