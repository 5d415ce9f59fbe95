import assert from "node:assert/strict";
import { test } from "node:test";
import {
  countedRecords,
  figureSpec,
  OUTCOME_LABELS,
  outcomeGroup,
  PUBLICATION_FIGURES,
  publicationFigureSpecs,
  rateRows,
  requestOutcomeRows,
  ruleFamily,
  summariseRows,
  tableStatusRows,
} from "../../src/charts/index.js";
import { cellRows, ruleRows } from "../../src/frames/index.js";
import { fakeCorpus } from "../fixtures/charts/records.js";

type Rec = Record<string, unknown>;
const corpus = fakeCorpus();

test("outcomeGroup(row) maps request-matrix rows to outcome groups and others to null", () => {
  assert.equal(outcomeGroup("denied.third_party"), "denied");
  assert.equal(outcomeGroup("granted"), "granted");
  assert.equal(outcomeGroup("new"), null);
  assert.equal(outcomeGroup("total"), null);
  assert.equal(outcomeGroup("carried_forward"), null);
});

test("requestOutcomeRows(cells) sums each outcome group per report and keeps null when nothing was given", () => {
  const rows = requestOutcomeRows(cellRows(corpus));
  const a = rows.filter((r) => r.report_id === "a");
  assert.deepEqual(
    a.map((r) => [r.outcome, r.value, r.given]),
    [
      ["denied", 3, 2],
      ["granted", 6, 1],
    ],
  );
  const bGranted = rows.find((r) => r.report_id === "b" && r.outcome === "granted");
  assert.equal(bGranted?.value, null, "a blank cell is not 0");
});

test("tableStatusRows(records) gives one row per report and table", () => {
  const rows = tableStatusRows(corpus);
  assert.equal(rows.length, 12);
  assert.equal(rows.find((r) => r.report_id === "b" && r.table === "requests")?.status, "partial");
});

test("figureSpec(request-outcomes) sums over counted reports only (duplicates excluded)", () => {
  const spec = figureSpec("request-outcomes", corpus);
  const granted = spec.data.find((t) => t.name === OUTCOME_LABELS.granted) as Rec;
  assert.deepEqual(granted.x, ["2021", "2022"]);
  assert.deepEqual(granted.y, [6, 20], "c-copy duplicates c and is not added again; b's blank is not 0");
});

test("figureSpec(rule-failures) draws failure rates by rule family in % with intervals", () => {
  const spec = figureSpec("rule-failures", corpus);
  const t = spec.data[0] as Rec;
  assert.deepEqual(t.y, ["requests.balance (n=2)", "requests.outcome_sum (n=2)"]);
  assert.deepEqual(t.x, [50, 50]);
  assert.ok(((t.error_x as Rec).array as number[]).every((v) => v > 0));
});

test("ruleFamily(rule) keeps the first two parts", () => {
  assert.equal(ruleFamily("requests.row.denied.state_secret"), "requests.row");
  assert.equal(ruleFamily("review"), "review");
});

test("figureSpec(table-status) stacks each table's statuses to 100 %", () => {
  const spec = figureSpec("table-status", corpus);
  const sums = [0, 0, 0];
  for (const t of spec.data) {
    for (const [i, v] of ((t.x as Array<number | null>) ?? []).entries()) sums[i] = (sums[i] ?? 0) + (v ?? 0);
  }
  for (const s of sums) assert.ok(Math.abs(s - 100) < 1e-9);
});

test("every publication figure builds a titled spec from the records, and from none", () => {
  for (const f of PUBLICATION_FIGURES) {
    for (const records of [corpus, []]) {
      const spec = f.build(records);
      assert.ok(Array.isArray(spec.data), f.name);
      assert.ok(((spec.layout.title as Rec).text as string).length > 0, f.name);
    }
  }
  assert.throws(() => figureSpec("nope", corpus), {
    name: "InvalidOptionError",
    message: /expected one of corpus-years/,
  });
});

test("figures built one report at a time equal the same summaries over the whole corpus's tidy rows", () => {
  const counted = countedRecords(corpus);
  const whole = summariseRows(
    requestOutcomeRows(cellRows(counted)).filter((r) => r.given !== 0),
    ["year", "outcome"],
    "value",
  );
  const streamed = figureSpec("request-outcomes", corpus);
  const sums = streamed.data.flatMap((t) => (t.y as unknown[]).map((v) => v));
  assert.deepEqual(
    sums.filter((v) => v !== null).sort(),
    whole
      .map((r) => r.sum)
      .filter((v) => v !== null)
      .sort(),
  );
  const failures = rateRows(
    ruleRows(corpus).map((r) => ({ ...r, family: ruleFamily(String(r.rule)) })),
    ["family"],
    "outcome",
    "fail",
    { exclude: ["not_assessable"] },
  );
  const bars = figureSpec("rule-failures", corpus).data[0] as Rec;
  assert.deepEqual(
    bars.x,
    failures.map((r) => (r.rate === null ? null : (r.rate as number) * 100)),
  );
  assert.ok(failures.some((r) => (r.n as number) > 0));
});

test("publicationFigureSpecs(records) takes any iterable: a generator gives the same specs as the array", () => {
  function* once() {
    yield* corpus;
  }
  assert.deepEqual(publicationFigureSpecs(once()), publicationFigureSpecs(corpus));
  for (const f of PUBLICATION_FIGURES) assert.deepEqual(publicationFigureSpecs(corpus)[f.name], f.build(corpus));
});
