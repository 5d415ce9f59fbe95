import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseTables } from "../../src/tables/index.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/tables");
type Truth = Record<"proactive" | "requests" | "review", Record<string, number | null>>;

function compare(kind: "layout" | "raw", seed: number): { exact: number; wrong: string[]; cells: number } {
  const text = readFileSync(join(FIXTURES, `pdf-${seed}.${kind}.txt`), "utf8");
  const truth = JSON.parse(readFileSync(join(FIXTURES, `pdf-${seed}.truth.json`), "utf8")) as Truth;
  const { tables } = parseTables(text, null);
  let exact = 0;
  let cells = 0;
  const wrong: string[] = [];
  for (const table of ["proactive", "requests", "review"] as const) {
    for (const [key, want] of Object.entries(truth[table])) {
      cells++;
      const got = tables[table].cells[key]?.value ?? null;
      if (got === want || (got !== null && want !== null && Math.abs(got - want) < 1e-6)) exact++;
      else if (got !== null) wrong.push(`${table}.${key}: ${want} → ${got}`);
    }
  }
  return { exact, wrong, cells };
}

for (const seed of [31, 32, 33, 34]) {
  test(`parseTables(pdftotext -layout of a LibreOffice PDF, seed ${seed}) reads every cell`, () => {
    const { exact, wrong, cells } = compare("layout", seed);
    assert.deepEqual(wrong, []);
    assert.equal(exact, cells);
  });
  test(`parseTables(plain pdftotext with scrambled reading order, seed ${seed}) gives no wrong value`, () => {
    assert.deepEqual(compare("raw", seed).wrong, []);
  });
}
