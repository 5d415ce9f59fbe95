/** Expand paths into the list of input files: directories recursively, sorted, nothing dropped silently. */
import { lstat, opendir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { describe, InvalidInputError } from "../errors.js";

/** One input found: a file to ingest, or an entry that will not be, with the reason. */
export interface InputEntry {
  readonly path: string;
  /** Size in bytes when known. */
  readonly bytes: number | null;
  /** Why the entry cannot be read (permission, broken link, special file); null when readable. */
  readonly error: string | null;
  /** Why a readable entry is not a report input (hidden file, OS junk); null for inputs. */
  readonly skipReason: string | null;
}

const JUNK = new Set([".DS_Store", "Thumbs.db", "desktop.ini", "Icon\r", ".localized"]);

/**
 * List input files: each path as given, directories expanded recursively, sorted by path.
 * Unreadable entries are listed with `error`; hidden files and OS junk with `skipReason`.
 * @throws InvalidInputError when `paths` is not an array of strings
 */
export async function listInputs(paths: readonly string[]): Promise<InputEntry[]> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string")) {
    throw new InvalidInputError(`listInputs: paths; expected an array of strings, found ${describe(paths)}`);
  }
  const out: InputEntry[] = [];
  for (const p of paths) await visit(p, out, true);
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}

async function visit(path: string, out: InputEntry[], top: boolean): Promise<void> {
  const name = basename(path);
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (err) {
    const link = await lstat(path).then(
      (l) => l.isSymbolicLink(),
      () => false,
    );
    out.push(
      entry(path, null, link ? `broken symbolic link (${(err as Error).message})` : (err as Error).message, null),
    );
    return;
  }
  if (st.isDirectory()) {
    if (!top && name.startsWith(".")) {
      out.push(entry(path, null, null, "hidden directory, not expanded"));
      return;
    }
    await visitDir(path, out);
    return;
  }
  if (!st.isFile()) {
    out.push(entry(path, null, "not a regular file (device, socket or pipe)", null));
    return;
  }
  const skip =
    JUNK.has(name) || name.startsWith("._")
      ? "operating-system junk file"
      : name.startsWith(".")
        ? "hidden file"
        : null;
  out.push(entry(path, st.size, null, skip));
}

async function visitDir(path: string, out: InputEntry[]): Promise<void> {
  let dir: Awaited<ReturnType<typeof opendir>>;
  try {
    dir = await opendir(path);
  } catch (err) {
    out.push(entry(path, null, `directory cannot be listed (${(err as Error).message})`, null));
    return;
  }
  const names: string[] = [];
  for await (const d of dir) names.push(d.name);
  names.sort();
  for (const n of names) await visit(join(path, n), out, false);
}

function entry(path: string, bytes: number | null, error: string | null, skipReason: string | null): InputEntry {
  return { path, bytes, error, skipReason };
}
