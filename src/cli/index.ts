/**
 * The `xxgk` commands (`main.ts` is the executable): each command parses its arguments with the
 * shared scanner (`args.ts`), lists its inputs through ingest, runs the library and prints. The
 * only folder that writes to the terminal.
 */

export type { Command } from "./run.js";
export { COMMANDS, run, USAGE } from "./run.js";
