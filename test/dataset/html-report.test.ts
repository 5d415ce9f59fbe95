import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, renderHtmlReport, scriptJson } from "../../src/index.js";

const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)">`;

test("escapeHtml(text) makes markup inert", () => {
  assert.equal(escapeHtml(hostile).includes("<"), false);
  assert.equal(escapeHtml(`a"b'c&`), "a&quot;b&#39;c&amp;");
});

test("scriptJson(value) cannot close the script element", () => {
  const json = scriptJson({ name: "</script><script>alert(1)</script>" });
  assert.equal(json.includes("</script"), false);
  assert.deepEqual(JSON.parse(json), { name: "</script><script>alert(1)</script>" });
});

test("renderHtmlReport(...) escapes report text in titles, tables and figures", () => {
  const html = renderHtmlReport({
    title: hostile,
    headline: [[hostile, 1]],
    sections: [
      {
        title: hostile,
        table: { header: [hostile], rows: [[hostile]] },
        figures: [{ data: [{ type: "bar", x: [hostile], y: [1] }], layout: { title: { text: hostile } } }],
      },
    ],
    plotlySource: "/* plotly */",
  });
  assert.equal(html.includes("<script>alert"), false);
  assert.equal(html.includes("<img"), false);
  // exactly the two script elements of the page itself
  assert.equal(html.match(/<script>/g)?.length, 2);
});
