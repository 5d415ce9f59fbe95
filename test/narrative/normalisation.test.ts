/** The narrative does not depend on full-width or half-width punctuation (ingest may apply NFKC). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractNarrative } from "../../src/narrative/index.js";
import { CORPUS_FILES, locateSections, readCorpus } from "./helpers.js";

describe("extractNarrative after NFKC normalisation", () => {
  for (const file of CORPUS_FILES) {
    test(`extractNarrative(${file}) reads the same items and facts from the NFKC form`, () => {
      const a = readCorpus(file);
      const b = a.normalize("NFKC");
      const na = extractNarrative(a, locateSections(a));
      const nb = extractNarrative(b, locateSections(b));
      const items = (n: typeof na, nfkc: boolean) =>
        [...n.problems, ...n.improvements].map((i) => [i.kind, nfkc ? i.text.normalize("NFKC") : i.text]);
      assert.deepEqual(items(nb, false), items(na, true));
      assert.deepEqual(
        nb.facts.map((f) => [f.subject, f.value]),
        na.facts.map((f) => [f.subject, f.value]),
      );
    });
  }
});
