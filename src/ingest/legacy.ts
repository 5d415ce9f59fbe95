/**
 * Legacy Word (.doc) and WPS files: LibreOffice headless converts them to DOCX (private
 * profile, time limit); antiword is the fallback for .doc when LibreOffice fails.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, IngestedDoc, InputFormat } from "../types.js";
import { assembleDoc, emptyDoc, type FileFacts } from "./assemble.js";
import { mappedFromText } from "./mapped-text.js";
import type { ResolvedIngestOptions } from "./options.js";
import { runTool, scrubTempDir, withTempDir } from "./run.js";

type DocxReader = (docx: Uint8Array, facts: FileFacts, diags: readonly Diagnostic[]) => Promise<IngestedDoc>;

/** Convert a .doc/.wps with soffice (then read the DOCX), else antiword, else report. */
export async function convertLegacy(
  bytes: Uint8Array,
  format: InputFormat,
  facts: FileFacts,
  opts: ResolvedIngestOptions,
  readDocx: DocxReader,
): Promise<IngestedDoc> {
  return withTempDir("xxgk-soffice-", async (dir) => {
    const input = join(dir, `in.${format === "wps" ? "wps" : "doc"}`);
    await writeFile(input, bytes);
    const docx = await sofficeToDocx(input, dir, opts.timeoutMs);
    if (!(docx instanceof Uint8Array)) return antiword(input, format, facts, opts, docx);
    const note: Diagnostic = {
      code: "ingest.converted",
      severity: "info",
      message: `${format} converted to DOCX with LibreOffice`,
    };
    const doc = await readDocx(docx, facts, [note]);
    if (!looksLikeGarbage(doc.text)) return { ...doc, format };
    const found = JSON.stringify(doc.text.slice(0, 30));
    return emptyDoc(format, facts, [
      {
        code: "ingest.unreadable",
        severity: "error",
        message: `${facts.source}: LibreOffice opened the ${format} file but found no Chinese text (found ${found}…); expected a Word/WPS document`,
      },
    ]);
  });
}

/** The DOCX bytes LibreOffice made of `input`, or why there are none. */
async function sofficeToDocx(input: string, dir: string, timeoutMs: number): Promise<Uint8Array | string> {
  const profile = pathToFileURL(join(dir, "profile")).href;
  const args = [
    `-env:UserInstallation=${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "docx",
    "--outdir",
    join(dir, "out"),
    input,
  ];
  const r = await runTool("soffice", args, timeoutMs, dir);
  if (!r.ok) return r.error;
  const docx = await readFile(join(dir, "out", "in.docx")).catch((err: Error) => err);
  return docx instanceof Uint8Array ? docx : `LibreOffice produced no DOCX (${scrubTempDir(docx.message, dir)})`;
}

async function antiword(
  input: string,
  format: InputFormat,
  facts: FileFacts,
  opts: ResolvedIngestOptions,
  why: string,
): Promise<IngestedDoc> {
  if (format === "doc") {
    const r = await runTool("antiword", ["-m", "UTF-8.txt", "-w", "0", input], opts.timeoutMs, dirname(input));
    if (r.ok && r.stdout.trim() !== "") {
      const d: Diagnostic = {
        code: "ingest.converted",
        severity: "warning",
        message: `LibreOffice failed (${why}); text read with antiword (tables as text)`,
      };
      return assembleDoc({ decoded: r.stdout, base: mappedFromText(r.stdout) }, format, facts, [d]);
    }
  }
  return emptyDoc(format, facts, [
    {
      code: "ingest.unreadable",
      severity: "error",
      message: `${facts.source}: legacy ${format} file could not be converted (${why})`,
    },
  ]);
}

/** Converted text with hardly any Chinese and with replacement characters: the converter read noise. */
function looksLikeGarbage(text: string): boolean {
  if (text.length < 200) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han < text.length * 0.02 && /[\uFFFD#]{20}/.test(text);
}
