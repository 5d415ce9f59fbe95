import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import type { CommandIO } from "../../src/cli/args.js";
import { createReuseCommand } from "../../src/cli/reuse.js";
import { createSimilarCommand } from "../../src/cli/similar.js";
import { loadSimilarityDocs } from "../../src/job/index.js";
import { RAW_DIR } from "../../src/paths.js";
import type { SimilarityDoc } from "../../src/similarity/index.js";

/** The Pingtan series read through the whole per-report line (the commands' own loader), without the cache. */
async function pingtanLoader(path: string): Promise<SimilarityDoc[]> {
  return loadSimilarityDocs(path, { cacheDir: null });
}

function capture(): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s) };
}

test("xxgk reuse <corpus> --out <dir> writes passages, clusters, spans, shares and self-reuse", async () => {
  const io = capture();
  const out = mkdtempSync(join(tmpdir(), "xxgk-reuse-"));
  const code = await createReuseCommand(pingtanLoader, io)([resolve(RAW_DIR, "pingtan"), "--out", out]);
  assert.equal(code, 0, io.stderr.join(""));
  assert.deepEqual(readdirSync(out).sort(), [
    "clusters.csv",
    "passages.jsonl",
    "self-reuse.csv",
    "shares.csv",
    "spans.jsonl",
  ]);
  const passages = readFileSync(join(out, "passages.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.ok(passages.length > 10);
  const agency = new Map((await pingtanLoader(resolve(RAW_DIR, "pingtan"))).map((d) => [d.id, d.agency_id]));
  assert.ok(passages.some((p) => p.kind === "self"));
  for (const p of passages) {
    assert.equal(p.kind, agency.get(p.a) === agency.get(p.b) ? "self" : "shared", `${p.a} ~ ${p.b}`);
    assert.ok(typeof p.a_text === "string" && p.a_text.length >= 20);
  }
  // CSVs are written like every CSV of the project: UTF-8 BOM, CRLF, formulas neutralised
  const self = readFileSync(join(out, "self-reuse.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  assert.equal(self[0], "agency_id,year,id,previous,issues_chars,issues_reused,issues_share,report_share");
  assert.equal(self.length, 6);
  const shares = readFileSync(join(out, "shares.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n")[0]!;
  assert.ok(shares.startsWith("id,agency_id,year,chars,mandated,self,shared,own,boilerplate,overview_boilerplate"));
  assert.match(io.stderr.join(""), /5 reports, \d+ pairs compared/);
});

test("xxgk reuse writes CSV headers even when there are no rows", async () => {
  const io = capture();
  const out = mkdtempSync(join(tmpdir(), "xxgk-reuse-"));
  const lone = async (): Promise<SimilarityDoc[]> => [{ id: "only", agency_id: null, year: null, text: "一份报告。" }];
  assert.equal(await createReuseCommand(lone, io)(["x", "--out", out]), 0);
  assert.equal(
    readFileSync(join(out, "self-reuse.csv"), "utf8"),
    "\uFEFFagency_id,year,id,previous,issues_chars,issues_reused,issues_share,report_share\r\n",
  );
  assert.equal(readFileSync(join(out, "passages.jsonl"), "utf8"), "");
});

test("xxgk similar <report> --in <corpus> -k 2 lists the nearest reports with shared passages", async () => {
  const io = capture();
  const report = resolve(RAW_DIR, "pingtan", "0006.txt");
  const code = await createSimilarCommand(
    pingtanLoader,
    io,
  )([report, "--in", resolve(RAW_DIR, "pingtan"), "-k", "2", "--json"]);
  assert.equal(code, 0, io.stderr.join(""));
  const rows = io.stdout
    .join("")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(rows.length, 2);
  assert.equal(rows[0].id, "0002.txt");
  assert.ok(rows[0].cosine > rows[1].cosine && rows[0].passages > 5);
});

test("xxgk similar and reuse report bad arguments with exit code 2", async () => {
  const io = capture();
  assert.equal(await createSimilarCommand(pingtanLoader, io)([]), 2);
  assert.equal(await createSimilarCommand(pingtanLoader, io)(["x", "-k", "zero"]), 2);
  assert.equal(await createSimilarCommand(pingtanLoader, io)(["x", "--section", "intro"]), 2);
  assert.equal(await createReuseCommand(pingtanLoader, io)(["corpus"]), 2);
  assert.equal(await createReuseCommand(pingtanLoader, io)(["corpus", "--out", "o", "--bogus"]), 2);
  assert.match(io.stderr.join(""), /-k expects a positive whole number; found "zero"/);
  assert.match(io.stderr.join(""), /unknown option "--bogus"/);
});
