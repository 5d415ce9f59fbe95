import assert from "node:assert/strict";
import { test } from "node:test";
import { derivePanel, type PanelTable } from "../../src/panel/index.js";
import type { Cell, Fact } from "../../src/types.js";

const read = (value: number): Cell => ({ value, status: "read", raw: String(value), span: null });
const blank: Cell = { value: null, status: "blank", raw: null, span: null };
const ambiguous = (candidates: number[]): Cell => ({ value: null, status: "ambiguous", raw: "x", span: null, candidates });

function national(cells: Record<string, Cell>): { requests: PanelTable; review: PanelTable } {
  return {
    requests: { status: "complete", template: "2021", cells },
    review: { status: "complete", template: "2021", cells: {} },
  };
}

test("derivePanel(2021) takes received from new.total and sums litigation of both kinds", () => {
  const tables = {
    ...national({ "new.total": read(12), "total.total": read(14) }),
    review: {
      status: "complete" as const,
      template: "2021" as const,
      cells: { "litigation_direct.total": read(2), "litigation_after.total": read(3) },
    },
  };
  const p = derivePanel({ template: "2021", tables, legacy: null, facts: [] });
  assert.equal(p.format, "2021");
  assert.deepEqual([p.measures["requests.received"]?.value, p.measures["requests.received"]?.status], [12, "read"]);
  assert.equal(p.measures["requests.answered"]?.value, 14);
  assert.equal(p.measures["review.litigation"]?.value, 5);
  assert.equal(p.measures["review.litigation"]?.status, "derived");
  assert.equal(p.measures["requests.channel.online"]?.status, "not_in_format");
});

test("derivePanel: a blank cell no identity determines gives null, an ambiguous one gives ambiguous", () => {
  const blankP = derivePanel({ template: "2021", tables: national({ "new.total": blank }), legacy: null, facts: [] });
  assert.equal(blankP.measures["requests.received"]?.value, null);
  assert.equal(blankP.measures["requests.received"]?.status, "blank");
  const amb = derivePanel({ template: "2021", tables: national({ "new.total": ambiguous([3, 30]) }), legacy: null, facts: [] });
  assert.equal(amb.measures["requests.received"]?.value, null);
  assert.equal(amb.measures["requests.received"]?.status, "ambiguous");
  assert.deepEqual(amb.measures["requests.received"]?.candidates, [3, 30]);
});

test("derivePanel(legacy) reads the year column and falls back to a stated fact with its origin", () => {
  const legacy = {
    status: "complete" as const,
    rows: [],
    cells: { "requests.received.year": read(7), "requests.received.cumulative": read(40) },
  };
  const fact: Fact = { subject: "reconsideration.total", value: 0, unit: "件", text: "行政复议0件", span: { start: 10, end: 12 } };
  const p = derivePanel({ template: "legacy", tables: null, legacy, facts: [fact] });
  assert.equal(p.format, "legacy");
  assert.equal(p.measures["requests.received"]?.value, 7);
  assert.deepEqual(p.measures["requests.received"]?.from, ["legacy.requests.received.year"]);
  const r = p.measures["review.reconsideration"];
  assert.equal(r?.value, 0);
  assert.equal(r?.status, "stated");
  assert.deepEqual(r?.from, ["fact:reconsideration.total@10-12"]);
});
