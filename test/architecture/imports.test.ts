// The shape of src/: the dependency-cruiser rules of `npm run lint` hold on the real tree, and each
// rule rejects the fixture made to break it (test/fixtures/architecture/), so a rule cannot be
// loosened to fit today's imports without a test failing. Plus what no import graph shows: every
// folder has an index.ts that says what it does, and only the cli prints.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");
const FIXTURES = join(ROOT, "test/fixtures/architecture");
const BIN = join(ROOT, "node_modules/.bin");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/**
 * Run dependency-cruiser with the project's configuration over `src` under `cwd`: the exit status
 * of the command `npm run lint` runs (its `err` report), and the names of the rules broken.
 */
function cruise(cwd: string): { status: number | null; rules: string[] } {
  const run = (type: string) =>
    spawnSync(join(BIN, "depcruise"), ["--config", ".dependency-cruiser.cjs", "--output-type", type, "src"], {
      cwd,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
  const json = JSON.parse(run("json").stdout) as { summary: { violations: { rule: { name: string } }[] } };
  const rules = [...new Set(json.summary.violations.map((v) => v.rule.name))].sort();
  return { status: run("err").status, rules };
}

/** A fixture tree in a temporary folder beside copies of the project's lint configuration. */
function fixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `xxgk-arch-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  for (const f of [".dependency-cruiser.cjs", "biome.json"]) cpSync(join(ROOT, f), join(dir, f));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", strict: true } }),
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  return dir;
}

test("the real src/ breaks no architecture rule (the rules `npm run lint` runs)", () => {
  const r = cruise(ROOT);
  assert.deepEqual(r.rules, []);
  assert.equal(r.status, 0);
});

const BROKEN: readonly [string, string][] = [
  ["cycle", "no-circular"],
  ["stage", "stage-sections"],
  ["index", "only-through-index"],
  ["fs", "no-fs-outside-edges"],
  ["paths", "no-paths-outside-edges"],
];

for (const [name, rule] of BROKEN) {
  test(`dependency-cruiser rejects test/fixtures/architecture/${name} with ${rule}`, () => {
    const dir = fixture(name);
    try {
      const r = cruise(dir);
      assert.deepEqual(r.rules, [rule]);
      assert.notEqual(r.status, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("dependency-cruiser accepts test/fixtures/architecture/clean, a stage importing one it consumes", () => {
  const dir = fixture("clean");
  try {
    const r = cruise(dir);
    assert.deepEqual(r.rules, []);
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("biome rejects test/fixtures/architecture/env: a stage that reads process.env", () => {
  const dir = fixture("env");
  try {
    const bad = spawnSync(join(BIN, "biome"), ["lint", "src"], { cwd: dir, encoding: "utf8" });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout + bad.stderr, /noProcessEnv/);
    // the same line in an edge folder is allowed
    cpSync(join(dir, "src/similarity"), join(dir, "src/job"), { recursive: true });
    rmSync(join(dir, "src/similarity"), { recursive: true });
    const edge = spawnSync(join(BIN, "biome"), ["lint", "src"], { cwd: dir, encoding: "utf8" });
    assert.equal(edge.status, 0, edge.stdout + edge.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("every folder under src/ has an index.ts whose header says what the folder does", () => {
  const folders = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      if (!statSync(p).isDirectory()) return [];
      return [p, ...folders(p)];
    });
  const bad = folders(SRC).filter((d) => {
    try {
      return !/^\/\*\*[\s\S]*?\*\//.test(readFileSync(join(d, "index.ts"), "utf8").trimStart());
    } catch {
      return true;
    }
  });
  assert.deepEqual(
    bad.map((d) => relative(ROOT, d)),
    [],
  );
});

test("no console output from library code (only the cli prints)", () => {
  const bad = files(SRC).filter(
    (f) => !relative(SRC, f).startsWith("cli/") && /\bconsole\.(log|error|warn|info)\(/.test(readFileSync(f, "utf8")),
  );
  assert.deepEqual(
    bad.map((f) => relative(SRC, f)),
    [],
  );
});
