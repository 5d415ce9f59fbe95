/**
 * Golden tests: section boundaries and metadata of every report in data/raw/seeds and
 * data/raw/pingtan, checked against test/golden/sections/corpus.json (values read from
 * the reports by hand). Boundaries are recorded as the heading as printed and the first
 * and last 12 characters of the body with whitespace and markup folded, so that later
 * normalisation (chrome or Markdown removal) does not move them.
 * `UPDATE_GOLDEN=1` rewrites the golden file; a mismatch writes `corpus.changed.json`.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { detectMeta, segmentReport } from "../../src/sections/index.js";
import { SECTION_KEYS, type Section, type Sections } from "../../src/types.js";
import { detectScript, toSimplified } from "../../src/util/chinese.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const GOLDEN = join(ROOT, "test/golden/sections/corpus.json");

/** Fold a body for comparison: no markup, one space for any whitespace run. */
function fold(s: string): string {
  return s.replace(/[|*#]/g, " ").replace(/\s+/g, " ").trim();
}

function summary(text: string, sections: Sections) {
  const out: Record<string, unknown> = {};
  for (const key of SECTION_KEYS) {
    const s = sections[key];
    if (s === null) {
      out[key] = null;
      continue;
    }
    const body = fold(text.slice(s.heading.end, s.end)).replace(/^[:：。.\s]+/, "");
    out[key] = { title: s.title, head: body.slice(0, 12), tail: body.slice(-12) };
  }
  return out;
}

function readCorpus(): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  for (const dir of ["seeds", "pingtan"]) {
    for (const f of readdirSync(join(ROOT, "data/raw", dir)).sort()) {
      const raw = readFileSync(join(ROOT, "data/raw", dir, f), "utf8");
      out.push({ id: `${dir}/${f}`, text: detectScript(raw) === "traditional" ? toSimplified(raw) : raw });
    }
  }
  return out;
}

const corpus = readCorpus();
const actual: Record<string, unknown> = {};
for (const { id, text } of corpus) {
  const seg = segmentReport(text);
  const { meta } = detectMeta({ text, source: id }, seg.sections, seg.template);
  actual[id] = { template: seg.template, meta, sections: summary(text, seg.sections) };
}

if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, unknown>;

test("golden file covers every seed and pingtan report", () => {
  assert.deepEqual(Object.keys(golden).sort(), corpus.map((c) => c.id).sort());
});

for (const { id, text } of corpus) {
  test(`segmentReport + detectMeta(${id}) match the golden values`, (t) => {
    const expected = golden[id];
    try {
      assert.deepEqual(actual[id], expected);
    } catch (e) {
      writeFileSync(GOLDEN.replace(/\.json$/, ".changed.json"), `${JSON.stringify(actual, null, 2)}\n`);
      throw e;
    }
    t.diagnostic(`${id}: ${text.length} chars`);
  });

  test(`segmentReport(${id}) sections slice the text, in order, without overlap`, () => {
    const { sections } = segmentReport(text);
    let last = -1;
    const present = SECTION_KEYS.map((k) => sections[k]).filter((s): s is Section => s !== null);
    present.sort((a, b) => a.start - b.start);
    for (const s of present) {
      assert.equal(s.text, text.slice(s.start, s.end));
      assert.ok(s.start >= last, `${s.key} starts at ${s.start}, before the previous end ${last}`);
      assert.ok(s.start <= s.heading.start && s.heading.end <= s.end);
      assert.equal(text.slice(s.heading.start, s.heading.end).trim(), s.title);
      last = s.end;
    }
  });
}
