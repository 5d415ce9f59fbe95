/**
 * `xxgk similar <report> [--in <corpus>] [-k N] [--section KEY] [--json]`: the reports most similar
 * to one report. Also the loader contract, a plain-text fallback loader and the argument parsing
 * shared with `xxgk reuse`.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { type ReuseRow, reuseRowsToCsv, reuseRowsToJsonLines } from "../corpus/index.js";
import { alignPassages, maskMandated, type SimilarityDoc, tfidfIndex, topSimilar } from "../similarity/index.js";
import { SECTION_KEYS, type SectionKey } from "../types.js";
import { appendAll } from "../util/arrays.js";
import { detectScript, toSimplified } from "../util/chinese.js";
import { type ScannedArgs, scanArgs } from "./args.js";

/** Loads the reports under a file or directory path as plain documents (the lead wires the parse pipeline here). */
export type SimilarityDocLoader = (path: string) => Promise<SimilarityDoc[]>;

/** Where a command writes: stdout and stderr by default, replaceable in tests. */
export interface CommandIO {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

/** Process stdout and stderr. */
export const PROCESS_IO: CommandIO = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};

async function listFiles(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const out: string[] = [];
  for (const e of (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith(".")) continue;
    const p = join(path, e.name);
    if (e.isDirectory()) appendAll(out, await listFiles(p));
    else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * Fallback loader: every `.txt`/`.md` file under `path`, read as UTF-8, traditional text converted
 * to simplified; id = path relative to `path` (or the file name); agency and year unknown (null).
 */
export async function loadPlainTextDocs(path: string): Promise<SimilarityDoc[]> {
  const root = resolve(path);
  const files = await listFiles(root);
  const docs: SimilarityDoc[] = [];
  for (const f of files) {
    const raw = await readFile(f, "utf8");
    const text = detectScript(raw) === "traditional" ? toSimplified(raw) : raw;
    docs.push({ id: relative(root, f) || f.split(/[\\/]/).pop()!, agency_id: null, year: null, text });
  }
  return docs;
}

/** Parsed command line: positionals and `--name value` / `-k value` options. */
export type ParsedArgs = ScannedArgs;

/**
 * Split argv into positionals, options that take a value (`valued`) and boolean flags (cli/args scanArgs).
 * @returns null (after reporting on `io.err`) for an unknown option or a missing value
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
  io: CommandIO,
  command: string,
): ParsedArgs | null {
  const scan = scanArgs(argv, valued, flags);
  if (!("error" in scan)) return scan;
  io.err(`xxgk ${command}: ${scan.error}\n`);
  return null;
}

/** A positive number option, or null after reporting on `io.err`. */
export function numberOption(
  args: ParsedArgs,
  name: string,
  fallback: number | undefined,
  io: CommandIO,
  command: string,
): number | undefined | null {
  const v = args.options.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    io.err(`xxgk ${command}: ${name} must be a positive number; found ${JSON.stringify(v)}\n`);
    return null;
  }
  return n;
}

export const SIMILAR_USAGE = `usage: xxgk similar <report> [--in <corpus>] [-k N] [--section KEY] [--json]
  the k (default 10) reports of the corpus (default: the report's folder) most similar to <report>:
  TF-IDF cosine over words with the national format's mandated text masked, plus the aligned
  passages they share (count, characters). CSV on stdout, or JSON Lines with --json.
`;

/** The matching document of the report in the corpus (same id or same text), or the report itself added. */
function placeReport(report: SimilarityDoc, corpus: SimilarityDoc[]): { docs: SimilarityDoc[]; id: string } {
  const same = corpus.find((d) => d.text === report.text);
  if (same !== undefined) return { docs: corpus, id: same.id };
  const id = corpus.some((d) => d.id === report.id) ? `${report.id} (query)` : report.id;
  return { docs: [...corpus, { ...report, id }], id };
}

/** Rows of the k nearest reports with their shared passages. */
function similarRows(docs: SimilarityDoc[], id: string, k: number, section: SectionKey | null): ReuseRow[] {
  const index = tfidfIndex(docs, { section });
  const query = docs.find((d) => d.id === id)!;
  const byId = new Map(docs.map((d) => [d.id, d]));
  return topSimilar(index, id, k).map((t, rank) => {
    const other = byId.get(t.id)!;
    const ps = alignPassages(query, other);
    const chars = ps.reduce((a, p) => a + p.length, 0);
    const mandated = maskMandated(other.text).share;
    return {
      rank: rank + 1,
      id: t.id,
      agency_id: other.agency_id,
      year: other.year,
      cosine: Math.round(t.score * 10000) / 10000,
      passages: ps.length,
      shared_chars: chars,
      mandated_share: mandated === null ? null : Math.round(mandated * 10000) / 10000,
    };
  });
}

/**
 * Build the `similar` command around a document loader.
 * @param load turns a path (file or folder) into documents; defaults to plain UTF-8 text files
 * @param io where output goes (stdout/stderr by default)
 */
export function createSimilarCommand(
  load: SimilarityDocLoader = loadPlainTextDocs,
  io: CommandIO = PROCESS_IO,
): (argv: readonly string[]) => Promise<number> {
  return async (argv) => {
    const args = parseArgs(argv, ["--in", "-k", "--section"], ["--json", "-h", "--help"], io, "similar");
    if (args === null) return 2;
    if (args.flags.has("-h") || args.flags.has("--help")) {
      io.out(SIMILAR_USAGE);
      return 0;
    }
    const [reportPath, ...extra] = args.positional;
    if (reportPath === undefined || extra.length > 0) {
      io.err(`xxgk similar: expected one report path; found ${args.positional.length}\n${SIMILAR_USAGE}`);
      return 2;
    }
    const k = numberOption(args, "-k", 10, io, "similar");
    if (k === null || k === undefined) return 2;
    const section = (args.options.get("--section") ?? null) as SectionKey | null;
    if (section !== null && !SECTION_KEYS.includes(section)) {
      io.err(`xxgk similar: --section must be one of ${SECTION_KEYS.join(", ")}; found ${JSON.stringify(section)}\n`);
      return 2;
    }
    const [report] = await load(resolve(reportPath));
    if (report === undefined) {
      io.err(`xxgk similar: no report could be read from ${JSON.stringify(reportPath)}\n`);
      return 1;
    }
    const corpus = await load(resolve(args.options.get("--in") ?? dirname(resolve(reportPath))));
    const { docs, id } = placeReport(report, corpus);
    const rows = similarRows(docs, id, Math.floor(k), section);
    io.out(args.flags.has("--json") ? reuseRowsToJsonLines(rows) : reuseRowsToCsv(rows));
    return 0;
  };
}

/** `xxgk similar` with the plain-text loader (the lead registers it with the parse pipeline's loader). */
export const similarCommand: (argv: readonly string[]) => Promise<number> = createSimilarCommand();
