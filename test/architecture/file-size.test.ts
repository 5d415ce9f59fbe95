// No file in src/ over 400 lines: the house rule, checked on the tree. There is no list of
// exceptions — a file that grows past the limit is split along what it does.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");
const MAX_LINES = 400;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Lines of a text: newline-terminated lines, and a last line without one. */
function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

test("lineCount counts lines with and without a final newline", () => {
  assert.equal(lineCount(""), 0);
  assert.equal(lineCount("a\n"), 1);
  assert.equal(lineCount("a\nb"), 2);
  assert.equal(lineCount(`${"x\n".repeat(MAX_LINES + 1)}`), MAX_LINES + 1);
});

test(`no file in src/ has more than ${MAX_LINES} lines`, () => {
  const over = files(SRC)
    .map((p) => ({ file: relative(ROOT, p), lines: lineCount(readFileSync(p, "utf8")) }))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `${f.file}: ${f.lines} lines`);
  assert.deepEqual(over, [], `split these files:\n${over.join("\n")}`);
});
