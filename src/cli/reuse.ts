/** `xxgk reuse <corpus> --out <dir> [--min-length N] [--min-identity X]`: reused passages, templates, shares. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { findReuse, reusePassageRows } from "../corpus/index.js";
import { reuseFiles } from "../dataset/index.js";
import {
  type CommandIO,
  loadPlainTextDocs,
  numberOption,
  PROCESS_IO,
  parseArgs,
  type SimilarityDocLoader,
} from "./similar.js";

export const REUSE_USAGE = `usage: xxgk reuse <corpus> --out <dir> [--min-length N] [--min-identity X]
  finds text reused between the reports of <corpus> and writes to <dir>:
    passages.jsonl   aligned passages (start/end in both reports, identity, self|shared, cluster)
    clusters.csv     template clusters: prototype text, reports, agencies, years, first appearance
    spans.jsonl      every reused span classified mandated | self | shared
    shares.csv       per report: characters by class and boilerplate share, overall and per section
    self-reuse.csv   per agency and year: issues text reused from the agency's earlier reports
  defaults: passages of ≥ 20 letters/ideographs/numbers at ≥ 0.9 identity after number masking.
`;

/**
 * Build the `reuse` command around a document loader.
 * @param load turns a corpus path into documents (with agency_id, year and sections when the pipeline gives them)
 * @param io where messages go (stdout/stderr by default)
 */
export function createReuseCommand(
  load: SimilarityDocLoader = loadPlainTextDocs,
  io: CommandIO = PROCESS_IO,
): (argv: readonly string[]) => Promise<number> {
  return async (argv) => {
    const args = parseArgs(argv, ["--out", "--min-length", "--min-identity"], ["-h", "--help"], io, "reuse");
    if (args === null) return 2;
    if (args.flags.has("-h") || args.flags.has("--help")) {
      io.out(REUSE_USAGE);
      return 0;
    }
    const [corpus, ...extra] = args.positional;
    const out = args.options.get("--out");
    if (corpus === undefined || extra.length > 0 || out === undefined) {
      io.err(`xxgk reuse: expected <corpus> and --out <dir>\n${REUSE_USAGE}`);
      return 2;
    }
    const minLength = numberOption(args, "--min-length", undefined, io, "reuse");
    const minIdentity = numberOption(args, "--min-identity", undefined, io, "reuse");
    if (minLength === null || minIdentity === null) return 2;
    const docs = await load(resolve(corpus));
    const result = findReuse(docs, {
      ...(minLength === undefined ? {} : { minLength: Math.floor(minLength) }),
      ...(minIdentity === undefined ? {} : { minIdentity }),
    });
    const dir = resolve(out);
    await mkdir(dir, { recursive: true });
    const output = { reuse: result, spans: () => result.spans, passageRows: () => reusePassageRows(result, docs) };
    for (const [name, content] of reuseFiles(output)) await writeFile(join(dir, name), [...content].join(""));
    for (const d of result.diagnostics) io.err(`xxgk reuse: ${d.severity}: ${d.message}\n`);
    io.err(
      `xxgk reuse: ${docs.length} reports, ${result.stats.candidates} pairs compared, ${result.passages.length} passages, ${result.clusters.length} clusters → ${dir}\n`,
    );
    return 0;
  };
}

/** `xxgk reuse` with the plain-text loader (the lead registers it with the parse pipeline's loader). */
export const reuseCommand: (argv: readonly string[]) => Promise<number> = createReuseCommand();
