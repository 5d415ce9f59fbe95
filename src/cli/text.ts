/**
 * `xxgk text FILE`: the decoded file text that every `origin` of the outputs points into,
 * printed unchanged (`text.slice(origin.start, origin.end)` is the value as printed).
 */
import { ingestFile } from "../ingest/index.js";
import { flag, intOption, parseCommandArgs, stringOption, UsageError, withUsage } from "./args.js";
import { writeOut } from "./io.js";

export const TEXT_USAGE = `用法 usage: xxgk text [options] <file>

Prints the decoded text of one input file: the text that the origin offsets of parse and analyze
(origin.start, origin.end; origin_start, origin_end) index, as UTF-16 code units.
  .txt .md .html  the file decoded from its encoding, unchanged
  .docx (.doc .wps converted by LibreOffice)  paragraphs and table cells in document order:
                  a newline after each paragraph and table row, a tab between cells
  .pdf            the pages in order separated by a form feed; origin.page is 1-based

options:
  --no-ocr           do not OCR PDF pages without a text layer
  --timeout SEC      time limit of converters and OCR in seconds (default 120)
`;

export async function textCommand(argv: readonly string[]): Promise<number> {
  return withUsage(TEXT_USAGE, async () => {
    const args = parseCommandArgs(argv, { "no-ocr": { type: "boolean" }, timeout: { type: "string" } });
    if (args.positionals.length !== 1) throw new UsageError("text needs exactly one file");
    const file = args.positionals[0]!;
    const doc = await ingestFile(file, {
      ocr: !flag(args, "no-ocr"),
      timeoutMs: intOption(stringOption(args, "timeout"), "timeout", 120) * 1000,
    });
    const errors = doc.diagnostics.filter((d) => d.severity === "error");
    if (doc.decoded === "" && errors.length > 0) {
      process.stderr.write(`xxgk text: ${errors.map((d) => d.message).join("; ")}\n`);
      return 1;
    }
    await writeOut(doc.decoded);
    return 0;
  });
}
