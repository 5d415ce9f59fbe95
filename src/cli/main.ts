#!/usr/bin/env -S node --max-old-space-size=8192
/** The `xxgk` command line. */
import { run } from "./run.js";

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`xxgk: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
