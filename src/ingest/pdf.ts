/**
 * PDF extraction with pdfjs-dist (legacy build, bundled CMaps and standard fonts): text
 * items grouped into lines by y, a tab where the x gap is wide (table columns), wrapped
 * prose lines joined, page numbers and running headers/footers removed (as removals), and
 * OCR (pdftoppm + tesseract chi_sim) for pages without a text layer.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Diagnostic, IngestedDoc } from "../types.js";
import { PAGE_NUMBER_LINE } from "../util/lines.js";
import { assembleDoc, emptyDoc, type FileFacts } from "./assemble.js";
import { type Edit, mappedFromText } from "./mapped-text.js";
import { ocrPdfPage } from "./ocr.js";
import type { ResolvedIngestOptions } from "./options.js";

/** One positioned text item of a page. */
interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A line of a page as laid out: its text and geometry. */
export interface PdfLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly size: number;
}

const require = createRequire(import.meta.url);
let pdfjsDir: string | null = null;

function pdfjsRoot(): string {
  pdfjsDir ??= dirname(require.resolve("pdfjs-dist/package.json"));
  return pdfjsDir;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs;
}

/** Extract, lay out and normalise a PDF. */
export async function extractPdf(
  bytes: Uint8Array,
  facts: FileFacts,
  opts: ResolvedIngestOptions,
): Promise<IngestedDoc> {
  let pages: PdfLine[][];
  try {
    pages = await readPdfLines(bytes, opts.timeoutMs);
  } catch (err) {
    return emptyDoc("pdf", facts, [
      {
        code: "ingest.unreadable",
        severity: "error",
        message: `${facts.source}: PDF could not be parsed (${(err as Error).message}); expected a readable PDF`,
      },
    ]);
  }
  const diagnostics: Diagnostic[] = [];
  const pageTexts: Array<string | null> = pages.map((lines) => (hasTextLayer(lines) ? null : ""));
  const blank = pageTexts.flatMap((t, i) => (t === "" ? [i] : []));
  if (blank.length > 0) {
    if (!opts.ocr) {
      diagnostics.push({
        code: "ingest.no_text_layer",
        severity: "error",
        message: `${blank.length} of ${pages.length} PDF page(s) have no text layer (scanned images) and OCR is off; their text is missing`,
      });
    } else {
      await ocrPages(bytes, blank, pageTexts, facts.source, opts, diagnostics);
    }
  }
  const ocrPageSet = new Set<number>();
  const laid = pages.map((lines, i) => {
    const ocr = pageTexts[i];
    if (ocr === null || ocr === undefined || ocr === "") return lines;
    ocrPageSet.add(i);
    return ocrLines(ocr);
  });
  return assembleDoc(layoutPdf(laid, ocrPageSet), "pdf", facts, diagnostics);
}

async function ocrPages(
  bytes: Uint8Array,
  blank: readonly number[],
  pageTexts: Array<string | null>,
  source: string,
  opts: ResolvedIngestOptions,
  diagnostics: Diagnostic[],
): Promise<void> {
  const failed: string[] = [];
  for (const i of blank) {
    const r = await ocrPdfPage(bytes, i + 1, opts.timeoutMs);
    if (r.ok) pageTexts[i] = r.text;
    else failed.push(`page ${i + 1}: ${r.error}`);
  }
  const done = blank.length - failed.length;
  if (done > 0) {
    diagnostics.push({
      code: "ingest.ocr",
      severity: "warning",
      message: `${done} PDF page(s) have no text layer; their text was read by OCR (tesseract chi_sim) and may contain recognition errors`,
    });
  }
  if (failed.length > 0) {
    diagnostics.push({
      code: "ingest.ocr_failed",
      severity: "error",
      message: `${source}: OCR failed for ${failed.length} page(s) without a text layer; their text is missing (${failed.join("; ")})`,
    });
  }
}

function hasTextLayer(lines: readonly PdfLine[]): boolean {
  let n = 0;
  for (const l of lines) n += l.text.replace(/\s/g, "").length;
  return n >= 5;
}

/** Parse the PDF and return each page's lines. */
async function readPdfLines(bytes: Uint8Array, timeoutMs: number): Promise<PdfLine[][]> {
  const lib = await loadPdfJs();
  const root = pdfjsRoot();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${join(root, "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, "standard_fonts")}/`,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${timeoutMs} ms`));
      void task.destroy();
    }, timeoutMs);
  });
  try {
    return await Promise.race([readPages(task, performance.now() + timeoutMs, timeoutMs), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

type LoadingTask = ReturnType<PdfJs["getDocument"]>;

/** Each page's lines; the deadline is checked between pages (parsing blocks the event loop). */
async function readPages(task: LoadingTask, deadline: number, timeoutMs: number): Promise<PdfLine[][]> {
  const doc = await task.promise;
  try {
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        // Whitespace items only fill gaps; the gaps themselves are measured.
        if (!("str" in it) || it.str.trim() === "") continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = it.transform as number[];
        items.push({ str: it.str, x: e, y: f, width: it.width, size: Math.hypot(a, b) || it.height || 10 });
      }
      pages.push(groupLines(items));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Group items into lines by baseline, left to right; tabs at wide gaps. */
export function groupLines(items: readonly Item[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row !== undefined && first !== undefined && Math.abs(first.y - it.y) <= Math.max(2, first.size * 0.4))
      row.push(it);
    else rows.push([it]);
  }
  return rows.map(lineOf);
}

function lineOf(row: Item[]): PdfLine {
  row.sort((p, q) => p.x - q.x);
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const it of row) {
    size = Math.max(size, it.size);
    const gap = it.x - end;
    if (text !== "" && gap > it.size * 1.5) text += "\t";
    else if (text !== "" && gap > it.size * 0.2 && /[\x21-\x7e]$/.test(text) && /^[\x21-\x7e]/.test(it.str))
      text += " ";
    text += it.str;
    end = Math.max(end, it.x + it.width);
  }
  const left = row[0]?.x ?? 0;
  return { text, left, right: end, size };
}

const HEADING_START =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+)/;
const SENTENCE_END = /[。;；:：!！?？]\s*$/;

/**
 * Lay the pages out as one decoded string (each line ended by `\n`, pages separated by `\f`), and
 * decide layout edits: furniture lines to drop, soft wraps to join.
 */
export function layoutPdf(pages: readonly PdfLine[][], ocrPages: ReadonlySet<number> = new Set()) {
  const furniture = furnitureKeys(pages);
  const numbers = pageNumberLines(pages);
  const parts: string[] = [];
  const pageStarts: number[] = [];
  const edits: Edit[] = [];
  let pos = 0;
  pages.forEach((lines, p) => {
    if (p > 0) {
      // pages are separated by a form feed in the decoded text; the normalised text has none
      edits.push({ start: pos, end: pos + 1, insert: "", reason: "pdf page break" });
      parts.push("\f");
      pos += 1;
    }
    pageStarts.push(pos);
    const ocr = ocrPages.has(p);
    const right = textRight(lines, furniture);
    const edges = edgeLines(lines);
    lines.forEach((line, i) => {
      const start = pos;
      parts.push(line.text, "\n");
      pos += line.text.length + 1;
      const isNumber = numbers.has(line);
      if (isNumber || (edges.has(line) && furniture.has(keyOf(line.text)))) {
        edits.push({ start, end: pos, insert: "", reason: isNumber ? "pdf page number" : "pdf running header/footer" });
        return;
      }
      if (ocr) edits.push(...ocrSpacingEdits(line.text, start));
      const next = lines[i + 1];
      if (!ocr && next !== undefined && isSoftWrap(line, next, right)) {
        const join = /[\x21-\x7e]$/.test(line.text) && /^[\x21-\x7e]/.test(next.text) ? " " : "";
        edits.push({ start: pos - 1, end: pos, insert: join, reason: "pdf soft wrap" });
      }
    });
  });
  const decoded = parts.join("");
  return { decoded, base: mappedFromText(decoded), layoutEdits: edits, pageStarts };
}

/** The first and last two non-blank lines of a page: where headers, footers and numbers sit. */
function edgeLines(lines: readonly PdfLine[]): Set<PdfLine> {
  const content = lines.filter((l) => l.text.trim() !== "");
  return new Set([...content.slice(0, 2), ...content.slice(-2)]);
}

/** OCR text of a page as lines without geometry. */
export function ocrLines(text: string): PdfLine[] {
  return text
    .replace(/\n+$/, "")
    .split("\n")
    .map((t) => ({ text: t, left: 0, right: 0, size: 0 }));
}

/** The right margin of the page's prose: the 90th percentile of the right edges of its long lines. */
function textRight(lines: readonly PdfLine[], furniture: ReadonlySet<string>): number {
  const rights = lines
    .filter((l) => l.text.length >= 10 && !furniture.has(keyOf(l.text)))
    .map((l) => l.right)
    .sort((a, b) => a - b);
  if (rights.length === 0) return Number.POSITIVE_INFINITY;
  return rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.9))] ?? Number.POSITIVE_INFINITY;
}

function isSoftWrap(line: PdfLine, next: PdfLine, right: number): boolean {
  if (line.text.includes("\t") || next.text.includes("\t")) return false;
  if (line.right < right - line.size * 2 || SENTENCE_END.test(line.text)) return false;
  if (HEADING_START.test(next.text) || PAGE_NUMBER_LINE.test(next.text)) return false;
  return line.text.trim().length >= 15;
}

/**
 * Page-number lines: a bare number (or 第n页, n/N, - n -) in the first or last two lines of
 * a page, whose value follows the page index with the same offset on most pages. A lone
 * `0` at the bottom of a page is a table value, not a page number, unless it counts pages.
 */
function pageNumberLines(pages: readonly PdfLine[][]): Set<PdfLine> {
  const candidates: Array<[PdfLine, number]> = [];
  pages.forEach((lines, p) => {
    for (const line of edgeLines(lines)) {
      if (!PAGE_NUMBER_LINE.test(line.text)) continue;
      const n = Number(/\d+/.exec(line.text)?.[0]);
      candidates.push([line, n - (p + 1)]);
    }
  });
  const votes = new Map<number, number>();
  for (const [, d] of candidates) votes.set(d, (votes.get(d) ?? 0) + 1);
  const need = pages.length === 1 ? 1 : 2;
  const offsets = new Set([...votes].filter(([, v]) => v >= need).map(([d]) => d));
  return new Set(candidates.filter(([, d]) => offsets.has(d)).map(([line]) => line));
}

/** Lines at the top or bottom of pages that repeat (digits ignored) on at least half the pages. */
function furnitureKeys(pages: readonly PdfLine[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...edgeLines(lines)].map((l) => keyOf(l.text)));
    // Bare numbers and symbols are never running headers (a table value, a page number).
    // Nor is a sentence (it ends in 。/;/:).
    for (const k of edge)
      if (/[\p{L}].*[\p{L}]/u.test(k) && !SENTENCE_END.test(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= min).map(([k]) => k));
}

function keyOf(text: string): string {
  return text.replace(/\s+/g, "").replace(/\d+/g, "#");
}

/** Tesseract puts spaces between Han characters; mark them for removal. */
function ocrSpacingEdits(text: string, offset: number): Edit[] {
  const edits: Edit[] = [];
  const re =
    /(?<=[\p{Script=Han}，。、；：！？（）《》“”])[ ]+(?=[\p{Script=Han}，。、；：！？（）《》“”\d])|(?<=\d)[ ]+(?=\p{Script=Han})/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    edits.push({ start: offset + m.index, end: offset + m.index + m[0].length, insert: "", reason: "ocr spacing" });
  }
  return edits;
}
