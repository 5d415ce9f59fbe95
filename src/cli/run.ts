/** Dispatch of `xxgk <command>`; each command lives in its own file. */

import { analyzeCommand } from "./analyze.js";
import { checkCommand } from "./check.js";
import { fetchCommand } from "./fetch.js";
import { figureCommand } from "./figure.js";
import { parseCommand } from "./parse.js";
import { createReuseCommand } from "./reuse.js";
import { createSimilarCommand } from "./similar.js";
import { textCommand } from "./text.js";

export const USAGE = `用法 usage: xxgk <command> [options]

commands:
  parse <files or dirs...>      one JSON object per input file (JSON Lines on stdout)
  text <file>                   the decoded file text that origin offsets index
  check <files or dirs...>      a readable table of accounting-identity results per report
  analyze <inputs...> --out DIR the research dataset (manifest, tidy tables, DuckDB, index.html)
  fetch <column-url...> --out DIR  crawl annual-report columns into a WARC archive and raw/
  similar <report> --in DIR     the most similar reports
  reuse <corpus> --out DIR      reused passages, template clusters, per-report shares
  figure <name> --format svg|png  export a publication figure
`;

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const handler = COMMANDS[command];
  if (handler === undefined) {
    process.stderr.write(
      `xxgk: unknown command ${JSON.stringify(command)}; expected one of ${Object.keys(COMMANDS).join(", ")}\n\n${USAGE}`,
    );
    return 2;
  }
  return handler(rest);
}

/** A CLI command: arguments after the command name → exit code. */
export type Command = (argv: readonly string[]) => Promise<number>;

/** The registered commands; each stage's command is added here as it lands. */
export const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  text: textCommand,
  check: checkCommand,
  analyze: analyzeCommand,
  fetch: fetchCommand,
  figure: figureCommand,
  similar: createSimilarCommand(),
  reuse: createReuseCommand(),
};
