/**
 * Golden tests on every corpus report with a section 五: items (count, boundaries, markers), skipped
 * pieces, links and the facts of section 一. A mismatch writes `<name>.changed.json` beside the golden
 * file; `UPDATE_GOLDEN=1` rewrites it. Also checks that nothing of section 五 is dropped and that every
 * fact's span holds its number.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { describe, test } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { extractNarrative, type Narrative } from "../../src/narrative/index.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import type { Sections } from "../../src/types.js";
import { CORPUS_FILES, locateSections, readCorpus } from "./helpers.js";

const GOLDEN_DIR = resolve(PROJECT_ROOT, "test", "golden", "narrative");

/** The part of the output that the golden files fix (specificity scores are tested elsewhere). */
function goldenView(n: Narrative) {
  const item = (i: Narrative["problems"][number]) => ({
    marker: i.marker,
    section: i.section,
    start: i.span.start,
    end: i.span.end,
    text: i.text,
  });
  return {
    problems: n.problems.map(item),
    improvements: n.improvements.map(item),
    skipped: n.skipped.map((s) => ({ reason: s.reason, start: s.span.start, end: s.span.end, text: s.text })),
    links: n.links.map((l) => ({ improvement: l.improvement, problem: l.problem })),
    facts: n.facts.map((f) => ({
      subject: f.subject,
      value: f.value,
      unit: f.unit,
      ...(f.label === undefined ? {} : { label: f.label }),
      ...(f.negated === undefined ? {} : { negated: f.negated }),
      start: f.span.start,
      end: f.span.end,
    })),
    diagnostics: n.diagnostics.map((d) => d.code),
  };
}

const results = new Map<string, { text: string; sections: Sections; narrative: Narrative }>();

/** Read and extract a corpus file once per process. */
function read(file: string) {
  const hit = results.get(file);
  if (hit !== undefined) return hit;
  const text = readCorpus(file);
  const sections = locateSections(text);
  const r = { text, sections, narrative: extractNarrative(text, sections) };
  results.set(file, r);
  return r;
}

describe("extractNarrative on the corpus (golden)", () => {
  for (const file of CORPUS_FILES) {
    test(`extractNarrative(${file}) matches its golden file`, () => {
      const view = goldenView(read(file).narrative);
      const got = `${JSON.stringify(view, null, 2)}\n`;
      const path = resolve(GOLDEN_DIR, `${basename(file, ".txt")}.json`);
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, got);
      // compared as data, so that reformatting the golden file (biome) does not matter
      const want: unknown = JSON.parse(readFileSync(path, "utf8"));
      const same = isDeepStrictEqual(JSON.parse(got), want);
      if (!same) writeFileSync(path.replace(/\.json$/, ".changed.json"), got);
      assert.deepEqual(JSON.parse(got), want, `golden mismatch; see ${path.replace(/\.json$/, ".changed.json")}`);
    });
  }
});

/** Characters that carry content (letters and digits). */
const CONTENT = /[\p{L}\p{N}]/u;

describe("extractNarrative loses nothing of section 五", () => {
  for (const file of CORPUS_FILES) {
    test(`extractNarrative(${file}): items, headings, connectives and trailer cover section 五`, () => {
      const { text, sections, narrative } = read(file);
      const issues = sections.issues;
      assert.ok(issues !== null, "the helper finds section 五");
      const covered = new Uint8Array(text.length);
      const mark = (s: { start: number; end: number }) => covered.fill(1, s.start, s.end);
      mark(issues.heading);
      for (const i of [...narrative.problems, ...narrative.improvements]) {
        mark(i.span);
        if (i.markerSpan !== null) mark(i.markerSpan);
      }
      for (const s of narrative.skipped) mark(s.span);
      const lost: string[] = [];
      for (let k = issues.start; k < issues.end; k++)
        if (!covered[k] && CONTENT.test(text[k] ?? "")) lost.push(text[k] ?? "");
      assert.equal(lost.join(""), "", "content characters of section 五 in no item nor skipped piece");
      assert.ok(narrative.problems.length > 0, "at least one problem");
      assert.ok(narrative.improvements.length > 0, "at least one improvement");
    });

    test(`extractNarrative(${file}): skipped connectives are lead-ins, trailers are closing parts`, () => {
      const { narrative } = read(file);
      for (const s of narrative.skipped) {
        if (s.reason === "connective") assert.match(s.text, /存在|不足|问题|差距|改进|措施|以下|如下|下一步/u);
        if (s.reason === "trailer") assert.match(s.text, /附件|扫一扫|年.{1,3}月.{1,3}日|政府|局|委|办/u);
      }
    });

    test(`extractNarrative(${file}): every fact's span holds its number`, () => {
      const { text, narrative } = read(file);
      for (const f of narrative.facts) {
        const printed = text.slice(f.span.start, f.span.end);
        if (f.negated === true) {
          assert.equal(f.value, 0);
          assert.match(printed, /^(?:未|没有|无)/u);
        } else {
          assert.ok(
            printed.replace(/[\s,]/g, "").includes(String(f.value)),
            `${f.subject}: ${printed} holds ${f.value}`,
          );
          assert.ok(printed.endsWith(f.unit), `${printed} ends with its unit ${f.unit}`);
          assert.ok(f.text.includes(printed), "the sentence holds the figure");
        }
      }
    });
  }
});
