import assert from "node:assert/strict";
import { test } from "node:test";
import {
  findReuse,
  REUSE_COLUMNS,
  reusePassageRows,
  reuseRowsToCsv,
  reuseRowsToJsonLines,
  reuseShareRows,
} from "../../src/index.js";

const SHARED = "我局坚持以公开为常态、不公开为例外，全年主动公开政府信息2356条，回应社会关切问题17次。";
const docs = [
  { id: "a", agency_id: "x", year: 2021, text: `今年春季组织了全镇干部政务知识轮训。${SHARED}` },
  { id: "b", agency_id: "y", year: 2022, text: `村务公开栏全面更新完毕，村民反映良好。${SHARED.replace("2356", "9")}` },
];

test("reuseRowsToCsv(rows) quotes commas, quotes and newlines, and writes null as an empty cell", () => {
  assert.equal(reuseRowsToCsv([{ a: 1, b: 'x,"y"\nz', c: null }]), 'a,b,c\n1,"x,""y""\nz",\n');
  assert.equal(reuseRowsToCsv([]), "");
  assert.equal(reuseRowsToCsv([], ["p", "q"]), "p,q\n");
});

test("reusePassageRows(result, docs) carries both ends' offsets and texts; shares rows have the documented columns", () => {
  const r = findReuse(docs);
  const rows = reusePassageRows(r, docs);
  assert.equal(rows.length, 1);
  const row = rows[0]!;
  assert.deepEqual(Object.keys(row), [...REUSE_COLUMNS.passages]);
  assert.equal(row.kind, "shared");
  assert.equal(docs[0]!.text.slice(row.a_start as number, row.a_end as number), row.a_text);
  assert.ok((row.a_text as string).startsWith("我局坚持"));
  const lines = reuseRowsToJsonLines(rows).split("\n");
  assert.equal(lines.length, 2);
  assert.deepEqual(JSON.parse(lines[0]!), row);
  assert.deepEqual(Object.keys(reuseShareRows(r)[0]!), [...REUSE_COLUMNS.shares]);
});
