/** `xxgk check`: the accounting-identity results of each report as a readable table. */
import { analyzeInputs } from "../job/index.js";
import { formatCheckReport } from "../rules/index.js";
import { flag, PIPELINE_OPTIONS, parseCommandArgs, pipelineOptions, UsageError, withUsage } from "./args.js";
import { writeOut } from "./io.js";

export const CHECK_USAGE = `用法 usage: xxgk check [options] <files or directories...>

Prints, per report, every accounting identity (勾稽关系) of its tables with pass / fail /
not assessable, the cells involved, expected and found, and for failing tables the smallest
edit that would satisfy them (a suggestion, never applied).

options:
  --failures         show only the failing rules
  --json             one JSON object per report instead of tables
  --no-ocr, --timeout SEC, --max-memory MB, -j N   as for xxgk parse
`;

export async function checkCommand(argv: readonly string[]): Promise<number> {
  return withUsage(CHECK_USAGE, async () => {
    const args = parseCommandArgs(argv, {
      failures: { type: "boolean" },
      json: { type: "boolean" },
      ...PIPELINE_OPTIONS,
    });
    if (args.positionals.length === 0) throw new UsageError("check needs at least one file or directory");
    for await (const r of analyzeInputs(args.positionals, pipelineOptions(args))) {
      const { meta, checks, status } = r.report;
      if (flag(args, "json")) {
        await writeOut(`${JSON.stringify({ source: r.path, status, agency: meta.agency, year: meta.year, checks })}\n`);
        continue;
      }
      const title = `== ${r.path} · ${meta.agency ?? "机关不详 agency unknown"} · ${meta.year ?? "年度不详"} · ${meta.template} · ${status}`;
      await writeOut(`${formatCheckReport(checks, { title, failuresOnly: flag(args, "failures") })}\n\n`);
    }
    return 0;
  });
}
