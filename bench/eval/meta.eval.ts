// `npm run eval -- meta`: report metadata (year, agency, published, level, province) on five sets —
// the real openings collected by hand (data/eval/openings-real, split tune/check by sha256(url)),
// openings generated from the gazetteer and the organ grammar (test/support/openings-gen.ts, with a
// seed no test uses, split by the parity of the case number), and the 40 given openings that the
// parser was tuned on (data/raw/openings); and the real openings again with every line break turned
// into a space (a flattened page) and with a space between Chinese characters (a letter-spaced
// PDF). A tune half may list its failures; a check half prints numbers only. Under each table the misses
// are split into wrong values (the worst outcome: a confident value that is not the label) and nulls.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectMeta, segmentReport } from "../../src/sections/index.js";
import { detectScript, toSimplified } from "../../src/util/chinese.js";
import { sameAgency } from "../../test/support/agency-match.js";
import { generateOpenings } from "../../test/support/openings-gen.js";
import type { EvalSection, Score } from "./format.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The generated set's seed: used by no test (tests use their own seeds). */
export const EVAL_SEED = 20260607;
const GENERATED = 400;
const FIELDS = ["year", "agency", "published", "level", "province"] as const;
type Field = (typeof FIELDS)[number];

export interface LabelledOpening {
  readonly id: string;
  readonly half: "tune" | "check";
  readonly text: string;
  readonly expected: Readonly<Record<Field, string>>;
  /** Fields not scored on this row (the given labels mark 098's published date 'not scored'). */
  readonly skip?: readonly Field[];
}

function readMeta(text: string): Record<Field, string> {
  const plain = detectScript(text) === "traditional" ? toSimplified(text) : text;
  const seg = segmentReport(plain);
  const { meta } = detectMeta({ text: plain, source: "eval" }, seg.sections, seg.template);
  const s = (v: string | number | null): string => (v === null ? "" : String(v));
  return {
    year: s(meta.year),
    agency: s(meta.agency),
    published: s(meta.published),
    level: s(meta.level),
    province: s(meta.province),
  };
}

function fieldRight(f: Field, got: string, want: string): boolean {
  return f === "agency" ? sameAgency(got, want) : got === want;
}

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, "utf8").trim().split("\n");
  const head = (lines[0] as string).split("\t");
  return lines.slice(1).map((l) => {
    const c = l.split("\t");
    return Object.fromEntries(head.map((h, i) => [h, c[i] ?? ""]));
  });
}

function expectedOf(r: Record<string, string>): Record<Field, string> {
  return {
    year: r.year ?? "",
    agency: r.agency ?? "",
    published: r.published ?? "",
    level: r.level ?? "",
    province: r.province ?? "",
  };
}

/**
 * The hand-labelled real openings: tune when sha256(url)'s first byte is even. A page counts once: an
 * address met twice, or one of the 40 given openings (tuned on), is an error of the data.
 */
export function realOpenings(): LabelledOpening[] {
  const dir = join(ROOT, "data/eval/openings-real");
  const rows = readTsv(join(dir, "labels.tsv"));
  const given = new Set(readTsv(join(ROOT, "data/labels/openings.tsv")).map((r) => r.url));
  const seen = new Set<string>();
  for (const r of rows) {
    const url = r.url as string;
    if (seen.has(url) || given.has(url))
      throw new Error(
        `eval: ${r.id} repeats the page ${url} (${given.has(url) ? "a given opening" : "an earlier row"})`,
      );
    seen.add(url);
  }
  return rows.map((r) => ({
    id: r.id as string,
    half:
      (createHash("sha256")
        .update(r.url as string, "utf8")
        .digest()[0] as number) %
        2 ===
      0
        ? "tune"
        : "check",
    text: readFileSync(join(dir, `${r.id}.txt`), "utf8"),
    expected: expectedOf(r),
  }));
}

function givenOpenings(): LabelledOpening[] {
  return readTsv(join(ROOT, "data/labels/openings.tsv")).map((r) => ({
    id: r.id as string,
    half: "tune",
    text: readFileSync(join(ROOT, "data/raw/openings", `${r.id}.txt`), "utf8"),
    skip: /not scored/.test(r.notes ?? "") ? (["published"] as const) : [],
    expected: expectedOf(r),
  }));
}

function generatedOpenings(): LabelledOpening[] {
  return generateOpenings(EVAL_SEED, GENERATED).map((g, i) => ({
    id: `g${i}`,
    half: i % 2 === 0 ? "tune" : "check",
    text: g.text,
    expected: {
      year: String(g.labels.year),
      agency: g.labels.agency ?? "",
      published: g.labels.published ?? "",
      level: g.labels.level ?? "",
      province: g.labels.province ?? "",
    },
  }));
}

function score(rows: readonly LabelledOpening[], title: string, halves: boolean, listTune: boolean): EvalSection {
  const results = rows.map((row) => ({ row, got: readMeta(row.text) }));
  const groups = halves ? (["tune", "check"] as const) : (["tune"] as const);
  const tableRows = groups.map((half) => {
    const scores: Record<string, Score> = {};
    for (const f of FIELDS) {
      const mine = results.filter((r) => r.row.half === half && !(r.row.skip ?? []).includes(f));
      scores[f] = {
        correct: mine.filter((r) => fieldRight(f, r.got[f], r.row.expected[f])).length,
        total: mine.length,
      };
    }
    return { label: halves ? half : "tuned (all)", scores };
  });
  const notes: string[] = groups.map((half) => {
    const mine = results.filter((r) => r.row.half === half);
    const count = (f: Field, wrong: boolean): number =>
      mine.filter((r) => {
        if ((r.row.skip ?? []).includes(f) || fieldRight(f, r.got[f], r.row.expected[f])) return false;
        return wrong ? r.got[f] !== "" : r.got[f] === "";
      }).length;
    const list = (wrong: boolean): string => FIELDS.map((f) => `${f} ${count(f, wrong)}`).join(", ");
    return `  ${halves ? half : "tuned"} misses: wrong (a value that is not the label) ${list(true)}; null (none where the label has one) ${list(false)}`;
  });
  if (listTune) {
    for (const r of results.filter((x) => x.row.half === "tune")) {
      for (const f of FIELDS) {
        if ((r.row.skip ?? []).includes(f)) continue;
        if (!fieldRight(f, r.got[f], r.row.expected[f]))
          notes.push(`  tune ${r.row.id} ${f}: got "${r.got[f]}", want "${r.row.expected[f]}"`);
      }
    }
  }
  return { title, fields: FIELDS, rows: tableRows, notes };
}

/** A page as some mirrors and PDF extractors give it: every line break and its indent one space. */
function flattened(rows: readonly LabelledOpening[]): LabelledOpening[] {
  return rows.map((r) => ({ ...r, id: `${r.id}-flat`, text: r.text.replace(/\s*\n\s*/g, " ") }));
}

/** A page as a letter-spaced PDF gives it: a space between any two Chinese characters. */
function letterSpaced(rows: readonly LabelledOpening[]): LabelledOpening[] {
  return rows.map((r) => ({
    ...r,
    id: `${r.id}-spaced`,
    text: r.text.replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, "$1 "),
  }));
}

export async function evaluate(): Promise<EvalSection[]> {
  const list = process.argv.includes("--failures");
  return [
    score(realOpenings(), "metadata · real openings (data/eval/openings-real)", true, list),
    score(flattened(realOpenings()), "metadata · the real openings flattened to one line", true, list),
    score(letterSpaced(realOpenings()), "metadata · the real openings letter-spaced", true, list),
    score(generatedOpenings(), `metadata · generated openings (seed ${EVAL_SEED}, n=${GENERATED})`, true, list),
    score(givenOpenings(), "metadata · the 40 given openings (tuned on)", false, list),
  ];
}
