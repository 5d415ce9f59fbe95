// The parse contract as a checker shared by the property tests, the fuzzer and the CLI tests:
// schema-valid, offsets inside the text, sections slice the text, cells are numbers or null.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ParsedReport } from "../../src/types.js";

const schemaPath = resolve(dirname(fileURLToPath(import.meta.url)), "../../schema/parsed-report.schema.json");
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);

/** Everything about `report` that breaks the contract, in words; empty when it holds. */
export function contractViolations(report: ParsedReport, text: string | null): string[] {
  const out: string[] = [];
  if (!validate(report)) for (const e of validate.errors ?? []) out.push(`schema ${e.instancePath} ${e.message}`);
  const inText = (n: number) => Number.isInteger(n) && n >= 0 && (text === null || n <= text.length);
  for (const [k, s] of Object.entries(report.sections)) {
    if (s === null) continue;
    if (!inText(s.start) || !inText(s.end) || s.start > s.end)
      out.push(`section ${k} span ${s.start}-${s.end} outside the text`);
    else if (text !== null && text.slice(s.start, s.end) !== s.text)
      out.push(`section ${k} text is not text.slice(start, end)`);
  }
  for (const [k, t] of Object.entries(report.tables)) {
    for (const [c, v] of Object.entries(t.cells)) {
      if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) out.push(`cell ${k}.${c} is ${String(v)}`);
      const d = t.details[c];
      if (d === undefined) out.push(`cell ${k}.${c} has no details`);
      else if (d.span !== null && (!inText(d.span.start) || !inText(d.span.end)))
        out.push(`cell ${k}.${c} span outside the text`);
      else if (d.value !== v) out.push(`cell ${k}.${c} value differs from its details`);
      else if (v === null && (d.status === "read" || d.status === "inferred"))
        out.push(`cell ${k}.${c} is null but ${d.status}`);
    }
  }
  const legacy = report.legacy;
  for (const [c, v] of Object.entries(legacy.cells)) {
    const d = legacy.details[c];
    if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) out.push(`legacy cell ${c} is ${String(v)}`);
    if (d === undefined) out.push(`legacy cell ${c} has no details`);
    else if (d.span !== null && (!inText(d.span.start) || !inText(d.span.end))) out.push(`legacy cell ${c} span outside the text`);
    else if (d.value !== v) out.push(`legacy cell ${c} value differs from its details`);
    else if (v === null && (d.status === "read" || d.status === "inferred")) out.push(`legacy cell ${c} is null but ${d.status}`);
  }
  for (const [m, p] of Object.entries(report.panel.measures)) {
    if (p.value === null && ["read", "derived", "inferred", "stated"].includes(p.status))
      out.push(`panel ${m} is null but ${p.status}`);
    if (p.value !== null && ["ambiguous", "blank", "missing", "not_in_format"].includes(p.status))
      out.push(`panel ${m} is ${p.value} but ${p.status}`);
  }
  for (const d of report.diagnostics)
    if (d.offset !== undefined && !inText(d.offset)) out.push(`diagnostic ${d.code} offset outside the text`);
  return out;
}
