import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError, InvalidOptionError } from "../../src/errors.js";
import { parseTables, splitTableDigits as splitDigits } from "../../src/tables/index.js";
import type { Fact } from "../../src/types.js";

const T2 = [
  "第二十条第（一）项",
  "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
  "规章\t{r1}\t{r2}\t{r3}",
  "行政规范性文件\t3\t1\t25",
  "第二十条第（五）项",
  "信息内容\t本年处理决定数量",
  "行政许可\t{lic}",
  "第二十条第（六）项",
  "信息内容\t本年处理决定数量",
  "行政处罚\t{pen}",
  "行政强制\t0",
  "第二十条第（八）项",
  "信息内容\t本年收费金额（单位：万元，保留4位小数）",
  "行政事业性收费\t{fee}",
].join("\n");

function table2(v: Record<string, string>): string {
  return T2.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "0");
}

test("parseTables(text) reads the printed value forms: 0, ０, 0.0000, decimals, annotations, blank markers", () => {
  const text = table2({ r1: "—", r2: "/", r3: "无", lic: "０", pen: "8件(撤销1件、警告7件)", fee: "5949.088667" });
  const { tables } = parseTables(text, null);
  const c = tables.proactive.cells;
  for (const k of ["rules.issued", "rules.repealed", "rules.in_force"]) {
    assert.equal(c[k]?.value, null, k);
    assert.equal(c[k]?.status, "blank", k);
  }
  assert.equal(c["rules.issued"]?.raw, "—");
  assert.equal(c["licensing.decisions"]?.value, 0);
  assert.equal(c["licensing.decisions"]?.raw, "０");
  assert.equal(c["penalty.decisions"]?.value, 8);
  assert.equal(c["penalty.decisions"]?.annotation, "(撤销1件、警告7件)");
  assert.equal(c["fees.amount"]?.value, 5949.088667);
  assert.equal(c["normative.in_force"]?.value, 25);
  assert.equal(tables.proactive.status, "partial");
  assert.equal(tables.proactive.template, "2021");
});

test("parseTables(text) keeps every value's source span", () => {
  const text = table2({ lic: "42", fee: "0.0000" });
  const { tables } = parseTables(text, null);
  for (const [key, cell] of Object.entries(tables.proactive.cells)) {
    assert.ok(cell.span, key);
    assert.equal(text.slice(cell.span.start, cell.span.end), cell.raw, key);
  }
  assert.equal(tables.proactive.cells["fees.amount"]?.value, 0);
});

test("parseTables(text) does not read the digit in a column header (保留4位小数) as a value", () => {
  const { tables } = parseTables(table2({ pen: "3" }), null);
  assert.equal(tables.proactive.cells["coercion.decisions"]?.value, 0);
  assert.equal(tables.proactive.cells["fees.amount"]?.value, 0);
});

test("parseTables(text) splits a flattened digit run only when the structure decides, and uses prose facts to break ties", () => {
  const text =
    "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件8855698第二十条第（五）项";
  const plain = parseTables(text, null).tables.proactive.cells;
  assert.equal(plain["rules.issued"]?.value, 0);
  assert.equal(plain["rules.issued"]?.status, "read");
  assert.equal(plain["normative.issued"]?.status, "ambiguous");
  assert.ok(plain["normative.issued"]?.candidates?.includes(88));
  const fact = (subject: string, value: number): Fact => ({
    subject,
    value,
    unit: "件",
    text: "",
    span: { start: 0, end: 0 },
  });
  const withFacts = parseTables(text, null, { facts: [fact("normative.issued", 88), fact("normative.in_force", 698)] })
    .tables.proactive.cells;
  assert.equal(withFacts["normative.issued"]?.value, 88);
  assert.equal(withFacts["normative.repealed"]?.value, 55);
  assert.equal(withFacts["normative.in_force"]?.value, 698);
  assert.equal(withFacts["normative.repealed"]?.status, "inferred");
  assert.ok(withFacts["normative.repealed"]?.rules?.includes("facts.normative.issued"));
});

test("splitDigits(digits, k) enumerates splits without leading zeros", () => {
  assert.deepEqual(splitDigits("0000", 4, 100), [["0", "0", "0", "0"]]);
  assert.deepEqual(splitDigits("0000", 3, 100), []);
  assert.deepEqual(
    splitDigits("1203", 2, 100).map((p) => p.join("|")),
    ["1|203", "120|3"],
  );
  assert.equal(splitDigits("123456789", 3, 5).length, 5);
});

const REQUEST_ROWS = [
  "一、本年新收政府信息公开申请数量",
  "二、上年结转政府信息公开申请数量",
  "三、本年度办理结果\t(一)予以公开",
  "(二)部分公开（区分处理的，只计这一情形，不计其他情形）",
  "(三)不予公开\t1.属于国家秘密",
  "2.其他法律行政法规禁止公开",
  "3.危及“三安全一稳定”",
  "4.保护第三方合法权益",
  "5.属于三类内部事务信息",
  "6.属于四类过程性信息",
  "7.属于行政执法案卷",
  "8.属于行政查询事项",
  "(四)无法提供\t1.本机关不掌握相关政府信息",
  "2.没有现成信息需要另行制作",
  "3.补正后申请内容仍不明确",
  "(五)不予处理\t1.信访举报投诉类申请",
  "2.重复申请",
  "3.要求提供公开出版物",
  "4.无正当理由大量反复申请",
  "5.要求行政机关确认或重新出具已获取信息",
  "(六)其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  "3.其他",
  "(七)总计",
  "四、结转下年度继续办理",
];

function requests(values: (string | null)[][]): string {
  const rows = REQUEST_ROWS.map((label, i) => [label, ...(values[i] ?? [])].join("\t"));
  return ["三、收到和处理政府信息公开申请情况", "申请人情况", ...rows, "四、政府信息公开行政复议、行政诉讼情况"].join(
    "\n",
  );
}

const zeros = () => ["0", "0", "0", "0", "0", "0", "0"];

test("parseTables(text) fills a cell the layout lost when the identities determine it, and marks it inferred", () => {
  const values = REQUEST_ROWS.map(zeros);
  values[0] = ["5", "1", "0", "0", "0", "0", "6"];
  values[2] = ["5", "1", "0", "0", "0", "0", "6"];
  values[23] = ["5", "1", "0", "0", "0", "0", "6"];
  values[2] = ["5", "0", "0", "0", "0", "6"]; // granted lost its commercial cell
  const { tables } = parseTables(requests(values), null);
  const c = tables.requests.cells;
  assert.equal(c["granted.commercial"]?.value, 1);
  assert.equal(c["granted.commercial"]?.status, "inferred");
  assert.ok((c["granted.commercial"]?.rules ?? []).length > 0);
  assert.equal(c["granted.natural_person"]?.value, 5);
  assert.equal(tables.requests.status, "complete");
});

test("parseTables(text) reads a single value per request row as the row total (total_only); a total of 0 determines the row", () => {
  const values = REQUEST_ROWS.map(() => ["0"]);
  values[0] = ["3"];
  values[2] = ["3"];
  values[23] = ["3"];
  const { tables } = parseTables(requests(values), null);
  const c = tables.requests.cells;
  assert.equal(tables.requests.status, "total_only");
  assert.equal(c["new.total"]?.value, 3);
  assert.equal(c["new.total"]?.status, "read");
  assert.equal(c["new.natural_person"]?.value, null);
  assert.equal(c["carried_over.natural_person"]?.value, 0);
  assert.equal(c["carried_over.natural_person"]?.status, "inferred");
});

test("parseTables(text) keeps an agency's arithmetic error as printed", () => {
  const values = REQUEST_ROWS.map(zeros);
  values[0] = ["2", "0", "0", "0", "0", "0", "3"];
  const { tables } = parseTables(requests(values), null);
  assert.equal(tables.requests.cells["new.total"]?.value, 3);
  assert.equal(tables.requests.cells["new.total"]?.status, "read");
});

test("parseTables(text) reports a missing row as missing, never as 0", () => {
  const values = REQUEST_ROWS.map(zeros);
  values[1] = ["1", "0", "0", "0", "0", "0", "1"];
  const text = requests(values).replace("二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n", "");
  const { tables, diagnostics } = parseTables(text, null);
  const cell = tables.requests.cells["carried_over.natural_person"];
  assert.notEqual(cell?.status, "read");
  assert.ok(diagnostics.some((d) => d.code === "tables.row_missing" && d.message.includes("carried_over")));
});

test("parseTables(text, sections, {template: 'legacy'}) gives not_applicable tables", () => {
  const { tables, diagnostics } = parseTables(table2({}), null, { template: "legacy" });
  assert.equal(tables.proactive.status, "not_applicable");
  assert.equal(tables.review.status, "not_applicable");
  assert.deepEqual(diagnostics, []);
});

test("parseTables(bad input) throws typed errors that say what was expected", () => {
  assert.throws(() => parseTables(42 as unknown as string, null), InvalidInputError);
  assert.throws(
    () => parseTables("", null, { template: "2020" as never }),
    /expected one of 2021, 2019, legacy, unknown/,
  );
  assert.throws(() => parseTables("", null, { template: "2020" as never }), InvalidOptionError);
});

test("parseTables(text) is deterministic and pure", () => {
  const text = requests(REQUEST_ROWS.map(zeros));
  assert.deepEqual(parseTables(text, null), parseTables(text, null));
});

test("parseTables(text) never drops a printed value silently: values under a group label are reported", () => {
  const values = REQUEST_ROWS.map(zeros);
  const text = requests(values).replace("(三)不予公开\t1.属于国家秘密", "(三)不予公开\t9\t1.属于国家秘密");
  const { diagnostics } = parseTables(text, null);
  assert.ok(diagnostics.some((d) => d.code === "tables.stray_values" && d.message.includes("9")));
});

test("parseTables(text) takes no value from a note printed below a table", () => {
  const text = `${table2({ fee: "" }).replace("行政事业性收费\t", "行政事业性收费")}\n注：本年度共清理规范性文件12件。\n三、收到和处理政府信息公开申请情况`;
  const { tables } = parseTables(text, null);
  assert.equal(tables.proactive.cells["fees.amount"]?.value, null);
  assert.equal(tables.proactive.cells["fees.amount"]?.status, "blank");
});

test("parseTables(text) says a printed cell it cannot read is unreadable and infers nothing for it", () => {
  const values = REQUEST_ROWS.map(zeros);
  values[0] = ["4", "不详", "0", "0", "0", "0", "4"];
  const { tables, diagnostics } = parseTables(requests(values), null);
  const cell = tables.requests.cells["new.commercial"];
  assert.equal(cell?.status, "unreadable");
  assert.equal(cell?.value, null);
  assert.equal(cell?.raw, "不详");
  assert.equal(tables.requests.cells["new.research"]?.value, 0);
  assert.ok(diagnostics.some((d) => d.code === "tables.unreadable"));
});

test("parseTables(text) is not misled by prose that quotes the tables' own words and figures", async () => {
  const { randomTruth, renderReport } = await import("./render.js");
  for (const layout of ["tab", "cell-per-line", "flattened"] as const) {
    const rendered = renderReport(randomTruth(77), layout, 77);
    const prose =
      "依照《条例》第二十条第（一）项规定公开规章3件。本年新收政府信息公开申请12件，上年结转政府信息公开申请2件，行政复议结果维持1件。";
    const text = rendered.text.replace("一、总体情况", `一、总体情况\n${prose}`);
    const { tables } = parseTables(text, null);
    for (const table of ["proactive", "requests", "review"] as const) {
      for (const [key, want] of Object.entries(rendered.truth[table])) {
        const got = tables[table].cells[key];
        if (layout === "flattened" && got?.status === "ambiguous") continue;
        assert.equal(got?.value, want, `${layout} ${table}.${key}`);
      }
    }
  }
});

test("parseTables(text) reads table 4 printed with the three groups as rows", () => {
  const text = [
    "四、政府信息公开行政复议、行政诉讼情况",
    "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
    "行政复议\t1\t0\t0\t1\t2",
    "行政诉讼\t未经复议直接起诉\t0\t2\t0\t0\t2",
    "\t复议后起诉\t0\t0\t1\t0\t1",
    "五、存在的主要问题及改进情况",
  ].join("\n");
  const { tables } = parseTables(text, null);
  const c = tables.review.cells;
  assert.equal(c["reconsideration.upheld"]?.value, 1);
  assert.equal(c["reconsideration.total"]?.value, 2);
  assert.equal(c["litigation_direct.corrected"]?.value, 2);
  assert.equal(c["litigation_after.other"]?.value, 1);
  assert.equal(c["litigation_after.total"]?.value, 1);
  assert.equal(tables.review.status, "complete");
});
