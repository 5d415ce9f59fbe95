/** The columns of a `sites.csv`: a `url` column (required) and an optional `agency` column; csv-parse reads it. */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { InvalidInputError } from "../errors.js";
import type { Column } from "./types.js";

/**
 * Read a sites file (UTF-8, with or without BOM). Rows without a URL are left out and named.
 * @throws InvalidInputError when the file has no `url` column or a URL is not http(s)
 */
export async function readSites(path: string): Promise<{ columns: Column[]; skipped: string[] }> {
  const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  const records = parse(text, {
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  }) as Record<string, string>[];
  if (records.length > 0 && !("url" in records[0]!))
    throw new InvalidInputError(
      `${path}: expected a header with a url column, found ${Object.keys(records[0]!).join(", ")}`,
    );
  const columns: Column[] = [];
  const skipped: string[] = [];
  records.forEach((r, i) => {
    const url = (r.url ?? "").trim();
    if (url === "") {
      skipped.push(`line ${i + 2}: no url`);
      return;
    }
    if (!isHttpUrl(url))
      throw new InvalidInputError(`${path} line ${i + 2}: url; expected an http(s) URL, found ${JSON.stringify(url)}`);
    columns.push({ url, agency: (r.agency ?? "").trim() || null });
  });
  return { columns, skipped };
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
