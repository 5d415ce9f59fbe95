// `xxgk parse` through the real CLI (built dist/), on the bundled corpus and on bad inputs.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ParsedReport } from "../../src/types.js";
import { contractViolations } from "../hardening/contract.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(ROOT, "dist", "cli", "main.js");

function xxgk(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 << 20 });
}

function lines(stdout: string): ParsedReport[] {
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as ParsedReport);
}

test("xxgk parse data/raw/seeds data/raw/pingtan: one schema-valid object per file, in sorted input order", () => {
  const r = xxgk("parse", "data/raw/seeds", "data/raw/pingtan");
  assert.equal(r.status, 0, r.stderr);
  const out = lines(r.stdout);
  assert.equal(out.length, 10);
  assert.deepEqual(
    out.map((o) => o.source),
    [...out.map((o) => o.source)]
      .sort((a, b) => (a.split("/")[2]! < b.split("/")[2]! ? -1 : 1))
      .sort((a, b) => (a < b ? -1 : 1)),
  );
  for (const o of out) {
    assert.deepEqual(contractViolations(o, null), [], o.source);
    assert.notEqual(o.status, "error", o.source);
    assert.match(o.sha256 ?? "", /^[0-9a-f]{64}$/);
  }
});

test("xxgk parse: bad inputs are objects with diagnostics, the batch goes on, inputs in = objects out", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-bad-"));
  writeFileSync(join(dir, "a-empty.txt"), "");
  writeFileSync(join(dir, "b-binary.txt"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
  writeFileSync(
    join(dir, "c-truncated.html"),
    "<html><body><p>贺兰县立岗镇2022年政府信息公开工作年度报告</p><table><tr><td>规章",
  );
  writeFileSync(join(dir, "d-fake.pdf"), "%PDF-1.4\nnot really a pdf");
  symlinkSync(join(dir, "does-not-exist"), join(dir, "e-broken-link.txt"));
  mkdirSync(join(dir, "f-locked"));
  writeFileSync(join(dir, "f-locked", "x.txt"), "x");
  chmodSync(join(dir, "f-locked"), 0o000);
  const r = xxgk("parse", dir);
  assert.equal(r.status, 0, r.stderr);
  const out = lines(r.stdout);
  assert.ok(out.length >= 5, `expected every input, found ${out.length}`);
  for (const o of out) {
    assert.deepEqual(contractViolations(o, null), []);
    if (o.status !== "ok") assert.ok(o.diagnostics.length > 0, `${o.source} is ${o.status} without a diagnostic`);
  }
  assert.equal(out.find((o) => o.source.endsWith("a-empty.txt"))?.status, "error");
  assert.ok(out.some((o) => o.source.endsWith("e-broken-link.txt") && o.status === "error"));
  const strict = xxgk("parse", "--strict", dir);
  assert.equal(strict.status, 1);
});

test("xxgk parse with no inputs or an unknown option is a usage error (exit 2)", () => {
  assert.equal(xxgk("parse").status, 2);
  const r = xxgk("parse", "--frobnicate", "data/raw/seeds");
  assert.equal(r.status, 2);
  assert.match(r.stderr, /frobnicate/);
  assert.equal(xxgk("no-such-command").status, 2);
});
