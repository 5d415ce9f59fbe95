/** Project paths, resolved from this module's location (works from `src/` via tsx and from `dist/`). */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Root of the xxgk-lab checkout or installed package. */
export const PROJECT_ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The bundled corpus; never modified. */
export const RAW_DIR: string = resolve(PROJECT_ROOT, "data", "raw");
/** Everything computed goes here (git-ignored). */
export const OUT_DIR: string = resolve(PROJECT_ROOT, "out");
/** Where the notebooks export figures. */
export const FIGURES_DIR: string = resolve(OUT_DIR, "figures");

/** The corpus directory notebooks read: `$XXGK_CORPUS` when set, else the bundled corpus. */
export function corpusDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const v = env.XXGK_CORPUS;
  return v !== undefined && v !== "" ? resolve(v) : RAW_DIR;
}
