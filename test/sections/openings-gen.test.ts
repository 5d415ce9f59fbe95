/**
 * The opening generator (test/support/openings-gen.ts) and detectMeta on its openings, with a seed
 * of this test's own (the evaluation uses another): the generator is deterministic, covers every
 * level and both scripts, and the metadata read from its openings matches its labels.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { detectMeta, segmentReport } from "../../src/sections/index.js";
import { detectScript, toSimplified } from "../../src/util/chinese.js";
import { sameAgency } from "../support/agency-match.js";
import { generateOpenings } from "../support/openings-gen.js";

const SEED = 7;
const cases = generateOpenings(SEED, 120);

test("the same seed gives the same openings, another seed others", () => {
  assert.deepEqual(generateOpenings(SEED, 5), cases.slice(0, 5));
  assert.notDeepEqual(generateOpenings(SEED + 1, 5), cases.slice(0, 5));
});

test("the openings cover every level, both scripts and the furniture classes", () => {
  const levels = new Set(cases.map((c) => c.labels.level));
  for (const l of ["central", "province", "city", "county", "township", "department"]) assert.ok(levels.has(l), l);
  const classes = new Set(cases.flatMap((c) => c.classes));
  for (const k of ["traditional", "no-title", "two-line-title", "drafting-office", "signature-cn-date", "unqualified"])
    assert.ok(classes.has(k), k);
});

test("detectMeta reads the generated labels (year, level, province exactly; agency as named)", () => {
  let wrong = 0;
  for (const c of cases) {
    const text = detectScript(c.text) === "traditional" ? toSimplified(c.text) : c.text;
    const seg = segmentReport(text);
    const { meta } = detectMeta({ text }, seg.sections, seg.template);
    if (meta.year !== c.labels.year || meta.level !== c.labels.level || meta.province !== c.labels.province) wrong++;
    else if (meta.published !== c.labels.published) wrong++;
    else if (!sameAgency(meta.agency ?? "", c.labels.agency ?? "")) wrong++;
  }
  // A handful may fall to classes the parser does not read yet; most must be right.
  assert.ok(wrong <= 3, `${wrong} of ${cases.length} generated openings misread`);
});
