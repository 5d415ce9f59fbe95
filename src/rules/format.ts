/** A readable per-report table of rule results, with Chinese and English labels. */
import type { RuleResult } from "../types.js";
import type { RepairSuggestion } from "./repair.js";

const OUTCOME_LABEL: Readonly<Record<string, string>> = {
  pass: "通过 pass",
  fail: "不符 FAIL",
  not_assessable: "无法核对 n/a",
};

const FAMILY_LABEL: readonly (readonly [string, string])[] = [
  ["requests.balance.", "收支平衡 balance"],
  ["requests.outcome.", "办理结果之和 outcome sum"],
  ["requests.row.", "行合计 row total"],
  ["review.", "复议诉讼合计 review total"],
  ["facts.", "正文数字 prose figure"],
  ["cross_year.carried_forward.", "跨年结转 carry-over"],
  ["cross_year.stock.", "存量流量 stock-flow"],
  ["legacy.sum.", "旧表分项之和 legacy parts sum"],
  ["legacy.part.", "旧表分项不超合计 legacy part ≤ total"],
  ["legacy.order.", "本年不超累计 legacy year ≤ cumulative"],
  ["legacy.chain.", "历年累计链 legacy cumulative chain"],
];

/** Options of `formatCheckReport`. */
export interface FormatCheckOptions {
  /** A heading line, e.g. the report's source path. */
  readonly title?: string;
  /** Show only failed rules (and the counts line). Default false. */
  readonly failuresOnly?: boolean;
  /** Repair suggestions (`suggestRepair`) to list under the failures; never applied. */
  readonly suggestions?: readonly RepairSuggestion[];
}

function family(rule: string): string {
  for (const [prefix, label] of FAMILY_LABEL) if (rule.startsWith(prefix)) return label;
  return "其他 other";
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width(s)));
}

function show(x: number | null): string {
  return x === null ? "—" : String(x);
}

/**
 * Render rule results as a fixed-width text table: outcome, family, rule id, found, expected,
 * with a counts line (通过/不符/无法核对) first. Deterministic; no colours.
 * @example formatCheckReport(checkTables(tables), { title: "seeds/001" })
 */
export function formatCheckReport(results: readonly RuleResult[], options: FormatCheckOptions = {}): string {
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  const lines: string[] = [];
  if (options.title) lines.push(options.title);
  lines.push(
    `规则 rules: ${results.length} · 通过 pass ${count("pass")} · 不符 fail ${count("fail")} · 无法核对 n/a ${count("not_assessable")}`,
  );
  const shown = options.failuresOnly ? results.filter((r) => r.outcome === "fail") : results;
  if (shown.length === 0) return lines.join("\n");
  const rows = shown.map((r) => [
    OUTCOME_LABEL[r.outcome] ?? r.outcome,
    family(r.rule),
    r.rule,
    show(r.found),
    show(r.expected),
  ]);
  const header = ["结果 outcome", "类别 family", "规则 rule", "印数 found", "应为 expected"];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ""))));
  const fmt = (row: readonly string[]) =>
    row
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  lines.push(fmt(header), widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) lines.push(fmt(row));
  for (const r of shown.filter((x) => x.outcome === "fail")) lines.push(`  ✗ ${r.rule}: ${r.message}`);
  for (const s of options.suggestions ?? []) {
    const how = s.kind === "transposition" ? "数字颠倒 transposed digits" : "单格修正 single cell";
    lines.push(`  建议 suggestion: ${s.cell} ${s.from} → ${s.to} (${how}; fixes ${s.fixes.join(", ")})`);
  }
  return lines.join("\n");
}
