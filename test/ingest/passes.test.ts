import assert from "node:assert/strict";
import { test } from "node:test";
import { INGEST_PASSES, type IngestPassContext, ingestText, mappedFromText } from "../../src/ingest/index.js";

/** Run one pass by name on `text` (as decoded source) and return the output text. */
function runPass(name: string, text: string, over: Partial<IngestPassContext> = {}): string {
  const entry = INGEST_PASSES.find(([n]) => n === name);
  assert.ok(entry, `no pass ${name}`);
  const ctx: IngestPassContext = {
    decoded: text,
    format: "txt",
    layoutEdits: [],
    pageStarts: [],
    traditional: false,
    notes: { title: null, publishedHint: null, diagnostics: [] },
    ...over,
  };
  return entry[1](mappedFromText(text), ctx).text;
}

test("INGEST_PASSES run in numbered order", () => {
  assert.deepEqual(
    INGEST_PASSES.map(([n]) => n),
    [
      "layout",
      "invisible",
      "markup",
      "width",
      "radicals",
      "pinyin",
      "script",
      "markdown",
      "chrome",
      "broken-words",
      "spaces",
    ],
  );
});

const rows: ReadonlyArray<readonly [pass: string, input: string, expected: string]> = [
  ["invisible", "政\u200B府\uFEFF信息\u00A0公开\u3000年报\r\n下一行\r末行", "政府信息 公开 年报\n下一行\n末行"],
  ["invisible", "\u00AD软\u2060连字", "软连字"],
  ["markup", "公开&nbsp;年报 &amp; 指南&#12290;&#x4E00;&ldquo;是&rdquo;", "公开 年报 & 指南。一“是”"],
  ["markup", '<legend id="h4sia"></legend>浙江省<p>报告</p>', "浙江省报告"],
  ["markup", "(1)通过网站公开;\n?。?/span>2)通过公开栏进行公开;", "(1)通过网站公开;\n2)通过公开栏进行公开;"],
  [
    "markup",
    "印发<中华人民共和国政府信息公开工作年度报告格式>的通知",
    "印发<中华人民共和国政府信息公开工作年度报告格式>的通知",
  ],
  ["markup", "&unknown; 与 &copy 不动", "&unknown; 与 &copy 不动"],
  ["width", "２０２２年（一）ＡＢＣ，：；！？％", "2022年(一)ABC,:;!?%"],
  ["radicals", "⼈⺠政府⼯作⻓期⻔户", "人民政府工作长期门户"],
  [
    "pinyin",
    "根據(jù)《條例》要求(以下簡稱)網(wǎng)站(m.example.com)",
    "根據《條例》要求(以下簡稱)網站(m.example.com)",
  ],
  [
    "markdown",
    "## 一、总体情况\n\n**(一)主动公开情况。**正文[链接](http://x.cn)\n---\n|a|b|\n|---|---|\n",
    "一、总体情况\n\n(一)主动公开情况。正文链接\n|a|b|\n",
  ],
  ["markdown", "普通文本 2*3*4 不是强调", "普通文本 2*3*4 不是强调"],
  ["spaces", "  一、总体情况  \n\t0\t0\t\n   ", "一、总体情况\n\t0\t0\t\n"],
];

for (const [pass, input, expected] of rows) {
  test(`pass ${pass}: ${JSON.stringify(input).slice(0, 40)}`, () => {
    assert.equal(runPass(pass, input), expected);
  });
}

test("pass script converts only when the document is traditional", () => {
  assert.equal(runPass("script", "政府資訊公開\n報告", { traditional: true }), "政府资讯公开\n报告");
  assert.equal(runPass("script", "政府資訊公開", { traditional: false }), "政府資訊公開");
});

test("pass layout applies extractor edits (PDF furniture, soft wraps)", () => {
  const text = "第1页\n正文第一行\n接续\n";
  const out = runPass("layout", text, {
    layoutEdits: [
      { start: 0, end: 4, insert: "", reason: "pdf page number" },
      { start: 9, end: 10, insert: "", reason: "pdf soft wrap" },
    ],
  });
  assert.equal(out, "正文第一行接续\n");
});

const chromeRows: ReadonlyArray<readonly [input: string, expected: string]> = [
  ["★全国文明县城  ★国家卫生城市\n\n某镇2022年政府信息公开工作年度报告\n", "\n某镇2022年政府信息公开工作年度报告\n"],
  ["发布时间:2023-01-30 保护视力色:    字体颜色: 【 绿恢复默认\n正文。\n", "正文。\n"],
  ["正文。\n\n扫一扫在手机打开当前页\n附件下载", "正文。\n\n"],
  ["当前位置: 首页>政府信息公开>年报\n一、总体情况\n", "一、总体情况\n"],
  ["2021-02-07 18:07     来源:广西壮族自治区人民政府办公厅\n正文。\n", "正文。\n"],
  ["首页 > 政务公开 > 政府信息公开年报\n正文。\n", "正文。\n"],
  ["天津市某区人民政府\n2019年12月3日星期二\n正文。\n", "天津市某区人民政府\n正文。\n"],
  [
    "索引号 | 000014349/2015-00339 | 文 号 | |\n发布机构 | 办公厅 | 发布日期 | 2015-03-30 17:35:00 |\n一、概述\n",
    "一、概述\n",
  ],
  [
    "• 网站首页\n• 政府信息公开\n•\n页面\n配色\n辅助线\n重置\n智能问答 | 无障碍浏览 | ENGLISH\n1.\n某县2022年政府信息公开工作年度报告\n",
    "某县2022年政府信息公开工作年度报告\n",
  ],
  // Below the first section heading a single label with a colon is content, a dated bar is not.
  ["一、总体情况\n信息来源:本机关门户网站\n发布时间:2023-01-30 来源:本站\n", "一、总体情况\n信息来源:本机关门户网站\n"],
  // Below the first section heading, a row of labels is the report's own table.
  [
    "一、总体情况\n文件名称 | 文号 | 发布日期 |\n某办法 | 某发〔2022〕1号 | 2022-03-01 |\n",
    "一、总体情况\n文件名称 | 文号 | 发布日期 |\n某办法 | 某发〔2022〕1号 | 2022-03-01 |\n",
  ],
  // Pipe table rows of the report itself (after the title) are never navigation.
  [
    "某县2022年政府信息公开工作年度报告\n信息内容 |\n|\n|\n规章 |\n",
    "某县2022年政府信息公开工作年度报告\n信息内容 |\n|\n|\n规章 |\n",
  ],
  // A sentence mentioning 来源 is content, and a signature date without a time stays.
  ["资金来源:财政拨款,共计5万元。\n2024年1月15日\n", "资金来源:财政拨款,共计5万元。\n2024年1月15日\n"],
];

for (const [input, expected] of chromeRows) {
  test(`pass chrome: ${JSON.stringify(input).slice(0, 40)}`, () => {
    assert.equal(runPass("chrome", input), expected);
  });
}

test("pass chrome removes a crawler header block and keeps its title and date", () => {
  const input =
    "标题: 某区2022年度政府信息公开工作年度报告\n发布时间: 2023-02-20 15:07\n文号: \n原文链接: https://x.gov.cn/a.htm\n==================== 正文 ====================\n本报告根据条例编制。\n";
  const doc = ingestText(input);
  assert.equal(doc.text, "本报告根据条例编制。\n");
  assert.equal(doc.title, "某区2022年度政府信息公开工作年度报告");
  assert.equal(doc.publishedHint, "2023-02-20");
  assert.equal(doc.removed[0]?.reason, "crawler header");
});

const brokenRows: ReadonlyArray<readonly [input: string, expected: string]> = [
  [
    "实现“多层次、多渠道、多角度、全方位”发布政务公开内容, 确保群众知情权、参与权、监\n\n督权。\n",
    "实现“多层次、多渠道、多角度、全方位”发布政务公开内容, 确保群众知情权、参与权、监督权。\n",
  ],
  // One table cell per line with blank lines between: never joined.
  [
    "信息内容\n\n本年制发件数\n\n本年废止件数\n\n规章\n\n0\n",
    "信息内容\n\n本年制发件数\n\n本年废止件数\n\n规章\n\n0\n",
  ],
  // A heading after an unfinished paragraph is not joined.
  [
    "我镇在信息公开平台建设上严格按照县政府的要求,多层次展开政务信息公开建设,不断向云上内乡等信息平台上传动态\n二、主动公开政府信息情况\n",
    "我镇在信息公开平台建设上严格按照县政府的要求,多层次展开政务信息公开建设,不断向云上内乡等信息平台上传动态\n二、主动公开政府信息情况\n",
  ],
];

for (const [input, expected] of brokenRows) {
  test(`pass broken-words: ${JSON.stringify(input).slice(0, 30)}`, () => {
    assert.equal(runPass("broken-words", input), expected);
  });
}

test("ingestText(text) runs the whole chain: traditional, pinyin, width, chrome together", () => {
  const doc = ingestText("發布時間:2019-03-28 18:26  來源:某網站\n根據(jù)《條例》,現公布本年度報告。\n");
  assert.equal(doc.script, "traditional");
  assert.equal(doc.text, "根据《条例》,现公布本年度报告。\n");
  assert.equal(doc.publishedHint, "2019-03-28");
  assert.ok(doc.diagnostics.some((d) => d.code === "ingest.pinyin_removed"));
});

test("pass chrome reads the title and date of a CMS metadata table", () => {
  const doc = ingestText(
    "标 题 | 西藏自治区2014年政府信息公开工作年度报告 | ||\n发布机构 | 办公厅 | 发布日期 | 2015-03-30 17:35:00 |\n一、概述\n",
  );
  assert.equal(doc.text, "一、概述\n");
  assert.equal(doc.title, "西藏自治区2014年政府信息公开工作年度报告");
  assert.equal(doc.publishedHint, "2015-03-30");
});
