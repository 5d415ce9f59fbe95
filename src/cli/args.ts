/** Argument parsing shared by every command, with usage errors as exit code 2. */
import type { ParseArgsConfig } from "node:util";

/** A usage error: the command prints it with its usage and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed arguments: option values by name, and the positionals. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** A command line split into positionals, options with a value, and flags (names as written, e.g. `--out`, `-k`). */
export interface ScannedArgs {
  readonly positional: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

/**
 * The one scanner of every `xxgk` command line: `valued` options take the next argument (or
 * `--name=value`), `flags` take none; anything else starting with `-` is an unknown option.
 * @returns the scan, or `{ error }` saying which option was unknown or lacked its value
 */
export function scanArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ScannedArgs | { readonly error: string } {
  const out: ScannedArgs = { positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (valued.includes(name)) {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) return { error: `${name} needs a value` };
      out.options.set(name, v);
    } else if (flags.includes(arg)) out.flags.add(arg);
    else if (arg.startsWith("-") && arg !== "-") {
      return { error: `unknown option ${JSON.stringify(arg)}; expected one of ${[...valued, ...flags].join(", ")}` };
    } else out.positional.push(arg);
  }
  return out;
}

/** Parse `argv` with the given options; unknown options and missing values become UsageErrors. */
export function parseCommandArgs(argv: readonly string[], options: Options): CommandArgs {
  const valued: string[] = [];
  const flags: string[] = [];
  const longOf = new Map<string, string>();
  for (const [long, cfg] of Object.entries(options)) {
    const names = [`--${long}`, ...(cfg.short === undefined ? [] : [`-${cfg.short}`])];
    for (const n of names) longOf.set(n, long);
    (cfg.type === "string" ? valued : flags).push(...names);
  }
  const scan = scanArgs(argv, valued, flags);
  if ("error" in scan) throw new UsageError(scan.error);
  const values: Record<string, string | boolean | undefined> = {};
  for (const [n, v] of scan.options) values[longOf.get(n) ?? n] = v;
  for (const n of scan.flags) values[longOf.get(n) ?? n] = true;
  return { values, positionals: scan.positional };
}

/** A string option's value, or undefined. */
export function stringOption(args: CommandArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

/** A boolean flag. */
export function flag(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A positive integer option, or the default when absent. */
export function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(
      `${name.length === 1 ? "-" : "--"}${name} expects a positive whole number; found ${JSON.stringify(value)}`,
    );
  return n;
}

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

/** Run a command body, turning UsageErrors into a message (on `io.err`) and exit code 2. */
export async function withUsage(
  usage: string,
  body: () => Promise<number>,
  io: CommandIO = PROCESS_IO,
): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`xxgk: ${err.message}\n\n${usage}`);
      return 2;
    }
    throw err;
  }
}

/** A positive number option (fractions allowed), or the default when absent. */
export function numberOption(value: string | undefined, name: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} expects a positive number; found ${JSON.stringify(value)}`);
  return n;
}

/** Pipeline options shared by parse, check and analyze. */
export const PIPELINE_OPTIONS = {
  "no-ocr": { type: "boolean" },
  timeout: { type: "string" },
  "max-memory": { type: "string" },
  jobs: { type: "string", short: "j" },
} as const satisfies Options;

/** Turn the shared pipeline options into RunInputsOptions fields. */
export function pipelineOptions(args: CommandArgs): {
  ocr: boolean;
  timeoutMs: number;
  memoryMb: number;
  workers?: number;
} {
  const jobs = stringOption(args, "jobs");
  return {
    ocr: !flag(args, "no-ocr"),
    timeoutMs: intOption(stringOption(args, "timeout"), "timeout", 60) * 1000,
    memoryMb: intOption(stringOption(args, "max-memory"), "max-memory", 2048),
    ...(jobs === undefined ? {} : { workers: intOption(jobs, "jobs", 2) }),
  };
}
