import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { ingestFile } from "../../src/ingest/index.js";
import { segmentReport } from "../../src/sections/index.js";
import { parseTables } from "../../src/tables/index.js";

// Table 4 printed to PDF by LibreOffice in several producers' styles (make-review-pdfs.mjs):
// two-line headers, letter-spaced headers, headers stacked one character per line with a page
// break and page number inside the table, litigation groups stacked vertically, and the groups
// as rows (one of them broken over a page). The text is what pdfjs extracts, laid out by ingest.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/tables");
const STYLES = ["plain", "spaced", "stacked", "vgroup", "transposed", "transposed-break"];

for (const style of STYLES) {
  test(`parseTables(pdfjs text of table 4, ${style}) reads every cell as printed`, async () => {
    const doc = await ingestFile(join(FIXTURES, `review-${style}.pdf`));
    const truth = JSON.parse(readFileSync(join(FIXTURES, `review-${style}.truth.json`), "utf8")) as Record<
      string,
      number
    >;
    for (const sections of [null, segmentReport(doc.text).sections]) {
      const review = parseTables(doc.text, sections).tables.review;
      assert.equal(review.status, "complete", `${style}: ${review.diagnostics.map((d) => d.message).join("; ")}`);
      for (const [key, value] of Object.entries(truth)) {
        const cell = review.cells[key];
        assert.equal(cell?.value, value, `${style} ${key}`);
        assert.equal(cell?.status, "read", `${style} ${key}`);
        assert.equal(doc.text.slice(cell.span!.start, cell.span!.end), String(value), `${style} ${key}: span`);
      }
    }
  });
}

test("parseTables(table 4 with a header stacked one character per line, invented) reads the values under it", () => {
  const head = [
    "行\t行",
    "政\t政",
    "复\t诉",
    "议\t讼",
    "结结其尚总\t未",
    "果果他未计\t经",
    "维纠结审",
    "持正果结\t复",
    "议",
  ];
  const text = `五、政府信息公开行政复议、行政诉讼情况\n${head.join("\n")}\n- 7 -\n4 0 1 0 5 1 1 0 0 2 0 0 0 3 3\n六、存在的主要问题及改进情况\n`;
  const review = parseTables(text, null).tables.review;
  assert.equal(review.status, "complete");
  assert.deepEqual(
    Object.values(review.cells).map((c) => c.value),
    [4, 0, 1, 0, 5, 1, 1, 0, 0, 2, 0, 0, 0, 3, 3],
  );
});

test("parseTables(short lines whose characters do not spell the header in order) finds no table 4", () => {
  const text =
    "五、政府信息公开行政复议、行政诉讼情况\n议\n复\n政\n行\n持\n维\n果\n结\n4 0 1 0 5\n六、存在的主要问题及改进情况\n";
  assert.equal(parseTables(text, null).tables.review.status, "missing");
});
