/** extractNarrative: contract errors, diagnostics for messy input, options, offsets. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import { extractNarrative, narrativeStrings } from "../../src/narrative/index.js";
import type { Section, SectionKey, Sections } from "../../src/types.js";
import { CORPUS_FILES, locateSections, readCorpus } from "./helpers.js";

/** Sections for a text made of `[key, heading, body]` parts. */
function build(parts: [SectionKey, string, string][]): { text: string; sections: Sections } {
  let text = "";
  const sections: Record<SectionKey, Section | null> = {
    overview: null,
    proactive: null,
    requests: null,
    review: null,
    issues: null,
    other: null,
  };
  for (const [key, heading, body] of parts) {
    const start = text.length;
    text += `${heading}\n${body}\n`;
    sections[key] = {
      key,
      start,
      end: text.length,
      heading: { start, end: start + heading.length },
      title: heading,
      text: text.slice(start),
    };
  }
  return { text, sections };
}

describe("extractNarrative", () => {
  test("extractNarrative: every item's text is text.slice(span) and its section holds it", () => {
    for (const f of CORPUS_FILES) {
      const text = readCorpus(f);
      const sections = locateSections(text);
      const n = extractNarrative(text, sections);
      for (const i of [...n.problems, ...n.improvements]) {
        assert.equal(text.slice(i.span.start, i.span.end), i.text);
        const s = sections[i.section];
        assert.ok(s !== null && s.start <= i.span.start && i.span.end <= s.end, `${f}: item inside its section`);
        assert.ok(typeof i.specificity === "number");
      }
    }
  });

  test("extractNarrative reads improvements written under 六 (seed 004) and says so", () => {
    const text = readCorpus("seeds/004_86673d63bf19c25f.txt");
    const n = extractNarrative(text, locateSections(text));
    assert.ok(n.improvements.length > 0 && n.improvements.every((i) => i.section === "other"));
    assert.ok(n.diagnostics.some((d) => d.code === "narrative.improvements_in_other" && d.severity === "info"));
  });

  test("extractNarrative without a section 五 returns no items and a warning, never throws", () => {
    const { text, sections } = build([["overview", "一、总体情况", "全年主动公开政府信息120条。"]]);
    const n = extractNarrative(text, sections);
    assert.deepEqual([n.problems, n.improvements, n.links], [[], [], []]);
    assert.deepEqual(
      n.diagnostics.map((d) => d.code),
      ["narrative.no_issues_section"],
    );
    assert.deepEqual(
      n.facts.map((f) => [f.subject, f.value]),
      [["proactive.total", 120]],
    );
  });

  test("extractNarrative with an empty section 五 warns that problems and improvements are missing", () => {
    const { text, sections } = build([["issues", "五、存在的主要问题及改进情况", "无。"]]);
    const n = extractNarrative(text, sections);
    assert.deepEqual(
      n.diagnostics.map((d) => d.code),
      ["narrative.no_problems", "narrative.no_improvements"],
    );
  });

  test("extractNarrative reads facts from the sections named in factSections", () => {
    const { text, sections } = build([
      ["overview", "一、总体情况", "我局高度重视政务公开工作。"],
      ["requests", "三、政府信息依申请公开工作情况", "2013年全县共收到有关政府信息公开的申请7条。"],
    ]);
    assert.deepEqual(extractNarrative(text, sections).facts, []);
    const n = extractNarrative(text, sections, { factSections: ["requests"] });
    assert.deepEqual(
      n.facts.map((f) => [f.subject, f.value, f.unit]),
      [["requests.received", 7, "条"]],
    );
  });

  test("extractNarrative scores against the corpus it is given, or with the scorer it is given", () => {
    const text = readCorpus("seeds/000_ddf1fad75dcf317a.txt");
    const sections = locateSections(text);
    const n = extractNarrative(text, sections, {
      scorer: () => ({ score: 0.5, parts: { numbers: 0, dates: 0, names: 0, rarity: 0, generic: 0 } }),
    });
    assert.ok(n.problems.every((p) => p.specificity === 0.5));
    const own = extractNarrative(text, sections);
    const wide = extractNarrative(text, sections, { corpus: ["公开意识有待加强", "信息公开质量不高"] });
    assert.notDeepEqual(
      own.problems.map((p) => p.specificity),
      wide.problems.map((p) => p.specificity),
    );
  });

  test("narrativeStrings gives the parse contract's plain strings", () => {
    const text = readCorpus("seeds/002_12f78b61d8e1d558.txt");
    const s = narrativeStrings(extractNarrative(text, locateSections(text)));
    assert.equal(s.problems.length, 5);
    assert.equal(s.problems[4], "考核机制有待进一步提高。");
    assert.equal(s.improvements.length, 1);
  });

  test("extractNarrative throws typed errors for broken contracts", () => {
    const { text, sections } = build([["issues", "五、存在的主要问题及改进情况", "一是甲。二是乙。"]]);
    assert.throws(() => extractNarrative(7 as unknown as string, sections), {
      name: "InvalidInputError",
      message: /text must be a string; found number 7/,
    });
    assert.throws(() => extractNarrative(text, null as unknown as Sections), InvalidInputError);
    assert.throws(() => extractNarrative(text.slice(0, 5), sections), {
      name: "InvalidInputError",
      message: /section issues must lie within the text \(0\.\.5\)/,
    });
    assert.throws(() => extractNarrative(text, sections, { factSections: ["summary" as SectionKey] }), {
      name: "InvalidOptionError",
      message: /factSections holds an unknown section; expected one of overview, .*found "summary"/,
    });
    assert.throws(() => extractNarrative(text, sections, { linkThreshold: 2 }), {
      name: "InvalidOptionError",
      message: /linkThreshold must be a number in \[0, 1\]; found number 2/,
    });
    assert.throws(() => extractNarrative(text, sections, { threshold: 0.1 } as never), {
      name: "InvalidOptionError",
      message: /unknown option; expected one of corpus, scorer, factSections, linkThreshold, found "threshold"/,
    });
    assert.throws(() => extractNarrative(text, sections, { corpus: "abc" as never }), InvalidOptionError);
  });
});
