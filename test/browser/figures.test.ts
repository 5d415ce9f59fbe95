// Renders every chart kind to SVG and PNG in real headless Chromium, then opens the written
// files in Chromium again and checks that each plot drew something (non-empty SVG paths)
// without console errors. Also checks the report page (out/index.html) when it exists.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, type ChartRenderer, launchChartRenderer } from "../../src/charts/index.js";
import { OUT_DIR, PROJECT_ROOT } from "../../src/paths.js";
import { sampleSpecs } from "../fixtures/charts/specs.js";

const dir = resolve(OUT_DIR, "test-figures");
const specs = sampleSpecs();
let renderer: ChartRenderer;
let browser: Browser;

before(async () => {
  mkdirSync(dir, { recursive: true });
  renderer = await launchChartRenderer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});

after(async () => {
  await renderer?.close();
  await browser?.close();
});

/** Open a file in a fresh page; count drawn SVG paths and collect console errors. */
async function inspect(file: string, selector: string): Promise<{ paths: number[]; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  // The callback runs in the page (the project compiles without DOM types, hence the local type).
  type El = { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }> };
  const paths = await page.$$eval(selector, (roots) =>
    (roots as unknown as El[]).map(
      (r) => Array.from(r.querySelectorAll("path")).filter((p) => (p.getAttribute("d") ?? "").length > 3).length,
    ),
  );
  await page.close();
  return { paths, errors };
}

for (const [name, spec] of Object.entries(specs)) {
  test(`renderer.svg(${name}) writes an SVG that draws in Chromium`, async () => {
    const svg = await renderer.svg(spec);
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /Noto Sans CJK SC/, "the CJK font is named in the SVG");
    const file = resolve(dir, `${name}.svg`);
    writeFileSync(file, svg);
    const { paths, errors } = await inspect(file, "svg.main-svg");
    assert.ok((paths[0] ?? 0) > 0, `${name}.svg has drawn paths`);
    assert.deepEqual(errors, []);
  });

  test(`renderer.png(${name}) writes a PNG of the layout size`, async () => {
    const png = await renderer.png(spec);
    assert.deepEqual([...png.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    assert.equal(view.getUint32(16), spec.layout.width);
    assert.equal(view.getUint32(20), spec.layout.height);
    assert.ok(png.length > 5000, `${name}.png is not blank (${png.length} bytes)`);
    writeFileSync(resolve(dir, `${name}.png`), png);
  });
}

test("renderer.png(spec, {scale: 2}) doubles the pixel size", async () => {
  const spec = specs.bar!;
  const png = await renderer.png(spec, { scale: 2 });
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(view.getUint32(16), 2 * (spec.layout.width as number));
});

test("renderer rejects a broken spec or option with a typed error, and keeps working", async () => {
  await assert.rejects(renderer.svg({ data: "x", layout: null } as never), {
    name: "InvalidInputError",
    message: /expected \{data: array, layout: object\}/,
  });
  await assert.rejects(renderer.png(specs.bar!, { scale: 0 }), { name: "InvalidOptionError" });
  assert.ok((await renderer.svg(specs.bar!)).length > 1000);
});

test("launchChartRenderer({executablePath}) without a browser there throws a RenderError", async () => {
  await assert.rejects(launchChartRenderer({ executablePath: "/nonexistent/chromium" }), {
    name: "RenderError",
    message: /expected a browser at \/nonexistent\/chromium/,
  });
});

test("the renderer page saw no console errors while drawing the figures", () => {
  assert.deepEqual(renderer.errors(), []);
});

/** The report page of a real run over the bundled seeds and Pingtan reports (or $XXGK_INDEX_HTML). */
function reportPage(): string {
  if (process.env.XXGK_INDEX_HTML !== undefined) return process.env.XXGK_INDEX_HTML;
  const out = mkdtempSync(join(tmpdir(), "xxgk-index-"));
  const raw = resolve(PROJECT_ROOT, "data", "raw");
  const r = spawnSync(
    process.execPath,
    [
      resolve(PROJECT_ROOT, "dist", "cli", "main.js"),
      "analyze",
      join(raw, "seeds"),
      join(raw, "pingtan"),
      "--out",
      out,
    ],
    { encoding: "utf8" },
  );
  assert.equal(r.status, 0, r.stderr);
  return join(out, "index.html");
}

test("the report page (index.html of xxgk analyze) draws every plot without console errors", async () => {
  const indexHtml = reportPage();
  assert.ok(existsSync(indexHtml), indexHtml);
  // Every plot placeholder (index.html's div.plot, or any plotly root) must hold drawn SVG paths.
  const placeholders = await inspect(indexHtml, "div.plot, .js-plotly-plot:not(div.plot .js-plotly-plot)");
  const drawn = await inspect(indexHtml, ".js-plotly-plot");
  assert.ok(drawn.paths.length >= 5, `the page holds the plotly charts; found ${drawn.paths.length}`);
  assert.ok(drawn.paths.length >= placeholders.paths.length, "every placeholder became a plotly chart");
  for (const [i, n] of placeholders.paths.entries())
    assert.ok(n > 0, `plot ${i} of ${placeholders.paths.length} drew paths`);
  assert.deepEqual(placeholders.errors, []);
});
