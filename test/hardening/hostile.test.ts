// Hostile files planted among real reports: `xxgk analyze` finishes, every hostile file is a manifest
// row with its reason, and every real report is parsed exactly as it is on its own. Also replays every
// fuzz finding ever saved under test/fixtures/fuzz/.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { hostileFiles, mutate, prng } from "../../bench/fuzz.js";
import { AnalysisPool } from "../../src/index.js";
import type { ParsedReport } from "../../src/types.js";
import { contractViolations } from "./contract.js";
import { seedCases } from "./seed-cases.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(ROOT, "dist", "cli", "main.js");
const SEEDS = join(ROOT, "data", "raw", "seeds");

function readJsonl(file: string): ParsedReport[] {
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as ParsedReport);
}

test(
  "analyze finishes on a corpus with hostile files; each is a manifest row with its reason",
  { timeout: 600_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-hostile-"));
    const real = readdirSync(SEEDS).sort();
    for (const f of real) copyFileSync(join(SEEDS, f), join(dir, `real-${f}`));
    const seedText = readFileSync(join(SEEDS, real[0]!), "utf8");
    const hostile = hostileFiles(seedText, false);
    const rand = prng(42);
    const a = readFileSync(join(SEEDS, real[1]!));
    const b = readFileSync(join(SEEDS, real[2]!));
    for (let i = 0; i < 6; i++) hostile.push(mutate(rand, a, b, ".txt"));
    hostile.push({ name: "huge-200mb", ext: ".txt", bytes: Buffer.alloc(200 * 1024 * 1024, "政府信息公开。") });
    const names = hostile.map((h, i) => `hostile-${String(i).padStart(2, "0")}-${h.name}${h.ext}`);
    for (const [i, h] of hostile.entries()) writeFileSync(join(dir, names[i]!), h.bytes);

    const out = mkdtempSync(join(tmpdir(), "xxgk-hostile-out-"));
    const r = spawnSync(
      process.execPath,
      [CLI, "analyze", dir, "--out", out, "--timeout", "30", "--max-memory", "1024", "--jsonl"],
      { encoding: "utf8" },
    );
    assert.equal(r.status, 0, r.stderr);
    const manifest = readFileSync(join(out, "manifest.csv"), "utf8").trim().split("\r\n").slice(1);
    assert.equal(manifest.length, real.length + hostile.length, "inputs in = rows out");
    const reports = readJsonl(join(out, "reports.jsonl"));
    for (const name of names) {
      const rep = reports.find((x) => x.source.endsWith(name));
      assert.ok(rep, `${name} has a report`);
      assert.deepEqual(contractViolations(rep, null), [], name);
      if (rep.status !== "ok") assert.ok(rep.diagnostics.length > 0, `${name} is ${rep.status} without a reason`);
    }
    for (const big of ["huge-200mb", "zip-bomb", "empty", "binary"]) {
      const rep = reports.find((x) => x.source.includes(big));
      assert.notEqual(rep?.status, "ok", `${big} should not read as a good report`);
    }
    // the reasons: refused by size before reading, not by a limit hit after minutes of work
    const reason = (name: string) => reports.find((x) => x.source.includes(name))?.diagnostics.map((d) => d.code);
    assert.ok(reason("zip-bomb")?.includes("ingest.too_large"), `zip-bomb: ${reason("zip-bomb")}`);
    assert.ok(reason("huge-200mb")?.includes("ingest.too_large"), `huge-200mb: ${reason("huge-200mb")}`);
    // deep nesting is no reason to lose the report inside it
    const deep = reports.find((x) => x.source.includes("deep-html"));
    assert.notEqual(deep?.status, "error", "deep-html: the report text inside is read");
    // the real reports are parsed exactly as on their own
    const alone = spawnSync(process.execPath, [CLI, "parse", SEEDS], { encoding: "utf8", maxBuffer: 64 << 20 });
    const expected = alone.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as ParsedReport);
    for (const e of expected) {
      const got = reports.find((x) => x.source.endsWith(`real-${e.source.split("/").pop()}`));
      assert.ok(got);
      const strip = (p: ParsedReport) => JSON.stringify({ ...p, source: "", meta: { ...p.meta, source: "" } });
      assert.equal(strip(got), strip(e), `${e.source} parsed differently among hostile files`);
    }
  },
);

test(
  "every fuzz finding ever saved is handled: within the limits and contract-valid",
  { timeout: 600_000 },
  async () => {
    const dir = join(ROOT, "test", "fixtures", "fuzz");
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => !f.endsWith(".why.txt"))
          .sort()
      : [];
    // the directory always holds at least the seed cases committed with the fuzzer
    assert.ok(files.length > 0, "test/fixtures/fuzz/ holds the regression fixtures");
    const pool = new AnalysisPool({ workers: 2, timeoutMs: 30_000, memoryMb: 1024 });
    try {
      const expected = new Map(seedCases().map((c) => [c.file, c.expect.code]));
      for (const f of files) {
        const r = await pool.run(join(dir, f), { ocr: false });
        assert.ok(r.ok, `${f}: ${r.ok ? "" : r.message}`);
        assert.deepEqual(contractViolations(r.analysis.report, r.analysis.doc.text), [], f);
        const again = await pool.run(join(dir, f), { ocr: false });
        assert.ok(again.ok, `${f} second run: ${again.ok ? "" : again.message}`);
        assert.equal(JSON.stringify(again.analysis.report), JSON.stringify(r.analysis.report), `${f} is deterministic`);
        const code = expected.get(f);
        if (code !== undefined)
          assert.ok(
            r.analysis.report.diagnostics.some((d) => d.code === code),
            `${f}: expected ${code} among ${r.analysis.report.diagnostics.map((d) => d.code).join(",")}`,
          );
      }
    } finally {
      await pool.close();
    }
  },
);
