/** The content of index.html for a run: headline figures, data quality, request outcomes, reuse. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { histogramSpec, PUBLICATION_FIGURES } from "../charts/index.js";
import type { CorpusReuse } from "../corpus/index.js";
import type { ReportRecord } from "../frames/index.js";
import type { DoubtedCell } from "./doubted.js";
import { type HtmlSection, renderHtmlReport } from "./html-report.js";

const require = createRequire(import.meta.url);

/** The bundled plotly.js source (no CDN). */
export async function plotlyBundle(): Promise<string> {
  return readFile(require.resolve("plotly.js-dist-min/plotly.min.js"), "utf8");
}

/** Rows of the per-report table in index.html; a larger corpus is listed in reports.csv. */
const REPORT_ROWS = 2000;

/** One pass over the records: every figure, count and table of index.html, holding counts only. */
function pageContent(records: readonly ReportRecord[]) {
  const figures = new Map(PUBLICATION_FIGURES.map((f) => [f.name, f.accumulate()]));
  const byRule = new Map<string, [string, number, number, number]>();
  const statuses = new Map<string, number>();
  const shares: (number | null)[] = [];
  let counted = 0;
  let failures = 0;
  for (const r of records) {
    for (const acc of figures.values()) acc.add(r);
    statuses.set(r.report.status, (statuses.get(r.report.status) ?? 0) + 1);
    if (r.duplicate_of !== null) continue;
    counted++;
    shares.push(r.reuse?.boilerplate_share ?? null);
    for (const c of r.report.checks) {
      let row = byRule.get(c.rule);
      if (row === undefined) byRule.set(c.rule, (row = [c.rule, 0, 0, 0]));
      row[c.outcome === "pass" ? 1 : c.outcome === "fail" ? 2 : 3]++;
      if (c.outcome === "fail") failures++;
    }
  }
  return {
    figure: (name: string) => {
      const acc = figures.get(name);
      return acc === undefined ? [] : [acc.spec()];
    },
    outcomesByRule: [...byRule.values()].sort(byFirst),
    statuses: [...statuses.entries()].sort(byFirst),
    shares,
    counted,
    failures,
  };
}

function byFirst(a: readonly [string, ...unknown[]], b: readonly [string, ...unknown[]]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Build index.html for `records` (memory: counts per group and one share per report, whatever the corpus size). */
export async function htmlSummary(
  records: readonly ReportRecord[],
  reuse: Pick<CorpusReuse, "clusters" | "stats"> | null,
  version: string,
  doubted: readonly DoubtedCell[] = [],
): Promise<string> {
  const { figure, outcomesByRule, statuses, shares, counted, failures } = pageContent(records);
  const sections: HtmlSection[] = [
    {
      title: "语料概况 The corpus",
      note: "按年度与层级统计的报告数（重复报告只计一次）。Reports by year and level; duplicates counted once.",
      figures: figure("corpus-years"),
    },
    {
      title: "数据质量 Data quality",
      note: "表格解析状态与勾稽关系未通过率。Table parse status and identity failure rates; a failure is the agency's own arithmetic, kept as printed.",
      figures: [...figure("table-status"), ...figure("rule-failures")],
      table: {
        header: ["规则 rule", "通过 pass", "不符 fail", "无法核对 not assessable"],
        rows: outcomesByRule,
      },
    },
    {
      title: "核对原文 Cells of failing rules, in their source",
      note: "勾稽关系不符的单元格及其在原文件中的位置（xxgk text 文件 输出的文本中的 UTF-16 位置；PDF 另有页码），点开可见原文上下文。The cells of failing identity rules with their place in the file (offsets into the text `xxgk text FILE` prints; page for PDF); open a row to see the source text around the value.",
      sources: {
        header: ["report_id", "单元格 cell", "数值 value", "页 page", "起 start", "止 end"],
        rows: doubted.map((d) => ({
          cells: [d.report, d.cell, d.value, d.page, d.start, d.end],
          before: d.before,
          text: d.raw,
          after: d.after,
        })),
      },
    },
    {
      title: "依申请公开 Requests and their outcomes",
      figures: [...figure("request-outcomes"), ...figure("requests-per-report"), ...figure("review-outcomes")],
    },
    {
      title: "文本复用 Text reuse",
      note: `复用段落 ${reuse?.stats.passages ?? 0} 段，模板聚类 ${reuse?.clusters.length ?? 0} 个。Reused passages and template clusters; see reuse/.`,
      figures: shares.some((v) => v !== null)
        ? [
            histogramSpec(shares, {
              title: "报告文本复用比例 Share of each report's text that is reused",
              subtitle: "格式规定文本、本机关往年文本与其他机关文本之和 mandated + own other years + other agencies",
              xTitle: "复用比例 share reused",
              yTitle: "报告数 reports",
              binSize: 0.05,
              start: 0,
              end: 1,
            }),
          ]
        : [],
      table: {
        header: ["模板段落 template passage", "报告数 reports", "机关数 agencies", "首次出现 first year"],
        rows: [...(reuse?.clusters ?? [])]
          .sort((a, b) => b.reports - a.reports || a.id - b.id)
          .slice(0, 15)
          .map((c) => [
            c.prototype.length > 80 ? `${c.prototype.slice(0, 80)}…` : c.prototype,
            c.reports,
            c.agencies,
            c.firstYear,
          ]),
      },
    },
    {
      title: "报告一览 Reports",
      note:
        records.length <= REPORT_ROWS
          ? "每份输入一行；重复报告标出其所重复的报告。One row per input; duplicates name the report they repeat."
          : `前 ${REPORT_ROWS} 份输入（共 ${records.length} 份，全部见 reports.csv）；重复报告标出其所重复的报告。The first ${REPORT_ROWS} of ${records.length} inputs (all of them in reports.csv); duplicates name the report they repeat.`,
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
          "复用比例 reused",
          "重复于 duplicate of",
        ],
        rows: records
          .slice(0, REPORT_ROWS)
          .map((r) => [
            r.id,
            r.report.meta.agency,
            r.report.meta.year,
            r.report.meta.level,
            r.report.meta.province,
            r.report.meta.template,
            r.report.status,
            r.report.checks.filter((c) => c.outcome === "fail").length,
            r.reuse?.boilerplate_share ?? null,
            r.duplicate_of,
          ]),
      },
    },
  ];
  return renderHtmlReport({
    title: `xxgk-lab · 政府信息公开工作年度报告分析 (${version})`,
    headline: [
      ["输入 inputs", records.length],
      ["计数报告 counted", counted],
      ...statuses.map(([k, v]) => [`状态 ${k}`, v] as const),
      ["勾稽不符 identity failures", failures],
    ],
    sections,
    plotlySource: await plotlyBundle(),
  });
}
