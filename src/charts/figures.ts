/**
 * The publication figures: named chart specs computed from report records, shared by the
 * notebooks (06-figures), the CLI (`xxgk figure`) and the HTML report. Pure.
 */
import { describe, InvalidOptionError } from "../errors.js";
import { iterateCellRows, type ReportRecord, type Row, splitCellKey } from "../frames/index.js";
import { filterRows, rate, summarise, summariseRows, tally, toBarRows, toLinePoints } from "./aggregate.js";
import { barChartSpec } from "./bar.js";
import {
  LEVEL_LABELS,
  OUTCOME_LABELS,
  REVIEW_GROUP_LABELS,
  REVIEW_OUTCOME_LABELS,
  TABLE_LABELS,
  TABLE_STATUS_LABELS,
  TEMPLATE_LABELS,
} from "./labels.js";
import { lineChartSpec } from "./line.js";
import type { ChartSpec } from "./types.js";

/** One row per report and table: the table's parse status. */
export function tableStatusRows(records: readonly ReportRecord[]): Row[] {
  return records.flatMap((r) =>
    Object.entries(r.report.tables).map(([table, t]) => ({
      report_id: r.id,
      year: r.report.meta.year,
      level: r.report.meta.level,
      template: r.report.meta.template,
      table,
      status: t.status,
    })),
  );
}

/** The outcome group of a request-matrix row key (`denied.third_party` → `denied`), or null for non-outcome rows. */
export function outcomeGroup(row: string): string | null {
  const head = row.split(".")[0] ?? "";
  return Object.hasOwn(OUTCOME_LABELS, head) ? head : null;
}

/**
 * Request outcomes from tidy cell rows: one row per report and outcome group, summing the
 * group's rows in one applicant `column` (default `total`). `value` is null when none of the
 * group's cells was given; `given`/`cells` say how many were.
 */
export function requestOutcomeRows(cells: readonly Row[], { column = "total" } = {}): Row[] {
  const mine = filterRows(cells, { table: "requests", column }).flatMap((c) => {
    const outcome = outcomeGroup(String(c.row));
    return outcome === null ? [] : [{ ...c, outcome }];
  });
  return summariseRows(mine, ["report_id", "agency", "year", "level", "template", "outcome"], "value").map((r) => ({
    report_id: r.report_id ?? null,
    agency: r.agency ?? null,
    year: r.year ?? null,
    level: r.level ?? null,
    template: r.template ?? null,
    outcome: r.outcome ?? null,
    value: r.sum ?? null,
    given: r.given ?? null,
    cells: r.n ?? null,
  }));
}

/** Review outcomes from tidy cell rows: one row per report, group (复议/诉讼) and outcome. */
export function reviewOutcomeRows(cells: readonly Row[]): Row[] {
  return filterRows(cells, { table: "review", column: Object.keys(REVIEW_OUTCOME_LABELS) }).map((c) => ({
    report_id: c.report_id ?? null,
    year: c.year ?? null,
    level: c.level ?? null,
    group: c.row ?? null,
    outcome: c.column ?? null,
    value: c.value ?? null,
  }));
}

/**
 * Whether the publication figures read cell `key` of `table`: table 3's total column and table 4's
 * outcome columns. A caller holding a very large corpus keeps only these cells for the figures.
 */
export function isFigureCell(table: string, key: string): boolean {
  const { column } = splitCellKey(key);
  if (table === "requests") return column === "total";
  if (table === "review") return Object.hasOwn(REVIEW_OUTCOME_LABELS, column);
  return false;
}

/** Whether a record counts in sums: not a duplicate of another report, not a 汇总 of other reports. */
export function isCounted(record: ReportRecord): boolean {
  return record.duplicate_of === null && !record.aggregate;
}

/** Records that count in sums (`isCounted`). */
export function countedRecords(records: readonly ReportRecord[]): readonly ReportRecord[] {
  const hit = countedMemo.get(records);
  if (hit !== undefined) return hit;
  const out = records.filter(isCounted);
  countedMemo.set(records, out);
  return out;
}

/** The same records array always gives the same counted array, so row builders downstream can memoise. */
const countedMemo = new WeakMap<readonly ReportRecord[], readonly ReportRecord[]>();

function sourceNote(reports: number): string {
  return `来源 Source: ${reports} 份政府信息公开工作年度报告 annual reports; xxgk-lab`;
}

/** One report's cell rows (not memoised: the figures read each report once). */
function cellsOf(record: ReportRecord): Row[] {
  return [...iterateCellRows([record])];
}

/**
 * A publication figure under construction: fed one report at a time, it keeps only counts and
 * the numbers its summaries need, so a corpus of any size streams through it.
 */
export interface FigureAccumulator {
  add(record: ReportRecord): void;
  spec(): ChartSpec;
}

/** A named publication figure. */
export interface FigureDef {
  readonly name: string;
  /** What the figure shows, in one line. */
  readonly description: string;
  /** A fresh accumulator: `add` every record, then take the `spec`. */
  readonly accumulate: () => FigureAccumulator;
  /** The spec over `records` (the accumulator fed with all of them). */
  readonly build: (records: Iterable<ReportRecord>) => ChartSpec;
}

/** What a figure is drawn from: what it adds up, and the source note naming how many reports that is. */
interface FigureParts {
  add(record: ReportRecord): void;
  spec(source: string): ChartSpec;
}

/**
 * A figure over `over` reports: every record, or only those that count in sums (`isCounted`).
 * The wrapper filters and counts them for the source note, so each figure only adds up.
 */
function figure(name: string, description: string, over: "all" | "counted", parts: () => FigureParts): FigureDef {
  const accumulate = (): FigureAccumulator => {
    const p = parts();
    let reports = 0;
    return {
      add: (r) => {
        if (over === "counted" && !isCounted(r)) return;
        reports++;
        p.add(r);
      },
      spec: () => p.spec(sourceNote(reports)),
    };
  };
  return {
    name,
    description,
    accumulate,
    build: (records) => {
      const acc = accumulate();
      for (const r of records) acc.add(r);
      return acc.spec();
    },
  };
}

const corpusYears = figure("corpus-years", "Reports by year reported on and format version", "all", () => {
  const years = tally(["year", "template"]);
  return {
    add: (r) => {
      years.add({ year: r.report.meta.year, template: r.report.meta.template });
    },
    spec: (source) =>
      barChartSpec(
        toBarRows(years.rows(), { category: "year", value: "n", series: "template", seriesLabels: TEMPLATE_LABELS }),
        {
          title: "语料 Corpus: 各年度报告数 reports by year",
          xTitle: "报告年度 Year reported on",
          yTitle: "报告数 Reports",
          mode: "stack",
          seriesOrder: Object.values(TEMPLATE_LABELS),
          source,
        },
      ),
  };
});

const tableStatus = figure(
  "table-status",
  "Share of tables parsed complete, partial, total-only or missing, per table",
  "all",
  () => {
    const statuses = tally(["table", "status"], { within: ["table"] });
    return {
      add: (r) => {
        for (const row of tableStatusRows([r])) statuses.add(row);
      },
      spec: (source) =>
        barChartSpec(
          toBarRows(statuses.rows(), {
            category: "table",
            value: "n",
            series: "status",
            categoryLabels: TABLE_LABELS,
            seriesLabels: TABLE_STATUS_LABELS,
          }),
          {
            title: "数据质量 Data quality: 表格解析状态 table status",
            xTitle: "占报告比例 Share of reports (%)",
            mode: "share",
            orientation: "h",
            categoryOrder: Object.values(TABLE_LABELS),
            seriesOrder: Object.values(TABLE_STATUS_LABELS),
            height: 380,
            source,
          },
        ),
    };
  },
);

/** The family of a rule id: its first two parts (`requests.row.denied.state_secret` → `requests.row`). */
export function ruleFamily(rule: string): string {
  return rule.split(".").slice(0, 2).join(".");
}

const ruleFailures = figure(
  "rule-failures",
  "Failure rate of each family of accounting identities, with 95% Wilson intervals",
  "all",
  () => {
    const failures = rate(["family"], "outcome", "fail", { exclude: ["not_assessable"] });
    return {
      add: (r) => {
        for (const c of r.report.checks) failures.add({ family: ruleFamily(c.rule), outcome: c.outcome });
      },
      spec: (source) => {
        const rates = failures.rows();
        const labelled = rates.map((r) => ({ ...r, family: `${r.family} (n=${r.n})` }));
        return barChartSpec(
          toBarRows(labelled, { category: "family", value: "rate", lo: "lo", hi: "hi", scale: 100 }),
          {
            title: "勾稽关系 Identity checks: 不符比例 failure rate",
            subtitle: "按规则族, 可检验的检查中 by rule family, among checks that could be made; 95% Wilson 区间",
            xTitle: "不符比例 Failure rate (%)",
            orientation: "h",
            height: Math.max(360, 160 + 30 * rates.length),
            notes: ["n = 可检验的检查数 checks that could be made (report × column)"],
            source,
          },
        );
      },
    };
  },
);

const requestOutcomes = figure(
  "request-outcomes",
  "Requests by outcome and year (sum over reports that give them)",
  "counted",
  () => {
    const sums = summarise(["year", "outcome"], "value");
    let reports = 0;
    return {
      add: (r) => {
        const given = requestOutcomeRows(cellsOf(r)).filter((o) => o.given !== 0);
        if (given.length > 0) reports++;
        for (const o of given) sums.add(o);
      },
      spec: (source) =>
        barChartSpec(
          toBarRows(sums.rows(), { category: "year", value: "sum", series: "outcome", seriesLabels: OUTCOME_LABELS }),
          {
            title: "依申请公开 Requests: 办理结果 outcomes by year",
            subtitle: "表三总计列 table 3, total column; 不含重复与汇总报告 duplicates and 汇总 reports excluded",
            xTitle: "报告年度 Year reported on",
            yTitle: "申请数 Requests (件)",
            mode: "stack",
            seriesOrder: Object.values(OUTCOME_LABELS),
            notes: [`${reports} 份报告给出表三结果 reports give table 3 outcomes; 其余未给出 the others give none`],
            source,
          },
        ),
    };
  },
);

const reviewOutcomes = figure(
  "review-outcomes",
  "Administrative reconsideration and litigation outcomes (sum over reports)",
  "counted",
  () => {
    const sums = summarise(["group", "outcome"], "value");
    return {
      add: (r) => {
        for (const o of reviewOutcomeRows(cellsOf(r))) sums.add(o);
      },
      spec: (source) =>
        barChartSpec(
          toBarRows(sums.rows(), {
            category: "group",
            value: "sum",
            series: "outcome",
            categoryLabels: REVIEW_GROUP_LABELS,
            seriesLabels: REVIEW_OUTCOME_LABELS,
          }),
          {
            title: "复议与诉讼 Reconsideration and litigation: 结果 outcomes",
            xTitle: "程序 Procedure",
            yTitle: "案件数 Cases (件)",
            categoryOrder: Object.values(REVIEW_GROUP_LABELS),
            seriesOrder: Object.values(REVIEW_OUTCOME_LABELS),
            source,
          },
        ),
    };
  },
);

const requestsPerReport = figure(
  "requests-per-report",
  "Mean new requests per report by year and level, with 95% t intervals",
  "counted",
  () => {
    const means = summarise(["year", "level"], "value", { bounds: [0, Number.POSITIVE_INFINITY] });
    return {
      add: (r) => {
        for (const c of filterRows(cellsOf(r), { table: "requests", cell: "new.total" })) means.add(c);
      },
      spec: (source) =>
        lineChartSpec(
          toLinePoints(
            means.rows().filter((r) => typeof r.year === "number"),
            { category: "year", value: "mean", series: "level", lo: "lo", hi: "hi", seriesLabels: LEVEL_LABELS },
          ),
          {
            title: "依申请公开 Requests: 每份报告新收申请 new requests per report",
            subtitle: "平均数与 95% 置信区间 mean and 95% t interval, by level",
            xTitle: "报告年度 Year reported on",
            yTitle: "新收申请 New requests (件)",
            source,
          },
        ),
    };
  },
);

/** The publication figures, in the order `xxgk figure all` exports them. */
export const PUBLICATION_FIGURES: readonly FigureDef[] = [
  corpusYears,
  tableStatus,
  ruleFailures,
  requestOutcomes,
  reviewOutcomes,
  requestsPerReport,
];

/**
 * The spec of the publication figure `name` over `records`.
 * @throws InvalidOptionError for an unknown figure name (the message lists the known ones)
 */
export function figureSpec(name: string, records: readonly ReportRecord[]): ChartSpec {
  return findFigure(name).build(records);
}

/** Every publication figure's spec over `records`, by name. */
export function publicationFigureSpecs(records: Iterable<ReportRecord>): Record<string, ChartSpec> {
  const accs = PUBLICATION_FIGURES.map((f) => [f.name, f.accumulate()] as const);
  for (const r of records) for (const [, acc] of accs) acc.add(r);
  return Object.fromEntries(accs.map(([name, acc]) => [name, acc.spec()]));
}

function findFigure(name: string): FigureDef {
  const def = PUBLICATION_FIGURES.find((f) => f.name === name);
  if (def === undefined) {
    throw new InvalidOptionError(
      `charts: unknown figure ${describe(name)}; expected one of ${PUBLICATION_FIGURES.map((f) => f.name).join(", ")}`,
    );
  }
  return def;
}
