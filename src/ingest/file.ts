/** File and buffer entry points: detect the format, extract, normalise; never throw for data. */
import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import { describe, InvalidInputError } from "../errors.js";
import type { Diagnostic, IngestedDoc, InputFormat } from "../types.js";
import { assembleDoc, emptyDoc, type FileFacts } from "./assemble.js";
import { decodeBytes } from "./decode.js";
import { controlRatio, detectBinaryFormat, detectTextFormat, extensionOf } from "./detect-format.js";
import { extractDocx } from "./docx.js";
import { extractHtml } from "./html.js";
import { convertLegacy } from "./legacy.js";
import { type IngestOptions, type ResolvedIngestOptions, resolveIngestOptions } from "./options.js";
import { extractPdf } from "./pdf.js";
import { docFromText } from "./text.js";

/**
 * Read, decode and normalise one file. Never throws for data problems: a file that
 * cannot be read gives a document with empty text and an `ingest.unreadable` error.
 * @throws InvalidInputError when `path` is not a non-empty string
 */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<IngestedDoc> {
  if (typeof path !== "string" || path === "")
    throw new InvalidInputError(`ingestFile: path; expected a non-empty string, found ${describe(path)}`);
  const opts = resolveIngestOptions(options);
  const facts: FileFacts = { source: path, sha256: null, bytes: 0, encoding: null, bomBytes: 0 };
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    if (!st.isFile())
      return emptyDoc("unknown", facts, [
        unreadable(`${path} is not a regular file (found a ${st.isDirectory() ? "directory" : "special file"})`),
      ]);
    if (st.size > opts.maxBytes) return tooLarge(path, st.size, opts, facts);
    bytes = await readAll(path);
  } catch (err) {
    return emptyDoc("unknown", facts, [unreadable(`cannot read ${path}: ${(err as Error).message}`)]);
  }
  return ingestBytes(bytes, path, extensionOf(path), opts);
}

/**
 * Ingest bytes already in memory; `source` names them in the output, `extension` hints the format.
 * @throws InvalidInputError when `bytes` is not a Uint8Array or `source` is missing
 */
export async function ingestBuffer(
  bytes: Uint8Array,
  options: { source: string; extension?: string } & IngestOptions,
): Promise<IngestedDoc> {
  if (!(bytes instanceof Uint8Array))
    throw new InvalidInputError(`ingestBuffer: bytes; expected a Uint8Array, found ${describe(bytes)}`);
  if (typeof options?.source !== "string")
    throw new InvalidInputError(`ingestBuffer: options.source; expected a string, found ${describe(options?.source)}`);
  const opts = resolveIngestOptions(options);
  if (bytes.length > opts.maxBytes) {
    return tooLarge(options.source, bytes.length, opts, {
      source: options.source,
      sha256: null,
      bytes: bytes.length,
      encoding: null,
      bomBytes: 0,
    });
  }
  const ext = (options.extension ?? extensionOf(options.source)).replace(/^\./, "").toLowerCase();
  return ingestBytes(bytes, options.source, ext, opts);
}

async function readAll(path: string): Promise<Uint8Array> {
  const fh = await open(path, "r");
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

async function ingestBytes(
  bytes: Uint8Array,
  source: string,
  ext: string,
  opts: ResolvedIngestOptions,
): Promise<IngestedDoc> {
  const facts: FileFacts = { source, sha256: sha256(bytes), bytes: bytes.length, encoding: null, bomBytes: 0 };
  if (bytes.length === 0)
    return emptyDoc(guessFromExt(ext), facts, [
      { code: "ingest.empty", severity: "error", message: `${source} is empty (0 bytes); expected a report` },
    ]);
  const binary = detectBinaryFormat(bytes, ext);
  if (binary !== null) return ingestBinary(bytes, binary.format, binary.evidence, facts, opts);
  const d = decodeBytes(bytes);
  const f = { ...facts, encoding: d.encoding, bomBytes: d.bomBytes };
  if (controlRatio(d.text) > 0.05) {
    return emptyDoc("unknown", f, [
      unreadable(
        `${source} looks binary (control characters in the decoded text) and matches no supported format (txt, md, html, docx, doc, wps, pdf)`,
      ),
    ]);
  }
  const guess = detectTextFormat(d.text, ext);
  if (guess.format === "html")
    return assembleDoc({ decoded: d.text, ...extractHtml(d.text) }, "html", f, d.diagnostics);
  return docFromText(d.text, guess.format, f, d.diagnostics);
}

async function ingestBinary(
  bytes: Uint8Array,
  format: InputFormat,
  evidence: string,
  facts: FileFacts,
  opts: ResolvedIngestOptions,
): Promise<IngestedDoc> {
  if (format === "pdf") return extractPdf(bytes, facts, opts);
  if (format === "docx") return extractDocx(bytes, facts, opts);
  if (format === "doc" || format === "wps")
    return convertLegacy(bytes, format, facts, opts, (docx, f, diags) => extractDocx(docx, f, opts, diags));
  return emptyDoc("unknown", facts, [
    unreadable(`${facts.source}: ${evidence}; expected one of txt, md, html, docx, doc, wps, pdf`),
  ]);
}

function guessFromExt(ext: string): InputFormat {
  const known: readonly InputFormat[] = ["txt", "md", "html", "docx", "doc", "wps", "pdf"];
  if (ext === "htm") return "html";
  return (known as readonly string[]).includes(ext) ? (ext as InputFormat) : "unknown";
}

function tooLarge(source: string, size: number, opts: ResolvedIngestOptions, facts: FileFacts): IngestedDoc {
  return emptyDoc("unknown", { ...facts, bytes: size }, [
    {
      code: "ingest.too_large",
      severity: "error",
      message: `${source} has ${size} bytes; expected at most maxBytes = ${opts.maxBytes}; not read`,
    },
  ]);
}

/** SHA-256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The `ingest.unreadable` error diagnostic. */
export function unreadable(message: string): Diagnostic {
  return { code: "ingest.unreadable", severity: "error", message };
}
