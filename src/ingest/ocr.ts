/** OCR of one PDF page: pdftoppm renders it, tesseract (chi_sim) reads it. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type RunResult, runTool, withTempDir } from "./run.js";

/** Text of page `page` (1-based) read by OCR, or why it could not be. */
export async function ocrPdfPage(
  bytes: Uint8Array,
  page: number,
  timeoutMs: number,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  return withTempDir("xxgk-ocr-", async (dir) => {
    const pdf = join(dir, "in.pdf");
    await writeFile(pdf, bytes);
    const png: RunResult = await runTool(
      "pdftoppm",
      ["-f", String(page), "-l", String(page), "-r", "150", "-gray", "-png", "-singlefile", pdf, join(dir, "page")],
      timeoutMs,
      dir,
    );
    if (!png.ok) return png;
    const args = [join(dir, "page.png"), "stdout", "-l", "chi_sim", "--psm", "3"];
    const ocr = await runTool("tesseract", args, timeoutMs, dir);
    if (!ocr.ok) return ocr;
    return { ok: true, text: ocr.stdout.replace(/\f/g, "") };
  });
}
