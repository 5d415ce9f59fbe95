// `npm run fuzz [-- --seconds N --seed S --big]`: mutates real reports (truncate, flip bytes, splice,
// swap encodings, deep HTML, zip bomb, broken PDF xref, huge files, one-line files, 10,000-row tables)
// and runs each through the whole per-report pipeline in the worker pool. A crash, a hang (time limit),
// a result that breaks the contract or a result that differs between two runs is a finding: it is saved
// under test/fixtures/fuzz/ (with a .why.txt) so that test/hardening/hostile.test.ts replays it forever.
// `runFuzz` is the same run as a function (test/hardening/fuzz.test.ts runs it briefly in CI).
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import iconv from "iconv-lite";
import { AnalysisPool, type PoolResult } from "../src/index.js";
import { mulberry32 } from "../src/util/random.js";
import { contractViolations } from "../test/hardening/contract.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FINDINGS = join(ROOT, "test", "fixtures", "fuzz");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** mulberry32 (util/random), so a run is reproducible from its seed. */
export const prng: (seed: number) => () => number = mulberry32;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/**
 * A minimal zip with one deflated member, for the zip-bomb cases. `declared` is the
 * uncompressed size the headers state (default: the true size; smaller for a lying header).
 */
export function zipWith(name: string, content: Buffer, declared = content.length): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const cdOffset = local.length + nameBuf.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, end]);
}

type Mutant = { name: string; ext: string; bytes: Buffer };

/** The hostile files of the issue, deterministic. `big` adds the 200 MB text file. */
export function hostileFiles(seedText: string, big: boolean): Mutant[] {
  const row = "行政规范性文件\t1\t0\t3\n";
  const out: Mutant[] = [
    {
      name: "deep-html",
      ext: ".html",
      bytes: Buffer.from(`<html><body>${"<div>".repeat(20000)}${seedText}${"</div>".repeat(20000)}</body></html>`),
    },
    { name: "zip-bomb", ext: ".docx", bytes: zipWith("word/document.xml", Buffer.alloc(512 * 1024 * 1024, 0x20)) },
    {
      name: "broken-xref",
      ext: ".pdf",
      bytes: Buffer.from(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\nxref\n0 9\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 9>>\nstartxref\n999999\n%%EOF",
      ),
    },
    {
      name: "one-line-10mb",
      ext: ".txt",
      bytes: Buffer.from(
        seedText
          .replace(/\s+/g, "")
          .repeat(Math.ceil(10e6 / seedText.length))
          .slice(0, 10e6 / 3),
      ),
    },
    {
      name: "table-10000-rows",
      ext: ".txt",
      bytes: Buffer.from(`${seedText.slice(0, 2000)}\n二、主动公开政府信息情况\n${row.repeat(10000)}`),
    },
    { name: "binary", ext: ".txt", bytes: Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256)) },
    { name: "empty", ext: ".txt", bytes: Buffer.alloc(0) },
  ];
  if (big)
    out.push({
      name: "text-200mb",
      ext: ".txt",
      bytes: Buffer.from(seedText.repeat(Math.ceil(200e6 / Buffer.byteLength(seedText)))),
    });
  return out;
}

const NEST_TAGS = ["div", "span", "p", "font", "li", "td", "table", "b", "center"] as const;
const EXTENSIONS = [".txt", ".html", ".pdf", ".docx", ".doc", ".md", ""] as const;

/** A random mutation of one real report. */
export function mutate(rand: () => number, a: Buffer, b: Buffer, ext: string): Mutant {
  const pick = Math.floor(rand() * 10);
  const at = (n: number) => Math.floor(rand() * Math.max(1, n));
  switch (pick) {
    case 0:
      return { name: "truncate", ext, bytes: a.subarray(0, at(a.length)) };
    case 1: {
      const c = Buffer.from(a);
      for (let i = 0, n = 1 + at(32); i < n; i++) c[at(c.length)] = at(256);
      return { name: "flip", ext, bytes: c };
    }
    case 2:
      return { name: "splice", ext, bytes: Buffer.concat([a.subarray(0, at(a.length)), b.subarray(at(b.length))]) };
    case 3: {
      const enc = ["gb18030", "utf16le", "utf16be", "big5"][at(4)] ?? "gb18030";
      return { name: `encode-${enc}`, ext, bytes: iconv.encode(a.toString("utf8"), enc) };
    }
    case 4:
      return {
        name: "html-wrap",
        ext: ".html",
        bytes: Buffer.from(
          `<html><head><meta charset="gbk"></head><body><table><tr><td rowspan="9999" colspan="9999">${a.toString("utf8")}</td></tr></table>`,
        ),
      };
    case 5:
      return {
        name: "insert-junk",
        ext,
        bytes: Buffer.concat([
          a.subarray(0, at(a.length)),
          Buffer.from("\u0000\uFFFD<script>x</script>&#x0;"),
          a.subarray(at(a.length)),
        ]),
      };
    case 6:
      // mislabelled: the bytes of one format under another's extension
      return { name: "mislabel", ext: EXTENSIONS[at(EXTENSIONS.length)] ?? ".txt", bytes: a };
    case 7:
      return { name: "flatten", ext, bytes: Buffer.from(a.toString("utf8").replace(/\s+/g, "")) };
    case 8: {
      const tag = NEST_TAGS[at(NEST_TAGS.length)] ?? "div";
      const depth = 100 + at(5000);
      const closed = rand() < 0.5;
      const html = `<html><body>${`<${tag}>`.repeat(depth)}${a.toString("utf8")}${closed ? `</${tag}>`.repeat(depth) : ""}`;
      return { name: `nest-${tag}`, ext: ".html", bytes: Buffer.from(html) };
    }
    default: {
      // a page whose <meta charset> lies about its bytes
      const gbk = rand() < 0.5;
      const page = `<html><head><meta charset="${gbk ? "utf-8" : "gbk"}"></head><body><pre>${a.toString("utf8")}</pre></body></html>`;
      return {
        name: gbk ? "gbk-says-utf8" : "utf8-says-gbk",
        ext: ".html",
        bytes: gbk ? iconv.encode(page, "gbk") : Buffer.from(page),
      };
    }
  }
}

function save(m: Mutant, why: string, seed: number): string {
  mkdirSync(FINDINGS, { recursive: true });
  const hash = createHash("sha256").update(m.bytes).digest("hex").slice(0, 12);
  const file = join(FINDINGS, `${m.name}-${hash}${m.ext}`);
  if (m.bytes.length <= 2e6) {
    writeFileSync(file, m.bytes);
    writeFileSync(`${file}.why.txt`, `${why} (fuzz seed ${seed}, mutation ${m.name})\n`);
  }
  return file;
}

/** Options of a fuzz run. */
export interface FuzzOptions {
  /** Stop starting new inputs after this many seconds. */
  readonly seconds: number;
  readonly seed: number;
  /** Add the 200 MB text file to the hostile giants. */
  readonly big?: boolean;
  /** Start with the hostile giants of the issue (default true). */
  readonly hostile?: boolean;
  /** Save each finding under test/fixtures/fuzz/ (default true). */
  readonly save?: boolean;
  /** Per-file time limit of the pool in ms (default 30 000). */
  readonly timeoutMs?: number;
}

/** What a fuzz run did. */
export interface FuzzReport {
  readonly seed: number;
  readonly seconds: number;
  readonly tried: number;
  /** Inputs tried per mutation. */
  readonly byMutation: Readonly<Record<string, number>>;
  /** Limits hit by the hostile giants, where a limit is the expected outcome. */
  readonly expectedLimits: number;
  /** Each finding: the saved file (or the mutation) and why. */
  readonly findings: readonly string[];
}

/** Why two runs of one input are a finding, or null when they are fine. */
function judge(first: PoolResult, second: PoolResult): string | null {
  if (!first.ok) return `${first.reason}: ${first.message}`;
  if (!second.ok) return `second run ${second.reason}: ${second.message}`;
  const v = contractViolations(first.analysis.report, first.analysis.doc.text);
  if (v.length > 0) return `contract: ${v.join("; ")}`;
  if (JSON.stringify(first.analysis.report) !== JSON.stringify(second.analysis.report))
    return "non-deterministic output";
  return null;
}

/**
 * Run the fuzzer: the hostile giants first, then random mutations of the corpus and the
 * binary fixtures, each analysed twice in the worker pool. Seeded and bounded in time.
 */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const rand = prng(opts.seed);
  const corpus = walk(join(ROOT, "data", "raw")).filter((f) => /\.(txt|html?|md)$/.test(f));
  const fixtures = walk(join(ROOT, "test", "fixtures"))
    .filter((f) => !f.includes(`${join("fixtures", "fuzz")}`))
    .filter((f) => /\.(pdf|docx|html?|doc)$/.test(f));
  const sources = [...corpus, ...fixtures];
  const dir = mkdtempSync(join(tmpdir(), "xxgk-fuzz-"));
  const pool = new AnalysisPool({ workers: 2, timeoutMs: opts.timeoutMs ?? 30_000, memoryMb: 1024 });
  const deadline = performance.now() + opts.seconds * 1000;
  const byMutation: Record<string, number> = {};
  const findings: string[] = [];
  let tried = 0;
  let expectedLimits = 0;
  const seedText = readFileSync(corpus[0] ?? "", "utf8");
  const queue: Mutant[] = opts.hostile === false ? [] : hostileFiles(seedText, opts.big === true);
  try {
    while (performance.now() < deadline) {
      const m =
        queue.shift() ??
        (() => {
          const a = sources[Math.floor(rand() * sources.length)] ?? "";
          const b = sources[Math.floor(rand() * sources.length)] ?? "";
          return mutate(rand, readFileSync(a), readFileSync(b), extname(a));
        })();
      const file = join(dir, `input-${tried}${m.ext}`);
      writeFileSync(file, m.bytes);
      const first = await pool.run(file, { ocr: false });
      const second = m.bytes.length < 1e6 ? await pool.run(file, { ocr: false }) : first;
      tried++;
      byMutation[m.name] = (byMutation[m.name] ?? 0) + 1;
      const why = judge(first, second);
      // the limits are the contract for the hostile giants: over a limit is the expected outcome there
      const expectedLimit = !first.ok && first.reason !== "crash" && /bomb|200mb|10mb/.test(m.name);
      if (expectedLimit) expectedLimits++;
      else if (why !== null) findings.push(`${opts.save === false ? m.name : save(m, why, opts.seed)}: ${why}`);
      rmSync(file, { force: true });
    }
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { seed: opts.seed, seconds: opts.seconds, tried, byMutation, expectedLimits, findings };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const r = await runFuzz({ seconds: arg("seconds", 60), seed: arg("seed", 1), big: process.argv.includes("--big") });
  const took = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(
    `fuzz: seed ${r.seed}, ${r.seconds}s budget (${took}s wall), ${r.tried} inputs tried, ${r.findings.length} findings, ${r.expectedLimits} expected limit hits`,
  );
  console.log(`  by mutation: ${JSON.stringify(r.byMutation)}`);
  for (const f of r.findings) console.log(`  ${f}`);
  process.exitCode = r.findings.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
