/** `xxgk reuse <corpus> --out <dir> [--min-length N] [--min-identity X]`: reused passages, templates, shares. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { findReuse, reusePassageRows } from "../corpus/index.js";
import { reuseFiles } from "../dataset/index.js";
import { loadSimilarityDocs } from "../job/index.js";
import {
  type CommandIO,
  flag,
  intOption,
  numberOption,
  PROCESS_IO,
  parseCommandArgs,
  stringOption,
  UsageError,
  withUsage,
} from "./args.js";
import type { SimilarityDocLoader } from "./similar.js";

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
 * @param load turns a corpus path into documents (default: the whole per-report line)
 * @param io where messages go (stdout/stderr by default)
 */
export function createReuseCommand(
  load: SimilarityDocLoader = (path) => loadSimilarityDocs(path),
  io: CommandIO = PROCESS_IO,
): (argv: readonly string[]) => Promise<number> {
  return (argv) =>
    withUsage(
      REUSE_USAGE,
      async () => {
        const args = parseCommandArgs(argv, {
          out: { type: "string", short: "o" },
          "min-length": { type: "string" },
          "min-identity": { type: "string" },
          help: { type: "boolean", short: "h" },
        });
        if (flag(args, "help")) {
          io.out(REUSE_USAGE);
          return 0;
        }
        const [corpus, ...extra] = args.positionals;
        const out = stringOption(args, "out");
        if (corpus === undefined || extra.length > 0 || out === undefined)
          throw new UsageError("reuse expects <corpus> and --out <dir>");
        const minLength = stringOption(args, "min-length");
        const minIdentity = numberOption(stringOption(args, "min-identity"), "min-identity");
        const docs = await load(resolve(corpus));
        const result = findReuse(docs, {
          ...(minLength === undefined ? {} : { minLength: intOption(minLength, "min-length", 20) }),
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
      },
      io,
    );
}
