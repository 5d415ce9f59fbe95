// Every notebook runs headless through Debian's nbconvert with the tslab kernel;
// a cell error (including a type error or a failed assertion in a cell) fails its test.
import assert from "node:assert/strict";
import { basename } from "node:path";
import { test } from "node:test";
import { executeNotebook, notebooks } from "../../scripts/jupyter.mjs";

const files = notebooks();

test("notebooks/ holds the numbered notebooks", () => {
  assert.ok(files.length >= 1, "expected at least one NN-topic.ipynb in notebooks/");
});

for (const file of files) {
  test(`notebook ${basename(file)} executes without a cell error`, { timeout: 15 * 60_000 }, () => {
    const r = executeNotebook(file);
    const tail = `${r.stdout ?? ""}\n${r.stderr ?? ""}`.split("\n").slice(-40).join("\n");
    assert.equal(r.status, 0, `nbconvert exited ${r.status} for ${basename(file)}:\n${tail}`);
  });
}
