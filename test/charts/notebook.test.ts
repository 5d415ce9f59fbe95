import assert from "node:assert/strict";
import { test } from "node:test";
import {
  barChartSpec,
  chartHtml,
  chartMimeBundle,
  displayMimeBundle,
  PLOTLY_LOADER_MARK,
  plotlyLoaderBundle,
  plotlyVersion,
  RenderError,
  specTitle,
} from "../../src/charts/index.js";

const spec = barChartSpec([{ category: "</script><b>", value: 1 }], { title: "申请 Requests & more" });
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

test("chartMimeBundle(spec, {png}) carries interactive HTML, the PNG and a text line", () => {
  const b = chartMimeBundle(spec, { png, id: "c1" });
  assert.deepEqual(Object.keys(b).sort(), ["image/png", "text/html", "text/plain"]);
  assert.equal(b["image/png"], "iVBORw==");
  assert.equal(b["text/plain"], "[chart] 申请 Requests & more");
  assert.ok(b["text/html"]?.includes('<img alt="申请 Requests &amp; more" src="data:image/png;base64,iVBORw=="'));
});

test("chartHtml(spec) draws only when plotly.js is loaded and cannot break out of its script", () => {
  const html = chartHtml(spec, { id: "c1" });
  assert.match(html, /if\(!el\|\|!window\.Plotly\)return;/);
  const script = html.slice(html.indexOf("<script"));
  assert.equal(script.match(/<\/script>/g)?.length, 1, "the data's </script> is escaped");
  assert.ok(script.includes("\\u003c/script>"));
});

test("chartHtml(spec) ids are deterministic per spec and distinct per call", () => {
  const a = chartHtml(spec);
  const b = chartHtml(spec);
  const id = (h: string) => /id="([^"]+)"/.exec(h)?.[1];
  assert.notEqual(id(a), id(b));
  assert.match(id(a) ?? "", /^xxgk-chart-[0-9a-f]{12}-\d+$/);
  assert.equal(id(a)?.slice(0, 23), id(b)?.slice(0, 23));
});

test("plotlyLoaderBundle() embeds the bundled plotly.js once, marked, with a text fallback", () => {
  const b = plotlyLoaderBundle();
  assert.ok(b["text/html"]?.includes(PLOTLY_LOADER_MARK));
  assert.ok((b["text/html"]?.length ?? 0) > 1_000_000);
  assert.match(b["text/plain"] ?? "", new RegExp(`plotly\\.js ${plotlyVersion().replace(/\./g, "\\.")}`));
});

test("displayMimeBundle(bundle) outside a tslab kernel throws a RenderError", () => {
  assert.throws(() => displayMimeBundle({ "text/plain": "x" }), RenderError);
});

test("specTitle(spec) returns the plain title", () => {
  assert.equal(specTitle(spec), "申请 Requests & more");
});
