import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkTables } from "../../src/rules/index.js";
import { parseTables } from "../../src/tables/index.js";
import type { Fact, Tables } from "../../src/types.js";
import { toSimplified } from "../../src/util/chinese.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const GOLDEN = join(ROOT, "test/golden/tables");

type Expected = number | null | "?";
interface Golden {
  source: string;
  template: string;
  status: Record<string, string>;
  proactive: Record<string, Expected[]>;
  requests: Record<string, Expected[]>;
  review: Record<string, Expected[]>;
  statuses?: Record<string, string>;
  annotations?: Record<string, string>;
  facts?: { subject: string; value: number; unit: string; text: string }[];
  without_facts?: Record<string, Expected>;
}

const COLUMNS: Record<string, string[]> = {
  requests: ["natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org", "total"],
  review: ["upheld", "corrected", "other", "pending", "total"],
};

function expectedCells(g: Golden, tables: Tables): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const table of ["proactive", "requests", "review"] as const) {
    for (const [row, values] of Object.entries(g[table])) {
      const cols =
        COLUMNS[table] ??
        Object.keys(tables.proactive.cells)
          .filter((k) => k.startsWith(`${row}.`))
          .map((k) => k.slice(row.length + 1));
      assert.equal(cols.length, values.length, `${g.source}: golden row ${table}.${row} has ${values.length} values`);
      values.forEach((v, i) => {
        out.set(`${table}.${row}.${cols[i]}`, v);
      });
    }
  }
  return out;
}

function facts(g: Golden, text: string): Fact[] {
  return (g.facts ?? []).map((f) => {
    const at = text.indexOf(f.text);
    return { ...f, span: { start: at, end: at + f.text.length } };
  });
}

function assertCells(tables: Tables, expected: ReadonlyMap<string, Expected>, label: string): void {
  for (const [qualified, want] of expected) {
    const [table, ...rest] = qualified.split(".");
    const cell = tables[table as keyof Tables].cells[rest.join(".")];
    assert.ok(cell, `${label}: no cell ${qualified}`);
    if (want === "?") {
      assert.equal(
        cell.status,
        "ambiguous",
        `${label}: ${qualified} should be ambiguous, is ${cell.status} ${cell.value}`,
      );
      assert.equal(cell.value, null);
    } else
      assert.equal(cell.value, want, `${label}: ${qualified} expected ${want}, parsed ${cell.value} (${cell.status})`);
  }
}

for (const file of readdirSync(GOLDEN).filter((f) => f.endsWith(".json"))) {
  const g = JSON.parse(readFileSync(join(GOLDEN, file), "utf8")) as Golden;
  test(`parseTables(${g.source}) matches the values read by hand (${file})`, () => {
    const text = readFileSync(join(ROOT, g.source), "utf8");
    const { tables } = parseTables(text, null, { facts: facts(g, text) });
    for (const [key, status] of Object.entries(g.status)) {
      assert.equal(tables[key as keyof Tables].status, status, `${file}: table ${key} status`);
      assert.equal(tables[key as keyof Tables].template, g.template, `${file}: table ${key} template`);
    }
    assertCells(tables, expectedCells(g, tables), file);
    for (const [qualified, status] of Object.entries(g.statuses ?? {})) {
      const [table, ...rest] = qualified.split(".");
      assert.equal(
        tables[table as keyof Tables].cells[rest.join(".")]?.status,
        status,
        `${file}: status of ${qualified}`,
      );
    }
    for (const [qualified, annotation] of Object.entries(g.annotations ?? {})) {
      const [table, ...rest] = qualified.split(".");
      assert.equal(tables[table as keyof Tables].cells[rest.join(".")]?.annotation, annotation);
    }
    const failed = checkTables(tables).filter((r) => r.outcome === "fail");
    assert.deepEqual(failed, [], `${file}: the report's identities hold`);
  });
  if (g.without_facts) {
    test(`parseTables(${g.source}) without prose facts leaves the table 2 split ambiguous`, () => {
      const text = readFileSync(join(ROOT, g.source), "utf8");
      const { tables } = parseTables(text, null);
      assertCells(tables, new Map(Object.entries(g.without_facts ?? {})), `${file} (no facts)`);
    });
  }
}

test("parseTables(seed 004) finds no tables where the report prints only headings", () => {
  const text = toSimplified(readFileSync(join(ROOT, "data/raw/seeds/004_86673d63bf19c25f.txt"), "utf8"));
  const { tables, diagnostics } = parseTables(text, null);
  for (const key of ["proactive", "requests", "review"] as const) {
    assert.equal(tables[key].status, "missing", key);
    assert.ok(Object.values(tables[key].cells).every((c) => c.value === null && c.status === "missing"));
  }
  assert.ok(diagnostics.some((d) => d.code === "tables.missing"));
});

test("parseTables(pre-2019 pingtan reports) finds no national-format tables", () => {
  for (const name of ["0002", "0006", "0016"]) {
    const text = readFileSync(join(ROOT, `data/raw/pingtan/${name}.txt`), "utf8");
    const { tables } = parseTables(text, null);
    assert.equal(tables.requests.status, "missing", name);
    const legacy = parseTables(text, null, { template: "legacy" }).tables;
    assert.equal(legacy.requests.status, "not_applicable");
    assert.deepEqual(legacy.requests.cells, {});
  }
});
