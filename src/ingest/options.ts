/** Options of the ingest entry points, validated at the boundary. */
import { describe, InvalidOptionError } from "../errors.js";

/** Options of `ingestFile` / `ingestBuffer`. */
export interface IngestOptions {
  /** Run OCR (tesseract chi_sim) on PDF pages without a text layer (default true). */
  readonly ocr?: boolean;
  /** Time limit for external converters (soffice, antiword, OCR) in ms (default 120 000). */
  readonly timeoutMs?: number;
  /** Files larger than this are reported, not read (default 64 MB). */
  readonly maxBytes?: number;
}

/** Options with defaults filled. */
export interface ResolvedIngestOptions {
  readonly ocr: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/**
 * Fill defaults and check ranges.
 * @throws InvalidOptionError for a non-boolean `ocr` or a non-positive `timeoutMs`/`maxBytes`
 */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const { ocr = true, timeoutMs = 120_000, maxBytes = 64 * 1024 * 1024 } = options;
  if (typeof ocr !== "boolean")
    throw new InvalidOptionError(`ingest: option ocr; expected a boolean, found ${describe(ocr)}`);
  for (const [name, v] of [
    ["timeoutMs", timeoutMs],
    ["maxBytes", maxBytes],
  ] as const) {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
      throw new InvalidOptionError(`ingest: option ${name}; expected a positive number, found ${describe(v)}`);
    }
  }
  return { ocr, timeoutMs, maxBytes };
}
