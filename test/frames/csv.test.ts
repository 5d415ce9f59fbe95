import assert from "node:assert/strict";
import { test } from "node:test";
import { type Column, neutraliseFormula, toCSV } from "../../src/frames/index.js";

const cols: Column[] = [
  { name: "agency", type: "string", en: "", zh: "" },
  { name: "value", type: "double", en: "", zh: "" },
  { name: "ok", type: "boolean", en: "", zh: "" },
];

test("toCSV(rows) writes a UTF-8 BOM, quotes fields with commas, quotes and newlines", () => {
  const csv = toCSV([{ agency: '贺兰县,"立岗镇"\n', value: 3, ok: true }], cols);
  assert.ok(csv.startsWith("\uFEFFagency,value,ok\r\n"));
  assert.equal(csv.split("\r\n")[1], '"贺兰县,""立岗镇""\n",3,true');
});

test("toCSV(rows) writes null as an empty field, never 0", () => {
  const csv = toCSV([{ agency: null, value: null, ok: null }], cols, { bom: false });
  assert.equal(csv, "agency,value,ok\r\n,,\r\n");
});

test("toCSV(rows) neutralises text that would start a spreadsheet formula but keeps negative numbers", () => {
  const csv = toCSV([{ agency: "=HYPERLINK(1)", value: -2, ok: false }], cols, { bom: false });
  assert.equal(csv.split("\r\n")[1], "'=HYPERLINK(1),-2,false");
  for (const s of ["+1", "-1", "@SUM(A1)", "\tx"]) assert.equal(neutraliseFormula(s), `'${s}`);
  assert.equal(neutraliseFormula("贺兰县"), "贺兰县");
});
