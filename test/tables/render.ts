/**
 * Test renderer: random but valid ground-truth tables (mostly small counts, a few large,
 * optional planted agency errors) written in every layout met in the wild, shaped after
 * the corpus files (label wording, line breaks, spacing). Deterministic for a seed.
 */

import { REQUEST_COLUMNS, requestRows, type TableTemplate, tableCellKeys } from "../../src/rules/index.js";
import type { GridCell, GridTable } from "../../src/types.js";
import { mulberry32 } from "../../src/util/random.js";

/** A seeded PRNG (mulberry32). */
export const rng: (seed: number) => () => number = mulberry32;

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A realistic count: mostly zero or small, sometimes large. */
function count(r: Rand, scale = 1): number {
  const x = r();
  if (x < 0.45) return 0;
  if (x < 0.85) return int(r, 1, Math.max(1, Math.round(9 * scale)));
  if (x < 0.97) return int(r, 10, Math.max(10, Math.round(120 * scale)));
  return int(r, 100, Math.max(100, Math.round(3000 * scale)));
}

/** Ground truth: every cell key of the three tables → value (null = printed blank). */
export interface Truth {
  readonly template: TableTemplate;
  readonly proactive: Record<string, number | null>;
  readonly requests: Record<string, number | null>;
  readonly review: Record<string, number | null>;
  /** A planted agency error: the cell printed wrong, and the value that would be right. */
  readonly planted: { table: "requests" | "review"; cell: string; right: number } | null;
}

function proactiveTruth(r: Rand, template: TableTemplate): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const key of tableCellKeys("proactive", template)) {
    if (key.endsWith("amount")) out[key] = r() < 0.5 ? 0 : Math.round(r() * 2_000_000) / 10_000;
    else if (key.endsWith("change")) out[key] = r() < 0.7 ? 0 : int(r, -20, 40);
    else out[key] = count(r, key.startsWith("rules") ? 0.2 : key.startsWith("licensing") ? 8 : 1);
  }
  if (r() < 0.15)
    for (const c of ["issued", "repealed", "in_force", "made", "published", "total_published"])
      if (`rules.${c}` in out) out[`rules.${c}`] = null;
  return out;
}

function requestsTruth(r: Rand, template: TableTemplate): Record<string, number> {
  const out: Record<string, number> = {};
  const rows = requestRows(template);
  const outcomes = rows.slice(2, -2);
  const applicants = REQUEST_COLUMNS.slice(0, 6);
  for (const col of applicants) {
    const active = col === "natural_person" || r() < 0.25;
    const fresh = active ? count(r, col === "natural_person" ? 3 : 0.4) : 0;
    const carried = active && r() < 0.3 ? int(r, 0, 5) : 0;
    const forward = active && r() < 0.3 ? int(r, 0, Math.min(5, fresh + carried)) : 0;
    out[`new.${col}`] = fresh;
    out[`carried_over.${col}`] = carried;
    out[`carried_forward.${col}`] = forward;
    let left = fresh + carried - forward;
    out[`total.${col}`] = left;
    for (const row of outcomes) out[`${row}.${col}`] = 0;
    const weights = outcomes.map((row) =>
      row === "granted" ? 8 : row === "partly_granted" ? 3 : row === "unable.not_held" ? 3 : 0.4,
    );
    const sum = weights.reduce((a, b) => a + b, 0);
    while (left > 0) {
      const chunk = Math.max(1, Math.min(left, Math.round(left * r())));
      let x = r() * sum;
      let k = 0;
      while (k < weights.length - 1 && x > weights[k]!) x -= weights[k++]!;
      const key = `${outcomes[k]}.${col}`;
      out[key] = (out[key] ?? 0) + chunk;
      left -= chunk;
    }
  }
  for (const row of rows) out[`${row}.total`] = applicants.reduce((s, c) => s + (out[`${row}.${c}`] ?? 0), 0);
  return out;
}

function reviewTruth(r: Rand): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of ["reconsideration", "litigation_direct", "litigation_after"]) {
    let t = 0;
    for (const c of ["upheld", "corrected", "other", "pending"]) {
      const v = r() < 0.6 ? 0 : int(r, 0, r() < 0.9 ? 4 : 40);
      out[`${g}.${c}`] = v;
      t += v;
    }
    out[`${g}.total`] = t;
  }
  return out;
}

function transpose(v: number): number {
  const s = String(v);
  if (s.length < 2 || s[0] === s[1]) return v + 1;
  return Number(s[1]! + s[0]! + s.slice(2)) || v + 1;
}

/** Random valid tables for a seed; `errorRate` plants one agency error in that share of reports. */
export function randomTruth(seed: number, errorRate = 0): Truth {
  const r = rng(seed);
  const template: TableTemplate = r() < 0.8 ? "2021" : "2019";
  const proactive = proactiveTruth(r, template);
  const requests = requestsTruth(r, template);
  const review = reviewTruth(r);
  let planted: Truth["planted"] = null;
  if (r() < errorRate) {
    const table = r() < 0.8 ? "requests" : "review";
    const values: Record<string, number> = table === "requests" ? requests : review;
    const keys = Object.keys(values);
    const cell = pick(r, keys);
    const right = values[cell]!;
    const wrong = r() < 0.4 && right >= 10 ? transpose(right) : right + pick(r, [1, 2, 3, 10, -1]);
    if (wrong >= 0 && wrong !== right) {
      values[cell] = wrong;
      planted = { table, cell, right };
    }
  }
  return { template, proactive, requests, review, planted };
}

// ---------------------------------------------------------------------------------------
// Abstract grids (null = covered by a merged cell), as the HTML/DOCX source would have them.

type Row = (string | null)[];

const NOTE = "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)";
const REQUEST_LABEL: Readonly<Record<string, readonly [string | null, string | null, string]>> = {
  new: [null, null, "一、本年新收政府信息公开申请数量"],
  carried_over: [null, null, "二、上年结转政府信息公开申请数量"],
  granted: ["三、本年度办理结果", null, "(一)予以公开"],
  partly_granted: [null, null, "(二)部分公开（区分处理的，只计这一情形，不计其他情形）"],
  "denied.state_secret": [null, "(三)不予公开", "1.属于国家秘密"],
  "denied.prohibited": [null, null, "2.其他法律行政法规禁止公开"],
  "denied.three_safeties": [null, null, "3.危及“三安全一稳定”"],
  "denied.third_party": [null, null, "4.保护第三方合法权益"],
  "denied.internal_affairs": [null, null, "5.属于三类内部事务信息"],
  "denied.process_info": [null, null, "6.属于四类过程性信息"],
  "denied.enforcement_file": [null, null, "7.属于行政执法案卷"],
  "denied.query_matter": [null, null, "8.属于行政查询事项"],
  "unable.not_held": [null, "(四)无法提供", "1.本机关不掌握相关政府信息"],
  "unable.needs_creation": [null, null, "2.没有现成信息需要另行制作"],
  "unable.unclear": [null, null, "3.补正后申请内容仍不明确"],
  "rejected.petition": [null, "(五)不予处理", "1.信访举报投诉类申请"],
  "rejected.duplicate": [null, null, "2.重复申请"],
  "rejected.publication": [null, null, "3.要求提供公开出版物"],
  "rejected.excessive": [null, null, "4.无正当理由大量反复申请"],
  "rejected.confirmation": [null, null, "5.要求行政机关确认或重新出具已获取信息"],
  "other.no_correction": [null, "(六)其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
  "other.no_fee": [null, null, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
  "other.other": [null, null, "3.其他"],
  other: [null, null, "(六)其他处理"],
  total: [null, null, "(七)总计"],
  carried_forward: [null, null, "四、结转下年度继续办理"],
};

const PROACTIVE_BLOCKS: Readonly<
  Record<TableTemplate, readonly { item: string; head: string[]; rows: [string, string][] }[]>
> = {
  "2021": [
    {
      item: "第二十条第（一）项",
      head: ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      rows: [
        ["规章", "rules"],
        ["行政规范性文件", "normative"],
      ],
    },
    { item: "第二十条第（五）项", head: ["信息内容", "本年处理决定数量"], rows: [["行政许可", "licensing"]] },
    {
      item: "第二十条第（六）项",
      head: ["信息内容", "本年处理决定数量"],
      rows: [
        ["行政处罚", "penalty"],
        ["行政强制", "coercion"],
      ],
    },
    {
      item: "第二十条第（八）项",
      head: ["信息内容", "本年收费金额（单位：万元）"],
      rows: [["行政事业性收费", "fees"]],
    },
  ],
  "2019": [
    {
      item: "第二十条第（一）项",
      head: ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
      rows: [
        ["规章", "rules"],
        ["规范性文件", "normative"],
      ],
    },
    {
      item: "第二十条第（五）项",
      head: ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      rows: [
        ["行政许可", "licensing"],
        ["其他对外管理服务事项", "other_services"],
      ],
    },
    {
      item: "第二十条第（六）项",
      head: ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      rows: [
        ["行政处罚", "penalty"],
        ["行政强制", "coercion"],
      ],
    },
    {
      item: "第二十条第（八）项",
      head: ["信息内容", "上一年项目数量", "本年增/减"],
      rows: [["行政事业性收费", "fees"]],
    },
    {
      item: "第二十条第（九）项",
      head: ["信息内容", "采购项目数量", "采购总金额"],
      rows: [["政府集中采购", "procurement"]],
    },
  ],
};

/** Label wording variants seen in the corpus (typos, ASCII punctuation, spaces). */
const VARIANTS: readonly (readonly [string, string])[] = [
  ["本年废止件数", "本年度止件数"],
  ["其他法律行政法规禁止公开", "其他法律法规禁止公开"],
  ["未按收费通知要求缴纳费用", "未按收费通知缴纳费用"],
  ["（区分处理的，只计这一情形，不计其他情形）", " (区分处理的, 只计这一情形, 不计其他情形)"],
  ["本年收费金额（单位：万元）", "本年收费金额（单位：万元，保留4位小数）"],
  ["结果维持", "结果 维持"],
  ["尚未审结", "尚未 审结"],
  ["(一)", "（一）"],
  ["(三)", "(三) "],
  ["(七)总计", "(七) 总计"],
  ["第二十条第（一）项", "第二十条第(一)项"],
];

/** Apply a random subset of the wording variants (chosen once per report). */
export function labelVariant(r: Rand): (label: string) => string {
  const chosen = VARIANTS.filter(() => r() < 0.3);
  return (label) => chosen.reduce((s, [a, b]) => s.split(a).join(b), label);
}

/** How a value cell is printed (blank markers, annotations, full-width digits). */
export interface CellStyle {
  readonly blank: string;
  readonly fullwidth: boolean;
  readonly annotate: boolean;
}

function show(v: number | null, style: CellStyle, key: string): string {
  if (v === null) return style.blank;
  let s = String(v);
  if (key.endsWith("amount") && style.annotate) s = v.toFixed(4);
  if (style.fullwidth) s = s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  if (key === "penalty.decisions" && style.annotate && v >= 2) s = `${v}件(撤销1件、警告${v - 1}件)`;
  return s;
}

function proactiveGrid(t: Truth, style: CellStyle): Row[] {
  const rows: Row[] = [];
  for (const block of PROACTIVE_BLOCKS[t.template]) {
    rows.push([block.item, null, null, null]);
    rows.push([...block.head, ...new Array<null>(4 - block.head.length).fill(null)]);
    for (const [label, key] of block.rows) {
      const keys = tableCellKeys("proactive", t.template).filter((k) => k.startsWith(`${key}.`));
      const vals = keys.map((k) => show(t.proactive[k] ?? null, style, k));
      rows.push([label, ...vals, ...new Array<null>(3 - vals.length).fill(null)]);
    }
  }
  return rows;
}

function requestsGrid(t: Truth, style: CellStyle): Row[] {
  const rows: Row[] = [
    [NOTE, null, null, "申请人情况", null, null, null, null, null, null],
    [null, null, null, "自然人", "法人或其他组织", null, null, null, null, "总计"],
    [null, null, null, null, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", null],
  ];
  for (const row of requestRows(t.template)) {
    const [g1, g2, label] = REQUEST_LABEL[row]!;
    const vals = REQUEST_COLUMNS.map((c) => show(t.requests[`${row}.${c}`] ?? null, style, "count"));
    rows.push([g1, g2, label, ...vals]);
  }
  return rows;
}

function reviewGrid(t: Truth, style: CellStyle): Row[] {
  const five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const n = (k: number) => new Array<null>(k).fill(null);
  const values = ["reconsideration", "litigation_direct", "litigation_after"].flatMap((g) =>
    ["upheld", "corrected", "other", "pending", "total"].map((c) =>
      show(t.review[`${g}.${c}`] ?? null, style, "count"),
    ),
  );
  return [
    ["行政复议", ...n(4), "行政诉讼", ...n(9)],
    [...five, "未经复议直接起诉", ...n(4), "复议后起诉", ...n(4)],
    [...n(5), ...five, ...five],
    values,
  ];
}

// ---------------------------------------------------------------------------------------
// Layouts.

/** Every layout the renderer writes. The first seven keep separators between cells. */
export const LAYOUTS = [
  "cell-per-line",
  "tab",
  "pipe",
  "markdown",
  "grid",
  "space",
  "pdf",
  "flattened",
  "tab-lossy",
  "tab-blank",
  "pipe-total",
] as const;
export type Layout = (typeof LAYOUTS)[number];
/** Layouts that keep a separator between every pair of cells. */
export const SEPARATED_LAYOUTS: readonly Layout[] = [
  "cell-per-line",
  "tab",
  "pipe",
  "markdown",
  "grid",
  "space",
  "pdf",
];

const EM = "\u2002";

function cellPerLine(rows: Row[], r: Rand): string {
  const out: string[] = [];
  for (const row of rows) for (const c of row) if (c !== null) out.push(`${EM.repeat(int(r, 0, 3))}${c}`, "");
  return out.join("\n");
}

function tab(rows: Row[], r: Rand, lossy: boolean): string {
  return rows
    .map((row) => {
      const cells = row.map((c) => c ?? "");
      if (lossy && r() < 0.3) {
        const valueIdx = cells.map((c, i) => (isValueCell(c) && i > 0 ? i : -1)).filter((i) => i >= 0);
        if (valueIdx.length >= 3) cells.splice(pick(r, valueIdx), 1);
      }
      return cells.join("\t");
    })
    .join("\n");
}

function pipe(rows: Row[]): string {
  const out: string[] = [];
  for (const row of rows) {
    let empties = 0;
    for (const c of row) {
      if (c === null || c === "") empties++;
      else {
        if (empties > 0) out.push("|".repeat(empties));
        empties = 0;
        out.push(`${c} |`);
      }
    }
    if (empties > 0) out.push("|".repeat(empties));
  }
  return out.join("\n");
}

function markdown(rows: Row[]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const lines = rows.map((row) => `| ${row.map((c) => c ?? "").join(" | ")} |`);
  lines.splice(1, 0, `|${" --- |".repeat(width)}`);
  return lines.join("\n");
}

function letterSpace(s: string): string {
  return [...s].join(" ");
}

function space(rows: Row[], r: Rand): string {
  return rows
    .map((row) =>
      row
        .filter((c): c is string => c !== null && c !== "")
        .map((c) => (c.length <= 6 && !/\d/.test(c) && r() < 0.3 ? letterSpace(c) : c))
        .join(" ".repeat(int(r, 1, 3))),
    )
    .join("\n");
}

function isValueCell(c: string): boolean {
  return /^[0-9０-９—/\-无]/.test(c) && !/^\d\.\D/.test(c);
}

/** PDF text: label cells wrap inside their column, values sit on the first or middle line. */
function pdf(rows: Row[], r: Rand, page: { n: number }): string {
  const lines: string[] = [];
  const width = int(r, 10, 14);
  for (const row of rows) {
    const cells = row.filter((c): c is string => c !== null && c !== "");
    const labels = cells.filter((c) => !isValueCell(c));
    const vals = cells.filter(isValueCell);
    if (vals.length === 0 && labels.every((l) => l.length <= 4) && r() < 0.3) {
      lines.push(labels.map((l) => [...l].join("\n")).join("\n"));
      continue;
    }
    const chunks = labels.map((l) => (vals.length === 0 && r() < 0.3 ? [letterSpace(l)] : wrap(l, width)));
    const height = Math.max(1, ...chunks.map((c) => c.length));
    const at = r() < 0.5 ? 0 : Math.floor((height - 1) / 2);
    for (let k = 0; k < height; k++) {
      const parts = chunks.map((c) => c[k] ?? "").filter((x) => x !== "");
      if (k === at) parts.push(...vals);
      lines.push(parts.join(" ".repeat(int(r, 1, 4))));
    }
    if (r() < 0.06) {
      page.n++;
      lines.push(r() < 0.5 ? `- ${page.n} -` : `第 ${page.n} 页 共 9 页`, "\f");
      if (r() < 0.5) lines.push("某某县人民政府2022年政府信息公开工作年度报告");
    }
  }
  return lines.join("\n");
}

function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out;
}

function flattened(rows: Row[], r: Rand): string {
  return rows
    .map((row) => {
      const cells = row.filter((c): c is string => c !== null && c !== "");
      let s = "";
      for (const c of cells) {
        const isValue = /^[0-9]/.test(c);
        s += isValue ? c : (s && r() < 0.3 ? " " : "") + c;
        if (!isValue && r() < 0.3) s += " ";
      }
      return s;
    })
    .join(r() < 0.5 ? "" : " ");
}

function totalOnly(t: Truth, style: CellStyle): Row[] {
  return requestsGrid(t, style).map((row, i) =>
    i < 3 ? row : [...row.slice(0, 3), null, null, null, null, null, null, row[9] ?? null],
  );
}

function renderGrid(rows: Row[], layout: Layout, r: Rand, page: { n: number }): string {
  switch (layout) {
    case "cell-per-line":
      return cellPerLine(rows, r);
    case "tab":
    case "grid":
    case "tab-blank":
      return tab(rows, r, false);
    case "tab-lossy":
      return tab(rows, r, true);
    case "pipe":
    case "pipe-total":
      return pipe(rows);
    case "markdown":
      return markdown(rows);
    case "space":
      return space(rows, r);
    case "pdf":
      return pdf(rows, r, page);
    case "flattened":
      return flattened(rows, r);
  }
}

/** The GridTable an HTML/DOCX ingest would deliver for a grid rendered as tab rows at `start`. */
function gridOf(rows: readonly Row[], start: number): GridTable {
  const out: GridCell[][] = [];
  let at = start;
  for (const row of rows) {
    const cells: GridCell[] = [];
    for (const c of row) {
      const text = c ?? "";
      cells.push({ text, span: text ? { start: at, end: at + text.length } : null, merged: c === null });
      at += text.length + 1;
    }
    out.push(cells);
  }
  return { span: { start, end: at - 1 }, rows: out };
}

/** A rendered report: its text and, for the grid layout, the GridTables. */
export interface Rendered {
  readonly text: string;
  readonly grids: GridTable[];
  readonly layout: Layout;
  readonly truth: Truth;
}

/** The same truth with every zero of tables 3 and 4 printed as an empty cell (null), except a planted cell. */
function blankZeros(truth: Truth): Truth {
  const blank = (table: "requests" | "review") =>
    Object.fromEntries(
      Object.entries(truth[table]).map(([k, v]) => [k, v === 0 && truth.planted?.cell !== k ? null : v]),
    );
  return { ...truth, requests: blank("requests"), review: blank("review") };
}

/**
 * The truth without its planted error in table 3, for the total-only layout: that layout prints
 * only each row's total, so the parts that would show an agency's arithmetic error are not in
 * the report, and what the report determines of them is what its totals force.
 */
function unplantedRequests(truth: Truth): Truth {
  const p = truth.planted;
  if (p?.table !== "requests") return truth;
  return { ...truth, requests: { ...truth.requests, [p.cell]: p.right }, planted: null };
}

/** Render a report around the tables: headings, a little prose with numbers, the three tables. */
export function renderReport(original: Truth, layout: Layout, seed: number): Rendered {
  const source = layout === "pipe-total" ? unplantedRequests(original) : original;
  const r = rng(seed ^ 0x5bd1e995);
  const sep = layout === "flattened" ? " " : "\n";
  const zerosBlank = layout === "tab-blank" || (layout === "grid" && r() < 0.35);
  const zerosMarked = !zerosBlank && !["flattened", "pipe-total", "tab-lossy"].includes(layout) && r() < 0.15;
  const truth = zerosBlank || zerosMarked ? blankZeros(source) : source;
  const style: CellStyle = {
    blank:
      layout === "flattened" || zerosBlank
        ? ""
        : zerosMarked
          ? pick(r, ["—", "/", "无", "-"])
          : pick(r, ["—", "/", "无", "", "-"]),
    fullwidth: layout === "cell-per-line" && r() < 0.2,
    annotate: r() < 0.3,
  };
  const page = { n: 1 };
  const vary = labelVariant(r);
  const received = truth.requests["new.total"] ?? 0;
  const parts: string[] = [];
  const grids: GridTable[] = [];
  const add = (s: string, rows: Row[] | null = null) => {
    const start = parts.join(sep).length + (parts.length > 0 ? sep.length : 0);
    parts.push(s);
    if (rows && layout === "grid") grids.push(gridOf(rows, start));
  };
  const table = (rows: Row[]) => {
    const varied = rows.map((row) => row.map((c) => (c === null || /^[0-9０-９]/.test(c) ? c : vary(c))));
    add(renderGrid(varied, layout, r, page), varied);
  };
  if (r() < 0.5) add(`首页 > 政务公开 > 年度报告 浏览次数：${int(r, 1, 99999)} 字号：大 中 小`);
  add(`某某县人民政府${truth.template === "2019" ? 2019 : 2022}年政府信息公开工作年度报告`);
  add("一、总体情况");
  add(
    `本年度主动公开政府信息${int(r, 100, 3000)}条，收到政府信息公开申请${received}件，举办培训2次；全年发生行政复议${int(r, 0, 9)}件。`,
  );
  if (r() < 0.3) {
    add(
      `依照《条例》第二十条第（一）项规定公开规章${int(r, 0, 9)}件。本年新收政府信息公开申请${received}件，上年结转政府信息公开申请${int(r, 0, 9)}件，行政复议结果维持${int(r, 0, 3)}件。`,
    );
  }
  add("二、主动公开政府信息情况");
  table(proactiveGrid(truth, style));
  add("三、收到和处理政府信息公开申请情况");
  const t3 = layout === "pipe-total" ? totalOnly(truth, style) : requestsGrid(truth, style);
  table(t3);
  add("四、政府信息公开行政复议、行政诉讼情况");
  table(reviewGrid(truth, style));
  add("五、存在的主要问题及改进情况");
  add("一是公开内容不够全面，2023年将加强培训3次。");
  add("六、其他需要报告的事项");
  add("本年度未收取信息处理费。");
  if (r() < 0.5) add(`扫一扫在手机打开当前页 网站标识码${int(r, 1e9, 2e9)} 京ICP备0507${int(r, 1000, 9999)}号`);
  const text = parts.join(sep);
  return { text, grids, layout, truth };
}
