/** `xxgk analyze <inputs...> --out DIR`: the research dataset. */
import { listInputs } from "../ingest/index.js";
import { analyzeCorpus } from "../job/index.js";
import {
  flag,
  PIPELINE_OPTIONS,
  parseCommandArgs,
  pipelineOptions,
  stringOption,
  UsageError,
  withUsage,
} from "./args.js";
import { progressReporter } from "./progress.js";

export const ANALYZE_USAGE = `用法 usage: xxgk analyze <files or directories...> --out DIR

Reads every report, checks its tables, extracts its narrative, measures text reuse across the
corpus, and writes under DIR: manifest.csv, tidy tables (Parquet; CSV with BOM for reports, items
and facts), xxgk.duckdb, reuse/, codebook.md, index.html (see codebook.md). A re-run only re-reads
changed inputs.

options:
  -o, --out DIR      output directory (required)
  --no-cache         ignore and do not fill the per-report cache
  --no-ocr           do not OCR PDFs without a text layer
  --timeout SEC      per-file time limit in seconds (default 60)
  --max-memory MB    per-worker memory limit (default 2048)
  -j, --jobs N       worker threads (default: number of cores)
  --jsonl            also write reports.jsonl and reuse/passages.jsonl, reuse/spans.jsonl (with texts)
  --csv-long         also write the long tables as CSV (cells.csv, rules.csv)
`;

export async function analyzeCommand(argv: readonly string[]): Promise<number> {
  return withUsage(ANALYZE_USAGE, async () => {
    const args = parseCommandArgs(argv, {
      out: { type: "string", short: "o" },
      "no-cache": { type: "boolean" },
      jsonl: { type: "boolean" },
      "csv-long": { type: "boolean" },
      ...PIPELINE_OPTIONS,
    });
    const { positionals } = args;
    const out = stringOption(args, "out");
    if (positionals.length === 0) throw new UsageError("analyze needs at least one file or directory");
    if (out === undefined) throw new UsageError("analyze needs --out DIR");
    const total = (await listInputs(positionals)).length;
    const progress = progressReporter(total);
    const controller = new AbortController();
    const onSignal = (): void => {
      process.stderr.write(
        "\nxxgk analyze: 已中断 interrupted — finishing the files in progress; outputs are left as they were, the cache keeps what was read.\n",
      );
      controller.abort();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const result = await analyzeCorpus(positionals, {
        out,
        cache: !flag(args, "no-cache"),
        jsonl: flag(args, "jsonl"),
        csvLong: flag(args, "csv-long"),
        signal: controller.signal,
        onProgress: (p) => progress.update({ ...p, total }),
        ...pipelineOptions(args),
      });
      progress.end();
      if (result.interrupted) return 130;
      const s = result.status;
      process.stderr.write(
        `xxgk analyze: ${result.inputs} 份输入 inputs · ok ${s.ok} · partial ${s.partial} · error ${s.error} · 重复 duplicates ${result.duplicates} · 缓存 cached ${result.cached}\n` +
          `xxgk analyze: 输出 outputs in ${out}: ${result.files.join(", ")}\n`,
      );
      return 0;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  });
}
