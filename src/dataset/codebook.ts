/** codebook.md: every output file and column, its type and meaning, in English and Chinese. */
import type { Column } from "../frames/index.js";
import { PANEL_MEASURES } from "../panel/index.js";
import type { ViewDef } from "./database.js";

/** An output file described in the codebook. */
export interface FileDoc {
  readonly file: string;
  readonly en: string;
  readonly zh: string;
  readonly columns?: readonly Column[];
}

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** Render the codebook as Markdown. Deterministic: no dates, no machine names. */
export function renderCodebook(files: readonly FileDoc[], views: readonly ViewDef[], version: string): string {
  const out: string[] = [
    "# xxgk-lab codebook · 数据说明",
    "",
    `Produced by xxgk-lab ${version} (\`xxgk analyze\`). Every file below is written atomically; \`xxgk-run.json\``,
    "is written last and lists the files of a complete run with their SHA-256.",
    "",
    `由 xxgk-lab ${version}（\`xxgk analyze\`）生成。以下文件均以原子方式写入；\`xxgk-run.json\` 最后写入，`,
    "列出一次完整运行的全部文件及其 SHA-256。",
    "",
    "Conventions · 约定:",
    "- An empty value (CSV) or NULL (Parquet, DuckDB) means *not given*; it is never 0. · 空值表示“未给出”，绝不等于 0。",
    "- CSV files are UTF-8 with a byte order mark (for Excel); text that would start a spreadsheet formula",
    "  (`=`, `+`, `-`, `@`) is prefixed with `'`. Parquet and DuckDB hold the values unchanged.",
    "  · CSV 为带 BOM 的 UTF-8；以 `=`、`+`、`-`、`@` 开头的文本前加 `'` 以防公式注入；Parquet 与 DuckDB 保留原值。",
    "- Offsets are JavaScript string indices (UTF-16 code units) into the normalised, simplified text of the",
    "  report (`reports.jsonl` → `sections.*.text`). · 位置为规范化简体文本中的 UTF-16 下标。",
    "- `origin_start`/`origin_end` (and `origin_page` for a PDF) point into the decoded file text that",
    "  `xxgk text FILE` prints: txt/md/html the file decoded, unchanged; DOCX paragraphs and table cells in",
    "  document order (a newline after each paragraph and row, a tab between cells); PDF the pages separated",
    "  by a form feed. For a read cell the slice is the value as printed (full-width digits allowed).",
    "  · `origin_*` 为 `xxgk text FILE` 所输出的原文件解码文本中的 UTF-16 位置（PDF 另有页码）。",
    "- Reports that duplicate another (`duplicate_of`) are kept in the files and left out of every DuckDB view.",
    "  · 重复报告保留在文件中，但不计入 DuckDB 视图。",
    "",
  ];
  for (const f of files) {
    out.push(`## \`${f.file}\``, "", `${f.en}`, "", `${f.zh}`, "");
    if (f.columns !== undefined) {
      out.push("| column 列 | type 类型 | meaning | 含义 |", "|---|---|---|---|");
      for (const c of f.columns) out.push(`| \`${c.name}\` | ${c.type} | ${escapeCell(c.en)} | ${escapeCell(c.zh)} |`);
      out.push("");
    }
  }
  out.push(
    "## Panel measures · 面板指标 (`panel.csv`)",
    "",
    "Each measure per format; where the definitions differ the values are not strictly comparable across the 2019 revision.",
    "· 各指标在各格式中的定义；定义不同之处，跨 2019 年修订的数值不可直接比较。",
    "",
    "| measure 指标 | unit 单位 | meaning · 含义 | 2019/2021 formats | pre-2019 tables | differences 差异 |",
    "|---|---|---|---|---|---|",
  );
  for (const m of PANEL_MEASURES) {
    const d = m.definitions;
    out.push(
      `| \`${m.key}\` | ${m.unit} | ${escapeCell(m.en)} · ${escapeCell(m.zh)} | ${escapeCell(d.national)} | ${escapeCell(d.legacy)} | ${escapeCell(d.differences)} |`,
    );
  }
  out.push("");
  out.push("## DuckDB views · 视图 (`xxgk.duckdb`)", "");
  for (const v of views) out.push(`### \`${v.name}\``, "", `${v.en} · ${v.zh}`, "", "```sql", v.sql, "```", "");
  return `${out.join("\n")}\n`;
}
