import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test } from "node:test";
import { findReuse, type SimilarityDoc } from "../../src/index.js";
import { RAW_DIR } from "../../src/paths.js";
import { bundledReportTexts } from "../fixtures/corpus-texts.js";
import { generateSyntheticCorpus, scoreReuse } from "../support/synth.js";

const sources = bundledReportTexts();

test("generateSyntheticCorpus(seed, n) is deterministic and records the source of every sentence", () => {
  const a = generateSyntheticCorpus(3, 12, { sources });
  const b = generateSyntheticCorpus(3, 12, { sources });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, generateSyntheticCorpus(4, 12, { sources }));
  for (const d of a) {
    assert.ok(d.sentences.length > 20);
    for (const s of d.sentences) assert.ok(s.end <= d.text.length && s.start < s.end);
  }
  const origins = new Set(a.flatMap((d) => d.sentences.map((s) => s.origin)));
  for (const o of ["mandated", "pool", "own", "self_copy"]) assert.ok(origins.has(o as never), o);
});

test("findReuse(docs) detects planted and unplanned reuse with precision and recall ≥ 0.95", () => {
  const docs = generateSyntheticCorpus(20261122, 120, { sources, crossCopyRate: 0.3 });
  const r = findReuse(docs);
  const s = scoreReuse(docs, r);
  assert.ok(s.truthReused > 10000, `enough reused text to measure (${s.truthReused})`);
  assert.ok(s.precision >= 0.95, `precision ${s.precision}`);
  assert.ok(s.recall >= 0.95, `recall ${s.recall}`);
  assert.ok(s.kindAccuracy >= 0.95, `self/shared accuracy ${s.kindAccuracy}`);
  assert.ok(s.mandated.recall >= 0.95 && s.mandated.precision >= 0.95, JSON.stringify(s.mandated));
  // passage offsets index the texts, and a passage's two ends carry the same text up to edits
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const p of r.passages.slice(0, 200)) {
    assert.ok(p.identity >= 0.9 && p.length >= 20);
    assert.ok(p.aEnd <= byId.get(p.a)!.text.length && p.bEnd <= byId.get(p.b)!.text.length);
    assert.ok(p.cluster >= 0 && p.cluster < r.clusters.length);
  }
});

test("findReuse(docs) measures the same problems every year in the issues section", () => {
  const docs = generateSyntheticCorpus(5, 60, { sources, maxYears: 4, crossCopyRate: 0 });
  const r = findReuse(docs);
  const firsts = r.selfReuse.filter((row) => row.previous.length === 0);
  const laters = r.selfReuse.filter((row) => row.previous.length > 0);
  assert.ok(firsts.length > 0 && laters.length > 0);
  for (const row of firsts) assert.equal(row.issuesReused, 0);
  const mean = laters.reduce((a, row) => a + row.issuesShare!, 0) / laters.length;
  assert.ok(mean > 0.5, `issues reused from previous years: ${mean}`);
  const share = r.shares[0]!;
  assert.equal(share.chars, share.mandated + share.self + share.shared + share.own);
  assert.ok(share.sections !== null && share.sections.issues !== null && share.sections.requests!.mandated > 0);
});

test("findReuse(Pingtan 2011–2022) shows the series' year-to-year self-reuse", () => {
  const files: Record<string, number> = { "0002": 2011, "0006": 2013, "0016": 2017, "0014": 2019, "0009": 2022 };
  const docs: SimilarityDoc[] = Object.entries(files).map(([f, year]) => ({
    id: `pingtan-${year}`,
    agency_id: "平潭综合实验区",
    year,
    text: readFileSync(resolve(RAW_DIR, "pingtan", `${f}.txt`), "utf8"),
  }));
  const r = findReuse(docs);
  const row = (y: number) => r.selfReuse.find((s) => s.year === y)!;
  assert.equal(row(2011).reportShare, 0);
  assert.ok(row(2013).reportShare! > 0.5, `2013 from 2011: ${row(2013).reportShare}`);
  for (const y of [2017, 2019, 2022]) assert.ok(row(y).reportShare! > 0.03, `${y}: ${row(y).reportShare}`);
  assert.ok(r.passages.every((p) => p.kind === "self"));
  assert.ok(r.passages.some((p) => p.a === "pingtan-2017" || p.b === "pingtan-2017"));
  assert.ok(r.passages.some((p) => [p.a, p.b].includes("pingtan-2019") && [p.a, p.b].includes("pingtan-2022")));
  const series = r.clusters.filter((c) => c.reports >= 3);
  assert.ok(series.length > 0, "some text runs through three or more years");
  assert.ok(series.every((c) => c.kind === "self" && c.firstYear !== null && c.years[0] === c.firstYear));
});

test("findReuse(docs) rejects malformed metadata and warns about an agency key that is too coarse", () => {
  assert.throws(
    () => findReuse([{ id: "a", agency_id: 3 as never, year: 2020, text: "x" }]),
    /docs\[0\]\.agency_id must be a string or null; found number 3/,
  );
  assert.throws(
    () => findReuse([{ id: "a", agency_id: "x", year: "2020" as never, text: "x" }]),
    /docs\[0\]\.year must be an integer or null; found "2020"/,
  );
  const docs = Array.from({ length: 5 }, (_, i) => ({
    id: `d${i}`,
    agency_id: "省",
    year: 2020 + i,
    text: `第${i}份报告`,
  }));
  const r = findReuse(docs, { maxAgencyReports: 3 });
  assert.deepEqual(
    r.diagnostics.map((d) => d.code),
    ["similarity.agency_too_large"],
  );
});
