/**
 * index.html: a self-contained summary of a run that opens offline (plotly.js inlined, no CDN).
 * Every text that comes from a report is escaped; chart specs are embedded as JSON with `<` escaped,
 * so a planted `<script>` or `<img onerror>` in an agency name stays inert.
 */

/** A plotly figure: data and layout, as plain JSON. */
export interface FigureSpec {
  readonly data: readonly unknown[];
  readonly layout: Readonly<Record<string, unknown>>;
}

export interface HtmlSection {
  readonly title: string;
  /** Short explanation under the title. */
  readonly note?: string;
  readonly figures?: readonly FigureSpec[];
  /** A table: header and rows of plain values (escaped on output). */
  readonly table?: {
    readonly header: readonly string[];
    readonly rows: readonly (readonly (string | number | null)[])[];
  };
  /** Values with the source text around them, opened on demand (one `<details>` per row). */
  readonly sources?: {
    readonly header: readonly string[];
    readonly rows: readonly SourceRow[];
  };
}

/** A row of `sources`: plain values, then the printed text between its surroundings. */
export interface SourceRow {
  readonly cells: readonly (string | number | null)[];
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

function sourceRow(r: SourceRow): string {
  const context = `…${escapeHtml(r.before)}<mark>${escapeHtml(r.text)}</mark>${escapeHtml(r.after)}…`;
  return `<tr>${r.cells.map(cell).join("")}<td><details><summary>原文 source</summary><span class="ctx">${context}</span></details></td></tr>`;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** JSON for inclusion inside a `<script>` element: no `<`, so no `</script>` or `<!--` can appear. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

function cell(v: string | number | null): string {
  if (v === null) return '<td class="na">—</td>';
  if (typeof v === "number") return `<td class="num">${Number.isInteger(v) ? v : v.toFixed(3)}</td>`;
  return `<td>${escapeHtml(v)}</td>`;
}

/**
 * Render the page. `plotlySource` is the plotly.js bundle, inlined once.
 * @param headline key figures shown at the top, label → value
 */
export function renderHtmlReport(options: {
  readonly title: string;
  readonly headline: readonly (readonly [string, string | number])[];
  readonly sections: readonly HtmlSection[];
  readonly plotlySource: string;
}): string {
  const figures: FigureSpec[] = [];
  const body: string[] = [];
  for (const s of options.sections) {
    body.push(`<section><h2>${escapeHtml(s.title)}</h2>`);
    if (s.note !== undefined) body.push(`<p class="note">${escapeHtml(s.note)}</p>`);
    for (const f of s.figures ?? []) {
      const h = typeof f.layout.height === "number" ? Math.round(f.layout.height) : 460;
      body.push(`<div class="plot" id="fig${figures.length}" style="height:${h}px"></div>`);
      figures.push(f);
    }
    if (s.table !== undefined) {
      body.push('<div class="scroll"><table><thead><tr>');
      body.push(s.table.header.map((h) => `<th>${escapeHtml(h)}</th>`).join(""));
      body.push("</tr></thead><tbody>");
      for (const row of s.table.rows) body.push(`<tr>${row.map(cell).join("")}</tr>`);
      body.push("</tbody></table></div>");
    }
    if (s.sources !== undefined && s.sources.rows.length > 0) {
      body.push('<div class="scroll"><table><thead><tr>');
      body.push([...s.sources.header, "原文 source"].map((h) => `<th>${escapeHtml(h)}</th>`).join(""));
      body.push("</tr></thead><tbody>");
      for (const row of s.sources.rows) body.push(sourceRow(row));
      body.push("</tbody></table></div>");
    }
    body.push("</section>");
  }
  const headline = options.headline
    .map(
      ([k, v]) =>
        `<div class="kpi"><div class="v">${escapeHtml(String(v))}</div><div class="k">${escapeHtml(k)}</div></div>`,
    )
    .join("");
  // the plotly bundle is trusted code; it must not contain a closing script tag
  const plotly = options.plotlySource.replaceAll("</script", "<\\/script");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem;margin-top:2rem}
.kpis{display:flex;flex-wrap:wrap;gap:1rem}.kpi{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:8rem}
.kpi .v{font-size:1.4rem;font-weight:600}.kpi .k{color:#555;font-size:.85rem}
.note{color:#555;font-size:.9rem}.plot{width:100%;margin:1rem 0}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.na{color:#999}
.ctx{white-space:pre-wrap;font-size:.8rem;color:#333}mark{background:#ffe08a}
</style></head><body>
<h1>${escapeHtml(options.title)}</h1>
<div class="kpis">${headline}</div>
${body.join("\n")}
<script>${plotly}</script>
<script>
const FIGURES = ${scriptJson(figures)};
FIGURES.forEach((f, i) => Plotly.newPlot("fig" + i, f.data, Object.assign({}, f.layout, {autosize: true, width: undefined}), {responsive: true, displaylogo: false}));
</script>
</body></html>
`;
}
