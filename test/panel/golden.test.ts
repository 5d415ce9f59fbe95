import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { analyzeFile } from "../../src/pipeline/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const GOLDEN = join(ROOT, "test/golden/legacy");

/** Hand-checked against the printed tables: legacy rows as [year, cumulative, unit], panel as [value, status]. */
interface Golden {
  source: string;
  year: number;
  format: string;
  layout: string | null;
  legacy: Record<string, [number | null, number | null, string | null]> | null;
  panel: Record<string, [number | null, string]>;
}

for (const file of readdirSync(GOLDEN).filter((f) => f.endsWith(".json"))) {
  const g = JSON.parse(readFileSync(join(GOLDEN, file), "utf8")) as Golden;
  test(`legacy table and panel of ${g.source} (${g.year}, ${g.format}) equal the golden file`, async () => {
    const { report } = await analyzeFile(join(ROOT, g.source));
    assert.equal(report.panel.format, g.format);
    assert.equal(report.legacy.layout, g.layout);
    if (g.legacy === null) assert.equal(report.legacy.status, "not_applicable");
    else {
      const got: Record<string, unknown[]> = {};
      for (const r of report.legacy.rows) {
        if (r.concept === null) continue;
        got[r.concept] = [report.legacy.cells[`${r.concept}.year`] ?? null, report.legacy.cells[`${r.concept}.cumulative`] ?? null, r.unit];
      }
      assert.deepEqual(got, g.legacy);
    }
    const panel: Record<string, unknown[]> = {};
    for (const [k, v] of Object.entries(report.panel.measures)) panel[k] = [v.value, v.status];
    assert.deepEqual(panel, g.panel);
  });
}
