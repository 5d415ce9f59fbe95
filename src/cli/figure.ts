/** `xxgk figure <name|all> --format svg|png [--out DIR] [--in CORPUS] [--scale N]`: export publication figures. */
import { resolve } from "node:path";
import { exportFigures, figureSpec, launchChartRenderer, PUBLICATION_FIGURES } from "../charts/index.js";
import type { ReportRecord } from "../frames/index.js";
import { loadCorpus } from "../job/index.js";
import { corpusDir, FIGURES_DIR } from "../paths.js";
import { scanArgs } from "./args.js";

export const FIGURE_USAGE = `用法 usage: xxgk figure <name|all> --format svg|png [--out DIR] [--in CORPUS] [--scale N]
       xxgk figure --list

Exports a publication figure (or all of them) computed over the corpus
(default: $XXGK_CORPUS, else the bundled corpus) to DIR (default out/figures/).

figures:
${PUBLICATION_FIGURES.map((f) => `  ${f.name.padEnd(22)}${f.description}`).join("\n")}
`;

/** Parsed arguments of `xxgk figure`. */
export interface FigureArgs {
  readonly names: readonly string[];
  readonly format: "svg" | "png";
  readonly out: string;
  readonly corpus: string;
  readonly scale: number;
}

/** Loads the corpus as report records (the pipeline's job; injected so the command is testable). */
export type RecordLoader = (corpus: string) => Promise<readonly ReportRecord[]>;

/**
 * Parse `xxgk figure` arguments.
 * @returns the arguments, or a message saying what was expected and what was found
 */
export function parseFigureArgs(argv: readonly string[]): FigureArgs | { readonly error: string } {
  const scan = scanArgs(argv, ["--format", "--out", "--in", "--scale"], []);
  if ("error" in scan) return { error: scan.error };
  const { positional, options: flags } = scan;
  const [name, ...extra] = positional;
  if (name === undefined) return { error: "expected a figure name or all, found none" };
  if (extra.length > 0) return { error: `expected one figure name, found also ${extra.join(" ")}` };
  const known = PUBLICATION_FIGURES.map((f) => f.name);
  if (name !== "all" && !known.includes(name)) {
    return { error: `unknown figure ${JSON.stringify(name)}; expected all or one of ${known.join(", ")}` };
  }
  const format = flags.get("--format");
  if (format !== "svg" && format !== "png")
    return { error: `--format: expected svg or png, found ${format ?? "none"}` };
  const scale = Number(flags.get("--scale") ?? (format === "png" ? "2" : "1"));
  if (!(scale > 0 && scale <= 8))
    return { error: `--scale: expected a number in (0, 8], found ${flags.get("--scale")}` };
  return {
    names: name === "all" ? known : [name],
    format,
    out: resolve(flags.get("--out") ?? FIGURES_DIR),
    corpus: flags.get("--in") !== undefined ? resolve(flags.get("--in") as string) : corpusDir(),
    scale,
  };
}

/** Render the figures over `records` with one browser and write them; resolves to the written paths. */
export async function writeFigures(args: FigureArgs, records: readonly ReportRecord[]): Promise<string[]> {
  const specs = Object.fromEntries(args.names.map((n) => [n, figureSpec(n, records)]));
  const renderer = await launchChartRenderer();
  try {
    return await exportFigures(specs, args.out, renderer, { formats: [args.format], scale: args.scale });
  } finally {
    await renderer.close();
  }
}

/** Build the `xxgk figure` command over a record loader. */
export function makeFigureCommand(load: RecordLoader): (argv: readonly string[]) => Promise<number> {
  return async (argv) => {
    if (argv.includes("--help") || argv.includes("-h") || argv.includes("--list")) {
      process.stdout.write(FIGURE_USAGE);
      return 0;
    }
    const args = parseFigureArgs(argv);
    if ("error" in args) {
      process.stderr.write(`xxgk figure: ${args.error}\n\n${FIGURE_USAGE}`);
      return 2;
    }
    const records = await load(args.corpus);
    for (const file of await writeFigures(args, records)) process.stdout.write(`${file}\n`);
    return 0;
  };
}

/** The pipeline's corpus loader (cached in the project's out/.cache). */
async function loadCorpusRecords(corpus: string): Promise<readonly ReportRecord[]> {
  return (await loadCorpus(corpus)).records;
}

/** `xxgk figure`: arguments after the command name → exit code. */
export const figureCommand: (argv: readonly string[]) => Promise<number> = makeFigureCommand(loadCorpusRecords);
