import assert from "node:assert/strict";
import { test } from "node:test";
import {
  barChartSpec,
  DEFAULT_SOURCE,
  heatmapSpec,
  histogramSpec,
  lineChartSpec,
  networkFromRows,
  networkSpec,
  OKABE_ITO,
} from "../../src/charts/index.js";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import { sampleSpecs } from "../fixtures/charts/specs.js";

type Rec = Record<string, unknown>;
const notes = (layout: Rec): string => ((layout.annotations as Rec[])[0] as Rec).text as string;

test("barChartSpec(rows) makes one bar trace per series, in Okabe–Ito colours, with a title and source note", () => {
  const spec = barChartSpec(
    [
      { category: "a", value: 1, series: "x" },
      { category: "b", value: 2, series: "x" },
      { category: "a", value: 3, series: "y" },
    ],
    { title: "T", yTitle: "件 (count)" },
  );
  assert.equal(spec.data.length, 2);
  const [x, y] = spec.data as Rec[];
  assert.deepEqual(x?.x, ["a", "b"]);
  assert.deepEqual(x?.y, [1, 2]);
  assert.deepEqual(y?.y, [3, null], "a series without a category gets a gap, not 0");
  assert.equal((x?.marker as Rec).color, OKABE_ITO[0]);
  assert.equal((y?.marker as Rec).color, OKABE_ITO[1]);
  assert.equal((spec.layout.title as Rec).text, "T");
  assert.equal(((spec.layout.yaxis as Rec).title as Rec).text, "件 (count)");
  assert.ok(notes(spec.layout).includes(DEFAULT_SOURCE));
});

test("barChartSpec(rows) keeps null as a gap and says how many values were not given", () => {
  const spec = barChartSpec(
    [
      { category: "a", value: null },
      { category: "b", value: 0 },
    ],
    { title: "T" },
  );
  assert.deepEqual((spec.data[0] as Rec).y, [null, 0]);
  assert.match(notes(spec.layout), /1 not given/);
  assert.match(notes(spec.layout), /every value given is 0/, "an empty-looking chart says why");
});

test("barChartSpec(rows, {mode: share}) stacks each category to 100 % over the values given", () => {
  const spec = barChartSpec(
    [
      { category: "a", value: 1, series: "p" },
      { category: "a", value: 3, series: "q" },
      { category: "b", value: 0, series: "p" },
      { category: "b", value: null, series: "q" },
    ],
    { title: "T", mode: "share" },
  );
  assert.deepEqual((spec.data[0] as Rec).y, [25, null]);
  assert.deepEqual((spec.data[1] as Rec).y, [75, null]);
  assert.equal(spec.layout.barmode, "stack");
  assert.match(notes(spec.layout), /1 categories total 0/);
});

test("barChartSpec(rows, {orientation: h}) swaps axes and honours categoryOrder", () => {
  const spec = barChartSpec(
    [
      { category: "b", value: 2 },
      { category: "a", value: 1 },
    ],
    { title: "T", orientation: "h", categoryOrder: ["a"] },
  );
  const t = spec.data[0] as Rec;
  assert.deepEqual(t.y, ["a", "b"]);
  assert.deepEqual(t.x, [1, 2]);
  assert.equal(t.orientation, "h");
});

test("barChartSpec(rows) draws intervals as asymmetric error bars, none where not given", () => {
  const spec = barChartSpec(
    [
      { category: "a", value: 10, lo: 8, hi: 13 },
      { category: "b", value: 5 },
    ],
    { title: "T" },
  );
  const err = (spec.data[0] as Rec).error_y as Rec;
  assert.deepEqual(err.array, [3, "NaN"]);
  assert.deepEqual(err.arrayminus, [2, "NaN"]);
});

test("chart builders reject a missing title and unknown options with typed errors", () => {
  assert.throws(() => barChartSpec([], { title: "" }), { name: "InvalidOptionError", message: /needs a title/ });
  assert.throws(() => barChartSpec([], { title: "T", mode: "pie" as never }), InvalidOptionError);
  assert.throws(() => barChartSpec([], { title: "T", width: 5 }), /expected a number of pixels/);
  assert.throws(() => barChartSpec([{ category: 3 as never, value: 1 }], { title: "T" }), InvalidInputError);
  assert.throws(() => barChartSpec([{ category: "a", value: "1" as never }], { title: "T" }), /number or null/);
});

test("lineChartSpec(points) sorts by x, keeps gaps, and gives years integer ticks", () => {
  const spec = lineChartSpec(
    [
      { x: 2022, y: 3 },
      { x: 2020, y: 1 },
      { x: 2021, y: null },
    ],
    { title: "T" },
  );
  const t = spec.data[0] as Rec;
  assert.deepEqual(t.x, [2020, 2021, 2022]);
  assert.deepEqual(t.y, [1, null, 3]);
  assert.equal(t.connectgaps, false);
  assert.equal((spec.layout.xaxis as Rec).tickformat, "d");
  assert.match(notes(spec.layout), /1 not given/);
  assert.throws(() => lineChartSpec([{ x: null as never, y: 1 }], { title: "T" }), InvalidInputError);
});

test("lineChartSpec(points) gives each series its own colour and marker symbol", () => {
  const spec = lineChartSpec(
    [
      { x: 1, y: 1, series: "p" },
      { x: 1, y: 2, series: "q" },
    ],
    { title: "T" },
  );
  const [p, q] = spec.data as Rec[];
  assert.notEqual((p?.marker as Rec).symbol, (q?.marker as Rec).symbol);
  assert.notEqual((p?.line as Rec).color, (q?.line as Rec).color);
});

test("heatmapSpec(matrix) checks the matrix shape and uses a colour-blind-safe scale", () => {
  const spec = heatmapSpec({ x: ["a", "b"], y: ["r"], z: [[0.5, null]] }, { title: "T", decimals: 1 });
  const t = spec.data[0] as Rec;
  assert.equal(t.colorscale, "Cividis");
  assert.deepEqual(t.text, [["0.5", ""]]);
  assert.match(notes(spec.layout), /1 not given/);
  assert.throws(() => heatmapSpec({ x: ["a"], y: ["r", "s"], z: [[1]] }, { title: "T" }), /expected 2 rows/);
  assert.throws(() => heatmapSpec({ x: ["a", "b"], y: ["r"], z: [[1]] }, { title: "T" }), /expected 2 values/);
});

test("histogramSpec(values) bins the numbers given and counts the nulls", () => {
  const spec = histogramSpec([1, 2, null, 3], { title: "T", binSize: 1 });
  const t = spec.data[0] as Rec;
  assert.deepEqual(t.x, [1, 2, 3]);
  assert.deepEqual(t.xbins, { size: 1 });
  assert.match(notes(spec.layout), /1 not given/);
  assert.throws(() => histogramSpec(["1"] as never, { title: "T" }), InvalidInputError);
});

test("networkSpec(graph) places nodes deterministically and tiers edges by weight", () => {
  const input = {
    nodes: [
      { id: "b", label: "乙", group: "g2" },
      { id: "a", label: "甲", group: "g1" },
      { id: "c", label: "丙", group: "g1" },
    ],
    edges: [
      { source: "a", target: "b", weight: 1 },
      { source: "a", target: "c", weight: 0.1 },
      { source: "c", target: "c", weight: 1 },
    ],
  };
  const spec = networkSpec(input, { title: "T" });
  assert.deepEqual(spec, networkSpec(input, { title: "T" }));
  const lines = spec.data.filter((t) => t.mode === "lines");
  assert.equal(lines.length, 2, "a weak and a strong tier");
  const nodes = spec.data.filter((t) => t.mode === "markers+text");
  assert.deepEqual(
    nodes.map((t) => t.name),
    ["g2", "g1"],
  );
  assert.deepEqual((nodes[1] as Rec).text, ["甲", "丙"]);
  assert.match(notes(spec.layout), /1 self-loops not drawn/);
  assert.throws(
    () =>
      networkSpec(
        { nodes: [{ id: "a", label: "a" }], edges: [{ source: "a", target: "z", weight: 1 }] },
        { title: "T" },
      ),
    /unknown "z"/,
  );
  assert.throws(
    () =>
      networkSpec(
        {
          nodes: [
            { id: "a", label: "a" },
            { id: "a", label: "b" },
          ],
          edges: [],
        },
        { title: "T" },
      ),
    /unique ids/,
  );
});

test("every sample spec is plain JSON with a title, a source note and the CJK font first", () => {
  for (const [name, spec] of Object.entries(sampleSpecs())) {
    assert.deepEqual(JSON.parse(JSON.stringify(spec)), spec, `${name} survives JSON`);
    assert.ok(((spec.layout.title as Rec).text as string).length > 0, `${name} has a title`);
    assert.ok(notes(spec.layout).includes("Source"), `${name} has a source note`);
    assert.match((spec.layout.font as Rec).family as string, /^"Noto Sans CJK SC"/);
  }
});

test("label text is escaped for plotly's markup", () => {
  const spec = barChartSpec([{ category: "a", value: 1 }], { title: "<b>x</b> & y" });
  assert.equal((spec.layout.title as Rec).text, "&lt;b&gt;x&lt;/b&gt; &amp; y");
});

test("networkFromRows(nodes, edges) maps columns, adds nodes named only by edges, counts skipped edges", () => {
  const g = networkFromRows(
    [{ agency_id: "a", agency: "甲", level: "county" }],
    [
      { a: "a", b: "z", w: 0.5 },
      { a: "a", b: "y", w: null },
    ],
    { id: "agency_id", label: "agency", group: "level", source: "a", target: "b", weight: "w" },
  );
  assert.deepEqual(g.nodes, [
    { id: "a", label: "甲", group: "county" },
    { id: "z", label: "z" },
  ]);
  assert.deepEqual(g.edges, [{ source: "a", target: "z", weight: 0.5 }]);
  assert.equal(g.skipped, 1);
  assert.equal(g.isolated, 0);
  const linked = networkFromRows(
    [
      { id: "lonely", label: "x" },
      { id: "a", label: "a" },
    ],
    [{ source: "a", target: "b", weight: 1 }],
    {
      onlyLinked: true,
    },
  );
  assert.deepEqual(
    linked.nodes.map((n) => n.id),
    ["a", "b"],
  );
  assert.equal(linked.isolated, 1);
});

test("barChartSpec(rows) wraps long vertical category labels to the room they have, instead of rotating them", () => {
  const many = ["部分公开 partly granted", "b", "c", "d", "e", "f"].map((category) => ({ category, value: 1 }));
  const axis = barChartSpec(many, { title: "T" }).layout.xaxis as Rec;
  assert.equal((axis.ticktext as string[])[0], "部分公开<br>partly<br>granted");
  assert.equal(axis.tickangle, 0);
  const few = barChartSpec(many.slice(0, 2), { title: "T" }).layout.xaxis as Rec;
  assert.equal(few.ticktext, undefined, "two categories have room for the whole label");
});
