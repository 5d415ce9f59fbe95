// The seed cases of test/fixtures/fuzz/: small hostile files made deterministically from the
// bundled corpus, so that the replay test in hostile.test.ts always has work. Each case says
// what it is and what the pipeline must make of it (`expect`, checked by limits.test.ts).
// Regenerate with `node --import tsx test/hardening/seed-cases.ts` (writes only missing files).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { zipWith } from "../../bench/fuzz.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const FUZZ_FIXTURES = join(ROOT, "test", "fixtures", "fuzz");

/** What the pipeline must make of a seed case. */
export interface SeedExpectation {
  /** A diagnostic code that must be present. */
  readonly code?: string;
  /** Text that must be read (the file is hostile in form, not in content). */
  readonly reads?: string;
}

export interface SeedCase {
  readonly file: string;
  readonly bytes: Buffer;
  readonly why: string;
  readonly expect: SeedExpectation;
}

function seed(name: string): Buffer {
  return readFileSync(join(ROOT, "data", "raw", "seeds", name));
}

function fixture(name: string): Buffer {
  return readFileSync(join(ROOT, "test", "fixtures", "ingest", name));
}

/** Flip `n` bytes at evenly spaced places after the first `from` (deterministic). */
function flipped(bytes: Buffer, from: number, n: number): Buffer {
  const c = Buffer.from(bytes);
  const step = Math.floor((c.length - from) / (n + 1));
  for (let i = 1; i <= n; i++) c[from + i * step] = (c[from + i * step] ?? 0) ^ 0x5a;
  return c;
}

/** The seed cases, deterministic. */
export function seedCases(): SeedCase[] {
  const text = seed("002_12f78b61d8e1d558.txt").toString("utf8");
  const first = text.split("\n")[0] ?? "";
  const docx = fixture("seed002.docx");
  const pdf = fixture("seed002.pdf");
  const row = "行政规范性文件\t1\t0\t3\n";
  return [
    {
      file: "seed-deep-html.html",
      bytes: Buffer.from(`<html><body>${"<div>".repeat(5000)}${text}${"</div>".repeat(5000)}</body></html>`),
      why: "HTML nested 5,000 <div> deep around a real report: a recursive DOM walk overflowed the call stack (fixed: iterative walks)",
      expect: { reads: first },
    },
    {
      file: "seed-unclosed-deep-html.html",
      bytes: Buffer.from(`<html><body>${"<span><p><div>".repeat(3000)}${text}`),
      why: "HTML nested 9,000 elements deep and never closed (truncated page)",
      expect: { reads: first, code: "ingest.html_truncated" },
    },
    {
      file: "seed-truncated.docx",
      bytes: docx.subarray(0, Math.floor(docx.length / 2)),
      why: "a DOCX cut in half (no central directory): must be reported unreadable, not crash",
      expect: { code: "ingest.unreadable" },
    },
    {
      file: "seed-flipped.docx",
      bytes: flipped(docx, 64, 24),
      why: "a DOCX with 24 bytes flipped inside its compressed parts",
      expect: {},
    },
    {
      file: "seed-flipped.pdf",
      bytes: flipped(pdf, 1024, 32),
      why: "a PDF with 32 bytes flipped across its objects and streams",
      expect: {},
    },
    {
      file: "seed-truncated.pdf",
      bytes: pdf.subarray(0, Math.floor(pdf.length / 3)),
      why: "a PDF cut at a third: no xref, no trailer",
      expect: {},
    },
    {
      file: "seed-broken-xref.pdf",
      bytes: Buffer.from(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\nxref\n0 9\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 9>>\nstartxref\n999999\n%%EOF",
      ),
      why: "a PDF whose xref points past the end of the file and whose pages object is missing",
      expect: { code: "ingest.unreadable" },
    },
    {
      file: "seed-gbk-labelled-utf8.html",
      bytes: iconv.encode(
        `<html><head><meta charset="utf-8"><title>${first}</title></head><body><pre>${text}</pre></body></html>`,
        "gbk",
      ),
      why: "a GBK page that declares UTF-8 in its <meta charset>",
      expect: { reads: first, code: "ingest.encoding_mismatch" },
    },
    {
      file: "seed-zip-bomb.docx",
      bytes: zipWith("word/document.xml", Buffer.alloc(80 * 1024 * 1024, 0x20)),
      why: "a DOCX whose document.xml inflates to 80 MB (over the 64 MB default maxBytes): refused from the zip directory before mammoth",
      expect: { code: "ingest.too_large" },
    },
    {
      file: "seed-zip-bomb-lying-header.docx",
      bytes: zipWith("word/document.xml", Buffer.alloc(80 * 1024 * 1024, 0x20), 1000),
      why: "a DOCX whose zip headers say document.xml is 1,000 bytes while it inflates to 80 MB: caught by the capped inflate",
      expect: { code: "ingest.too_large" },
    },
    {
      file: "seed-one-line.txt",
      bytes: Buffer.from(text.replace(/\s+/g, "").repeat(40)),
      why: "a report flattened to one line and repeated (about 150,000 characters on one line): line lookups were quadratic",
      expect: {},
    },
    {
      file: "seed-table-2000-rows.txt",
      bytes: Buffer.from(`${text.slice(0, 2000)}\n二、主动公开政府信息情况\n${row.repeat(2000)}`),
      why: "a table of 2,000 identical rows after a real opening",
      expect: {},
    },
    {
      file: "seed-nul-and-replacement.txt",
      bytes: Buffer.concat([
        Buffer.from(text.slice(0, 800)),
        Buffer.from("\u0000\uFFFD<script>alert(1)</script>&#x0;&#xFFFFFF;"),
        Buffer.from(text.slice(800)),
      ]),
      why: "a report with a NUL, a replacement character, a script tag and invalid character references inside",
      expect: { reads: first },
    },
  ];
}

/** Write the seed cases that are missing, each with its `.why.txt`. */
export function writeSeedCases(dir = FUZZ_FIXTURES): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const c of seedCases()) {
    const file = join(dir, c.file);
    if (existsSync(file)) continue;
    writeFileSync(file, c.bytes);
    writeFileSync(`${file}.why.txt`, `${c.why}\n`);
    written.push(file);
  }
  return written;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of writeSeedCases()) process.stdout.write(`${f}\n`);
}
