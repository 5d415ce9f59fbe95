import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseTables } from "../../src/tables/index.js";
import { LAYOUTS, randomTruth, renderReport } from "./render.js";

// Seeds below 1.5e9: the table evaluation (`npm run eval`) renders from its own range above.
const seeds = fc.integer({ min: 1, max: 1_500_000_000 });

/** Cells of one report that carry a confident status (read, inferred) but differ from the truth. */
// Tables whose own arithmetic holds (no planted agency error): there a value placed by the
// identities is the truth by construction. Agency errors are measured by `npm run eval`.
function confidentWrong(seed: number, layout: (typeof LAYOUTS)[number]) {
  const rendered = renderReport(randomTruth(seed, 0), layout, seed);
  const grids = rendered.grids.length > 0 ? rendered.grids : [];
  const { tables } = parseTables(rendered.text, null, { grids });
  const wrong: string[] = [];
  let cells = 0;
  let ambiguous = 0;
  for (const table of ["proactive", "requests", "review"] as const) {
    for (const [key, truth] of Object.entries(rendered.truth[table] as Record<string, number | null>)) {
      const cell = tables[table].cells[key];
      cells++;
      if (cell?.status === "ambiguous") {
        ambiguous++;
        assert.equal(cell.value, null, `${table}.${key}: an ambiguous cell has no value`);
        // candidates, when listed, are every value that fits: the truth among them (clean tables)
        if (cell.candidates !== undefined) {
          assert.ok(cell.candidates.length >= 2, `${layout} seed ${seed} ${table}.${key}: ≥ 2 candidates`);
          if (truth !== null)
            assert.ok(
              cell.candidates.includes(truth),
              `${layout} seed ${seed} ${table}.${key}: ${truth} ∉ ${cell.candidates}`,
            );
        }
      }
      if (cell?.status !== "read" && cell?.status !== "inferred") continue;
      if (truth === null || cell.value === null || Math.abs(cell.value - truth) > 1e-6)
        wrong.push(`${layout} seed ${seed} ${table}.${key}: truth ${truth}, ${cell.status} ${cell.value}`);
    }
  }
  return { wrong, cells, ambiguous };
}

for (const [name, layouts] of [
  ["digits run together (flattened)", ["flattened"]],
  ["lost cells and blank zeros (tab-lossy, tab-blank)", ["tab-lossy", "tab-blank"]],
  ["every layout", LAYOUTS],
] as const) {
  test(`parseTables(random tables, ${name}): no cell marked read or inferred differs from the truth`, (t) => {
    let cells = 0;
    let ambiguous = 0;
    fc.assert(
      fc.property(seeds, fc.constantFrom(...layouts), (seed, layout) => {
        const r = confidentWrong(seed, layout);
        cells += r.cells;
        ambiguous += r.ambiguous;
        assert.deepEqual(r.wrong, []);
      }),
      { seed: 1616, numRuns: name === "every layout" ? 400 : 250 },
    );
    t.diagnostic(`${cells} cells, ${ambiguous} ambiguous (${((100 * ambiguous) / Math.max(1, cells)).toFixed(2)} %)`);
  });
}
