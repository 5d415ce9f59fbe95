/**
 * `xxgk similar <report> [--in <corpus>] [-k N] [--section KEY] [--json]`: the reports most similar
 * to one report, read through the whole per-report line like every other command.
 */
import { dirname, resolve } from "node:path";
import { type ReuseRow, reuseRowsToCsv, reuseRowsToJsonLines } from "../corpus/index.js";
import { loadSimilarityDocs } from "../job/index.js";
import { alignPassages, maskMandated, type SimilarityDoc, tfidfIndex, topSimilar } from "../similarity/index.js";
import { SECTION_KEYS, type SectionKey } from "../types.js";
import {
  type CommandIO,
  flag,
  intOption,
  PROCESS_IO,
  parseCommandArgs,
  stringOption,
  UsageError,
  withUsage,
} from "./args.js";

/** Reads the reports under a file or directory as similarity documents (default: `loadSimilarityDocs`). */
export type SimilarityDocLoader = (path: string) => Promise<SimilarityDoc[]>;

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
 * @param load turns a path (file or folder) into documents (default: the whole per-report line)
 * @param io where output goes (stdout/stderr by default)
 */
export function createSimilarCommand(
  load: SimilarityDocLoader = (path) => loadSimilarityDocs(path),
  io: CommandIO = PROCESS_IO,
): (argv: readonly string[]) => Promise<number> {
  return (argv) =>
    withUsage(
      SIMILAR_USAGE,
      async () => {
        const args = parseCommandArgs(argv, {
          in: { type: "string" },
          k: { type: "string", short: "k" },
          section: { type: "string" },
          json: { type: "boolean" },
          help: { type: "boolean", short: "h" },
        });
        if (flag(args, "help")) {
          io.out(SIMILAR_USAGE);
          return 0;
        }
        const [reportPath, ...extra] = args.positionals;
        if (reportPath === undefined || extra.length > 0)
          throw new UsageError(`similar expects one report path; found ${args.positionals.length}`);
        const k = intOption(stringOption(args, "k"), "k", 10);
        const section = (stringOption(args, "section") ?? null) as SectionKey | null;
        if (section !== null && !SECTION_KEYS.includes(section))
          throw new UsageError(`--section must be one of ${SECTION_KEYS.join(", ")}; found ${JSON.stringify(section)}`);
        const [report] = await load(resolve(reportPath));
        if (report === undefined) {
          io.err(`xxgk similar: no report could be read from ${JSON.stringify(reportPath)}\n`);
          return 1;
        }
        const corpus = await load(resolve(stringOption(args, "in") ?? dirname(resolve(reportPath))));
        const { docs, id } = placeReport(report, corpus);
        const rows = similarRows(docs, id, k, section);
        io.out(flag(args, "json") ? reuseRowsToJsonLines(rows) : reuseRowsToCsv(rows));
        return 0;
      },
      io,
    );
}
