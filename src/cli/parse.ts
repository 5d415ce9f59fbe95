/** `xxgk parse`: one JSON object per input file, JSON Lines on stdout, in input order. */
import { analyzeInputs } from "../job/index.js";
import { flag, PIPELINE_OPTIONS, parseCommandArgs, pipelineOptions, UsageError, withUsage } from "./args.js";
import { writeOut } from "./io.js";

export const PARSE_USAGE = `用法 usage: xxgk parse [options] <files or directories...>

Writes one JSON object per input file to stdout (JSON Lines), in input order; directories are
expanded recursively and sorted. Unreadable files are included with status "error".
Schema: schema/parsed-report.schema.json.

options:
  --strict           exit 1 if any file has status "error"
  --no-ocr           do not OCR PDFs without a text layer (report them instead)
  --timeout SEC      per-file time limit in seconds (default 60)
  --max-memory MB    per-worker memory limit (default 2048)
  -j, --jobs N       worker threads (default: number of cores)
`;

export async function parseCommand(argv: readonly string[]): Promise<number> {
  return withUsage(PARSE_USAGE, async () => {
    const args = parseCommandArgs(argv, { strict: { type: "boolean" }, ...PIPELINE_OPTIONS });
    if (args.positionals.length === 0) throw new UsageError("parse needs at least one file or directory");
    let errors = 0;
    for await (const r of analyzeInputs(args.positionals, pipelineOptions(args))) {
      if (r.report.status === "error") errors++;
      await writeOut(`${JSON.stringify(r.report)}\n`);
    }
    return flag(args, "strict") && errors > 0 ? 1 : 0;
  });
}
