/**
 * DOCX extraction: mammoth converts to HTML, then the HTML path renders text and tables;
 * offsets are re-pointed from the HTML at the DOCX text (`docx-text.ts`).
 * The zip is checked first (`zip.ts`): parts that would unpack past `maxBytes` are refused.
 */
import mammoth from "mammoth";
import type { Diagnostic, IngestedDoc } from "../types.js";
import { assembleDoc, emptyDoc, type FileFacts } from "./assemble.js";
import { docxText, repointMapped } from "./docx-text.js";
import { extractHtml } from "./html.js";
import { zipOverBudget } from "./zip.js";

// Images carry no text: they are never unpacked (the default would inline them as base64).
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/** Extract and normalise a DOCX; `decoded` is the DOCX text of `docx-text.ts` (offsets point there, not into mammoth's HTML). */
export async function extractDocx(
  bytes: Uint8Array,
  facts: FileFacts,
  limits: { readonly maxBytes: number },
  extra: readonly Diagnostic[] = [],
): Promise<IngestedDoc> {
  const over = zipOverBudget(bytes, limits.maxBytes);
  if (over !== null)
    return emptyDoc("docx", facts, [
      ...extra,
      { code: "ingest.too_large", severity: "error", message: `${facts.source}: DOCX not read: ${over}` },
    ]);
  let html: string;
  let messages: string[];
  try {
    const r = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: NO_IMAGES },
    );
    html = r.value;
    messages = r.messages.filter((m) => m.type === "error").map((m) => m.message);
  } catch (err) {
    return emptyDoc("docx", facts, [
      ...extra,
      {
        code: "ingest.unreadable",
        severity: "error",
        message: `${facts.source}: DOCX could not be read (${(err as Error).message}); expected a Word document`,
      },
    ]);
  }
  const diags: Diagnostic[] = [...extra];
  if (messages.length > 0)
    diags.push({
      code: "ingest.docx_warning",
      severity: "warning",
      message: `mammoth reported: ${messages.slice(0, 3).join("; ")}`,
    });
  const ex = extractHtml(html, { findBody: false });
  const text = docxText(html);
  return assembleDoc(
    { ...ex, decoded: text.text, base: repointMapped(ex.base, text), diagnostics: [] },
    "docx",
    facts,
    diags,
  );
}
