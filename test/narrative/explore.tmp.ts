import { extractNarrative } from "../../src/narrative/index.js";
import { CORPUS_FILES, locateSections, readCorpus } from "./helpers.js";
const only = process.argv[2];
for (const f of CORPUS_FILES) {
  if (only && !f.includes(only)) continue;
  const text = readCorpus(f);
  const s = locateSections(text);
  console.log("=====", f, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v ? v.title : null])));
  const n = extractNarrative(text, s);
  for (const p of n.problems)
    console.log(`P [${p.marker}] ${p.specificity} ${p.text.slice(0, 60)} …${p.text.slice(-15)}`);
  for (const p of n.improvements)
    console.log(`I [${p.marker}] ${p.section} ${p.specificity} ${p.text.slice(0, 60)} …${p.text.slice(-15)}`);
  for (const k of n.skipped) console.log(`S ${k.reason}: ${k.text.slice(0, 80)}`);
  for (const l of n.links) console.log(`L I${l.improvement} -> P${l.problem} ${l.score} ${l.shared.join(",")}`);
  for (const x of n.facts)
    console.log(`F ${x.subject} ${x.value}${x.unit} ${x.label ?? ""} [${text.slice(x.span.start, x.span.end)}]`);
  for (const d of n.diagnostics) console.log(`D ${d.code}`);
}
