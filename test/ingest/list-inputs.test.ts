import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { InvalidInputError } from "../../src/errors.js";
import { listInputs } from "../../src/ingest/index.js";

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "xxgk-ingest-list-"));
  mkdirSync(join(dir, "b", "deep"), { recursive: true });
  mkdirSync(join(dir, "a"));
  mkdirSync(join(dir, ".git"));
  for (let i = 0; i < 2000; i++) writeFileSync(join(dir, "b", `r${String(i).padStart(4, "0")}.txt`), "报告");
  writeFileSync(join(dir, "b", "deep", "z.html"), "<p>报告</p>");
  writeFileSync(join(dir, "a", "report.pdf"), "%PDF-");
  writeFileSync(join(dir, "a", ".DS_Store"), "junk");
  writeFileSync(join(dir, "a", ".hidden.txt"), "x");
  writeFileSync(join(dir, ".git", "HEAD"), "ref");
  symlinkSync(join(dir, "missing.txt"), join(dir, "a", "broken.txt"));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

test("listInputs([dir]) expands recursively, sorted by path, thousands of files", async () => {
  const entries = await listInputs([dir]);
  const paths = entries.map((e) => e.path);
  assert.deepEqual(paths, [...paths].sort());
  const inputs = entries.filter((e) => e.error === null && e.skipReason === null);
  assert.equal(inputs.length, 2002);
  assert.ok(paths.includes(join(dir, "b", "deep", "z.html")));
  assert.equal(entries.find((e) => e.path.endsWith("r0000.txt"))?.bytes, 6);
});

test("listInputs lists unreadable entries with an error and junk with a reason, never drops them", async () => {
  const entries = await listInputs([dir, join(dir, "nope")]);
  const by = (suffix: string) => entries.find((e) => e.path.endsWith(suffix));
  assert.match(by("broken.txt")?.error ?? "", /broken symbolic link/);
  assert.match(by("nope")?.error ?? "", /ENOENT/);
  assert.equal(by(".DS_Store")?.skipReason, "operating-system junk file");
  assert.equal(by(".hidden.txt")?.skipReason, "hidden file");
  assert.equal(by(".git")?.skipReason, "hidden directory, not expanded");
});

test("listInputs([file]) keeps a file given directly, even a hidden one", async () => {
  const entries = await listInputs([join(dir, "a", "report.pdf")]);
  assert.deepEqual(entries, [{ path: join(dir, "a", "report.pdf"), bytes: 5, error: null, skipReason: null }]);
});

test("listInputs rejects a non-array argument", async () => {
  await assert.rejects(listInputs("dir" as unknown as string[]), InvalidInputError);
});
