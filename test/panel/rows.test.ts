import assert from "node:assert/strict";
import { test } from "node:test";
import { PANEL_COLUMNS, panelRows } from "../../src/frames/index.js";
import { fakeRecord } from "../fixtures/charts/records.js";

test("panelRows gives one row per report and measure, with status, origin and candidates", () => {
  const r = fakeRecord({ id: "a", year: 2013, template: "legacy" });
  const report = {
    ...r.report,
    panel: {
      format: "legacy" as const,
      measures: {
        "requests.received": { value: 7, status: "inferred" as const, from: ["legacy.requests.received.year"] },
        "review.litigation": { value: null, status: "ambiguous" as const, from: ["a", "b"], candidates: [1, 10] },
      },
    },
  };
  const rows = panelRows([{ ...r, report }]);
  assert.equal(rows.length, 2);
  assert.deepEqual(
    rows.map((x) => [x.measure, x.value, x.status, x.from, x.candidates, x.format]),
    [
      ["requests.received", 7, "inferred", "legacy.requests.received.year", null, "legacy"],
      ["review.litigation", null, "ambiguous", "a b", "1 10", "legacy"],
    ],
  );
  for (const row of rows) for (const c of PANEL_COLUMNS) assert.ok(c.name in row, `column ${c.name}`);
});
