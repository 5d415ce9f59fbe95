/** Argument parsing shared by the commands (node's util.parseArgs), with usage errors as exit code 2. */
import { type ParseArgsConfig, parseArgs } from "node:util";

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

/** Parse `argv` with the given options; unknown options and missing values become UsageErrors. */
export function parseCommandArgs(argv: readonly string[], options: Options): CommandArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    const flat: Record<string, string | boolean | undefined> = {};
    for (const [k, v] of Object.entries(values)) flat[k] = Array.isArray(v) ? v.at(-1) : v;
    return { values: flat, positionals };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
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
    throw new UsageError(`--${name} expects a positive whole number; found ${JSON.stringify(value)}`);
  return n;
}

/** Run a command body, turning UsageErrors into a message and exit code 2. */
export async function withUsage(usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`xxgk: ${err.message}\n\n${usage}`);
      return 2;
    }
    throw err;
  }
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
