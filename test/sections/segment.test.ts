/**
 * segmentReport on each heading deviation the spec lists, built from real lines of
 * the corpus (the file each line comes from is named in the test).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { InvalidInputError } from "../../src/errors.js";
import { segmentReport } from "../../src/sections/index.js";
import { SECTION_KEYS, type Section, type SectionKey, type Sections } from "../../src/types.js";

/** The body of a section with whitespace trimmed. */
function body(text: string, sections: Sections, key: SectionKey): string | null {
  const s = sections[key];
  return s === null ? null : text.slice(s.heading.end, s.end).trim();
}

function titles(sections: Sections): Array<string | null> {
  return SECTION_KEYS.map((k) => sections[k]?.title ?? null);
}

// Real lines (seed 002) around its restarted numbering, and the real 2021-format headings.
const SEED_002 = [
  "岢曲镇人民政府 2023 年政府信息公开工作年度报告",
  "告",
  "一、总体情况",
  "我镇高度重视政府信息公开工作，将做好政府信息公开工作列入全年重点工作。",
  "一、依申请公开办理情况",
  "我镇高度重视信息公开情况，加强领导信息重视，扎实开展政府信息工作。",
  "二、政府信息资源规范化、标准化管理情况。",
  "根据《中华人民共和国政府信息公开条例》为了保障公民、法人和其他组织依法获取政府信息。",
  "三、政府信息公开平台建设情况",
  "我镇在信息公开平台建设上严格按照县政府的要求。",
  "四、政府信息公开监督保障及教育培训情况。",
  "根据 2023 年来我镇公布监督电话起，截止目前没有收到反映电话。",
  "二、主动公开政府信息情况",
  "第二十条第（一）项\t\t\t",
  "三、收到和处理政府信息公开申请情况",
  "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
  "三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t",
  "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t",
  "四、政府信息公开行政复议、行政诉讼情况",
  "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
  "五、存在的主要问题及改进情况",
  "在今年的政府信息公开工作中，我们按照县政府统一部署，作了大量扎实有效的基础工作。",
  "六、其他需要报告的事项",
  "无",
].join("\n\n");

test("segmentReport: numbering restarted inside 总体情况 (seed 002) stays in overview", () => {
  const { sections } = segmentReport(SEED_002);
  assert.equal(sections.overview?.title, "一、总体情况");
  assert.match(body(SEED_002, sections, "overview") ?? "", /一、依申请公开办理情况[\s\S]*四、政府信息公开监督保障/);
  assert.equal(sections.requests?.title, "三、收到和处理政府信息公开申请情况");
  assert.equal(sections.proactive?.title, "二、主动公开政府信息情况");
});

test("segmentReport: table row labels that look like headings are not headings (seed 000, 002)", () => {
  const seed000 = [
    "三、收到和处理政府信息公开申请情况",
    "一、本年新收政府信息公开申请数量",
    "0",
    "三、本年度办理结果",
    "(一)予以公开",
    "0",
    "四、结转下年度继续办理",
    "0",
    "四、政府信息公开行政复议、行政诉讼情况",
    "      行政复议",
    "0",
  ].join("\n\n");
  const { sections } = segmentReport(seed000);
  assert.equal(sections.requests?.title, "三、收到和处理政府信息公开申请情况");
  assert.match(body(seed000, sections, "requests") ?? "", /四、结转下年度继续办理\s+0$/);
  assert.equal(sections.review?.title, "四、政府信息公开行政复议、行政诉讼情况");
  const r002 = segmentReport(SEED_002).sections;
  assert.match(body(SEED_002, r002, "requests") ?? "", /^第?[\s\S]*四、结转下年度继续办理/);
});

// Seed 004, traditional characters, empty bodies and 五/六 content swapped.
const SEED_004 = [
  "一、總體情況",
  "(一)基本情況",
  "2023年以來,在區委、區政府的正確領導和精心指導下,我鎮信息公開工作堅持“以人為本”。",
  "(二)主動公開政府信息情況",
  "(三)政府信息依申請公開的情況",
  "2023年度我鎮有0宗群眾提出信息公開的申請。",
  "(四)政府信息公開收費及減免情況",
  "(五)因政府信息公開申請行政復議、提起行政訴訟的情況",
  "2023年度,我鎮發生0起政府信息公開事務的行政訴訟案件。",
  "二、主動公開政府信息情況",
  "三、收到和處理政府信息公開申請情況",
  "四、政府信息公開行政復議、行政訴訟情況",
  "五、存在的主要問題及改進情況",
  "2023年,我鎮認真貫徹落實《條例》精神,在政府信息公開工作方面取得了一定的成績,但仍存在不足。",
  "六、其他需要報告的事項",
  "在2024年的工作中,我鎮將繼續根據區委、區政府的統一安排部署,做好政府信息公開工作。",
  "清城區源潭鎮人民政府",
  "2024年1月17日",
].join("\n");

test("segmentReport: traditional headings are found on the traditional text itself (seed 004)", () => {
  const { sections } = segmentReport(SEED_004);
  assert.deepEqual(titles(sections), [
    "一、總體情況",
    "二、主動公開政府信息情況",
    "三、收到和處理政府信息公開申請情況",
    "四、政府信息公開行政復議、行政訴訟情況",
    "五、存在的主要問題及改進情況",
    "六、其他需要報告的事項",
  ]);
});

test("segmentReport: sub-headings (二)…(五) inside 总体情况 are not sections (seed 004)", () => {
  const { sections } = segmentReport(SEED_004);
  assert.match(body(SEED_004, sections, "overview") ?? "", /\(五\)因政府信息公開申請行政復議/);
});

test("segmentReport: headings with empty bodies give empty sections and a diagnostic (seed 004)", () => {
  const { sections, diagnostics } = segmentReport(SEED_004);
  for (const key of ["proactive", "requests", "review"] as const) {
    assert.equal(body(SEED_004, sections, key), "");
    assert.ok(diagnostics.some((d) => d.code === "section.empty" && d.message.includes(key)));
  }
});

test("segmentReport: 五/六 content swapped: sections follow their headings; signature and date are not in `other` (seed 004)", () => {
  const { sections } = segmentReport(SEED_004);
  assert.match(body(SEED_004, sections, "other") ?? "", /^在2024年的工作中[\s\S]*做好政府信息公開工作。$/);
  assert.match(body(SEED_004, sections, "issues") ?? "", /但仍存在不足。$/);
});

test("segmentReport: Markdown-marked headings (seed 001)", () => {
  const text = [
    "## 舞钢市尚店镇人民政府2021年政府信息公开工作年度报告",
    "## 一、总体情况",
    "2021年，尚店镇政务公开工作在舞钢市人民政府的正确领导下，取得成效。",
    "**（一）主动公开情况。**2021年，我镇严格按照《中华人民共和国政府信息公开条例》规定。",
    "## 二、主动公开政府信息情况",
    "第二十条第（一）项\t\t\t",
    "## 三、收到和处理政府信息公开申请情况",
    "#### 四、政府信息公开行政复议、行政诉讼情况",
    "#### 五、存在的主要问题及改进情况",
    "##### (一) 存在问题",
    "我镇公开工作与公众的需求还存在差距。",
    "#### 六、其他需要报告的事项",
    "无",
  ].join("\n\n");
  const { sections } = segmentReport(text);
  assert.equal(sections.overview?.title, "一、总体情况");
  assert.equal(sections.overview?.start, text.indexOf("## 一、总体情况"));
  assert.equal(sections.review?.title, "四、政府信息公开行政复议、行政诉讼情况");
  assert.equal(body(text, sections, "other"), "无");
  assert.match(body(text, sections, "issues") ?? "", /^##### \(一\) 存在问题/);
});

test("segmentReport: a heading inside a tab-separated or pipe line (seed 003 layout)", () => {
  const text = [
    "三、收到和处理政府信息公开申请情况",
    "四、结转下年度继续办理 |",
    "0 |",
    "\t四、政府信息公开行政复议、行政诉讼情况\t\t",
    "行政复议 |",
    "| 五、存在的主要问题及改进情况 |",
    "2023年,我局政府信息公开工作虽然取得了一定成绩,但仍存在一些不足。",
  ].join("\n");
  const { sections } = segmentReport(text);
  assert.equal(sections.review?.title, "四、政府信息公开行政复议、行政诉讼情况");
  assert.equal(sections.issues?.title, "五、存在的主要问题及改进情况");
  assert.match(body(text, sections, "requests") ?? "", /结转下年度继续办理 \|\n0 \|$/);
});

test("segmentReport: headings inside one long line, heading and body sharing the line (pingtan 0009)", () => {
  const text =
    "对本报告如有疑问，请与平潭综合实验区管委会办公室保密与电子政务处联系（电话：0591-23165385）。 一、总体情况 2022年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导。 二、主动公开政府信息情况第二十条第（一）项 信息内容 本年制发件数 行政事业性收费9116.36 三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） （七）总计 723000075四、结转下年度继续办理 0000000 四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 0 1 0 0 0 0 0 五、存在的主要问题及改进情况 2022年，平潭综合实验区政府信息公开工作取得一定成效。 六、其他需要报告的事项 2022年，无收取信息处理费情况。";
  const { sections } = segmentReport(text);
  assert.deepEqual(titles(sections), [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政法复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
  ]);
  assert.equal(body(text, sections, "other"), "2022年，无收取信息处理费情况。");
  assert.match(body(text, sections, "requests") ?? "", /四、结转下年度继续办理 0000000$/);
});

test("segmentReport: a heading right after a number in a one-line body (pingtan 0014: …432.52元三、…)", () => {
  const text =
    "一、总体情况2019年，我区认真贯彻落实新修订的《条例》。二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量13575394432.52元三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  const { sections } = segmentReport(text);
  assert.equal(sections.requests?.title, "三、收到和处理政府信息公开申请情况");
  assert.match(body(text, sections, "proactive") ?? "", /432\.52元$/);
});

test("segmentReport: reworded headings (pingtan 0016, openings 018/031 tables of contents)", () => {
  const cases: Array<[string, SectionKey]> = [
    ["五、存在的主要问题和改进措施", "issues"],
    ["五、存在问题及改进措施", "issues"],
    ["五、存在的问题及整改措施", "issues"],
    ["五、政府信息公开工作存在的主要问题及改进情况", "issues"],
    ["六、其他需报告的事项", "other"],
    ["六、其它需要报告的事项", "other"],
    ["四、因政府信息公开申请行政复议、提起行政诉讼的情况", "review"],
    ["四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", "review"],
    ["四、政府信息公开行政复议和行政诉讼情况", "review"],
    ["三、政府信息依申请公开工作情况", "requests"],
    ["二、政府信息主动公开情况", "proactive"],
    ["二、主动公开政府信息", "proactive"],
    ["三、政府信息公开申请办理情况", "requests"],
    ["四、政府信息公开行政复议、诉讼情况", "review"],
    ["五、存在问题与改进", "issues"],
    ["六、其他", "other"],
    ["六、需要说明的事项", "other"],
    ["六、其他需要说明的事项", "other"],
  ];
  for (const [heading, key] of cases) {
    const text = `一、总体情况\n2022年，我局认真落实《条例》。\n${heading}\n本年度情况如下。`;
    const { sections } = segmentReport(text);
    assert.equal(sections[key]?.title, heading, heading);
    assert.equal(body(text, sections, key), "本年度情况如下。", heading);
  }
});

test("segmentReport: heading numbering styles 一、 一. （一） 1. and none", () => {
  const variants: Array<[string, string]> = [
    ["一、", "二、"],
    ["一.", "二."],
    ["（一）", "（二）"],
    ["1.", "2."],
    ["", ""],
  ];
  for (const [a, b] of variants) {
    const text = `${a}总体情况\n2022年,北京市东城区以习近平新时代中国特色社会主义思想为指导。\n${b}主动公开政府信息情况\n第二十条第(一)项`;
    const { sections } = segmentReport(text);
    assert.equal(sections.overview?.title, `${a}总体情况`, `style ${a || "none"}`);
    assert.equal(sections.proactive?.title, `${b}主动公开政府信息情况`, `style ${b || "none"}`);
  }
});

test("segmentReport: an unnumbered heading phrase inside a sentence is not a heading (pingtan 0014 preamble)", () => {
  const text =
    "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六个部分。\n一、总体情况\n2019年，我区认真贯彻落实新修订的《条例》。";
  const { sections } = segmentReport(text);
  assert.equal(sections.overview?.title, "一、总体情况");
  for (const key of ["proactive", "requests", "review", "issues", "other"] as const) assert.equal(sections[key], null);
});

test("segmentReport: a numbered table of contents in the preamble loses to the real headings", () => {
  const heads = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"];
  const text = `本报告包括：\n${heads.join("\n")}\n${heads.map((h) => `${h}\n本节正文。`).join("\n")}`;
  const { sections } = segmentReport(text);
  assert.equal(sections.overview?.start, text.lastIndexOf("一、总体情况"));
  assert.equal(body(text, sections, "overview"), "本节正文。");
});

test("segmentReport: legacy headings map to the closest keys with a diagnostic (pingtan 0002, 0016)", () => {
  const text =
    "本报告由概述、主动公开政府信息情况、政府信息依申请公开工作情况、政府信息公开工作存在的主要问题及改进情况、政府信息公开情况统计表共五个部分组成。 一、 概述 推进政府信息公开工作是平潭县的重要举措。 二、主动公开政府信息情况 （一）主动公开政府信息的数量 区管委会公开信息425条。 三、政府信息依申请公开工作情况 2011年全区未收到有关政府信息公开申请。 四、政府信息公开工作存在的主要问题及改进情况 目前，我县在政府信息公开工作中还存在不足。 五、政府信息公开情况统计表指标名称计量单位2017年度历年累计";
  const { sections, diagnostics, template } = segmentReport(text);
  assert.equal(template, "legacy");
  assert.equal(sections.overview?.title, "一、 概述");
  assert.equal(sections.requests?.title, "三、政府信息依申请公开工作情况");
  assert.equal(sections.issues?.title, "四、政府信息公开工作存在的主要问题及改进情况");
  assert.equal(body(text, sections, "issues"), "目前，我县在政府信息公开工作中还存在不足。");
  assert.equal(sections.review, null);
  assert.ok(diagnostics.some((d) => d.code === "section.legacy_heading" && d.message.includes("overview")));
  assert.ok(diagnostics.some((d) => d.code === "section.unmapped_heading" && d.message.includes("统计表")));
});

test("segmentReport: pinyin inserted after characters does not hide a heading (mirror sites, opening 088)", () => {
  const text = "一、總(zǒng)體(tǐ)情況\n2013年,省政府辦公廳在做好本機(jī)關(guān)政府信息公開工作的同時。";
  const { sections } = segmentReport(text);
  assert.equal(sections.overview?.title, "一、總(zǒng)體(tǐ)情況");
});

test("segmentReport: a missing section is null with a section.missing warning", () => {
  const { sections, diagnostics } = segmentReport("一、总体情况\n本年度无。");
  assert.equal(sections.other, null);
  const missing = diagnostics.filter((d) => d.code === "section.missing").map((d) => d.message);
  assert.equal(missing.length, 5);
  assert.match(missing[0] ?? "", /expected one like/);
});

test("segmentReport: template from format markers, else from the year", () => {
  assert.equal(segmentReport("二、主动公开政府信息情况\n本年制发件数\t本年废止件数\t现行有效件数").template, "2021");
  assert.equal(
    segmentReport("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n第二十条第（九）项").template,
    "2019",
  );
  const byYear = segmentReport("岢曲镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n无。");
  assert.equal(byYear.template, "2021");
  assert.ok(byYear.diagnostics.some((d) => d.code === "template.from_year"));
  assert.equal(segmentReport("无标题").template, "unknown");
});

test("segmentReport: page footer chrome after the last section is not in it (seed 000)", () => {
  const text =
    "六、其他需要报告的事项\n\n(二)政府信息处理费收取情况。未收取信息处理费。\n\n\n扫一扫在手机打开当前页\n附件下载";
  const { sections } = segmentReport(text);
  assert.equal(body(text, sections, "other"), "(二)政府信息处理费收取情况。未收取信息处理费。");
});

test("segmentReport(non-string) throws InvalidInputError", () => {
  assert.throws(() => segmentReport(42 as unknown as string), InvalidInputError);
  assert.throws(() => segmentReport(null as unknown as string), /expected a string, found null/);
});

test("segmentReport: sections slice the text, in order, without overlap, on arbitrary mixes of real lines", () => {
  const lines = SEED_002.split("\n\n").concat(SEED_004.split("\n"), ["", "   ", "||", "扫一扫在手机打开当前页"]);
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...lines), { maxLength: 30 }),
      fc.constantFrom("\n", "\n\n", " "),
      (picked, sep) => {
        const text = picked.join(sep);
        const { sections } = segmentReport(text);
        let last = 0;
        const present = SECTION_KEYS.map((k) => sections[k])
          .filter((s): s is Section => s !== null)
          .sort((a, b) => a.start - b.start);
        for (const s of present) {
          assert.equal(s.text, text.slice(s.start, s.end));
          assert.ok(s.start >= last && s.end >= s.heading.end && s.heading.start >= s.start);
          last = s.end;
        }
      },
    ),
    { numRuns: 150, seed: 20240601 },
  );
});

test("segmentReport: the 2008 eight-part legacy format (headings as listed in opening 023) maps to keys, fees end a section", () => {
  const text = [
    "沙头镇2008年政府信息公开工作年度报告",
    "本年报由概述,主动公开政府信息情况,依申请公开政府信息和不予公开政府信息情况,收费和减免情况,因政府信息公开申请行政复议、提起行政诉讼的情况,存在的主要问题和改进措施,其他报告事项以及附表等八部分组成。",
    "一、概述",
    "我镇高度重视。",
    "二、主动公开政府信息情况",
    "主动公开12条。",
    "三、依申请公开政府信息和不予公开政府信息情况",
    "未收到申请。",
    "四、政府信息公开的收费及减免情况",
    "未收费。",
    "五、因政府信息公开申请提起行政复议、行政诉讼的情况",
    "无。",
    "六、政府信息公开工作存在的主要问题及改进措施",
    "存在不足。",
    "七、其他需要报告的事项",
    "无。",
    "附表：沙头镇2008年政府信息公开情况统计表",
    "指标名称 计量单位",
  ].join("\n");
  const { sections, template, diagnostics } = segmentReport(text);
  assert.equal(template, "legacy");
  assert.equal(body(text, sections, "requests"), "未收到申请。");
  assert.equal(body(text, sections, "review"), "无。");
  assert.equal(body(text, sections, "other"), "无。");
  assert.ok(diagnostics.some((d) => d.code === "section.unmapped_heading" && d.message.includes("收费及减免")));
  assert.ok(diagnostics.some((d) => d.code === "section.unmapped_heading" && d.message.includes("附表")));
});

test("segmentReport: legacy extra parts (opening 088 table of contents) end the section before them", () => {
  const text =
    "一、概述\n我省。\n二、主动公开政府信息情况\n公开。\n三、依申请公开政府信息情况\n申请。\n四、政府信息公开咨询处理情况\n咨询。\n五、政府信息公开复议、诉讼情况\n无。\n六、政府信息公开支出及费用收取和免除情况\n无。\n七、存在的主要问题\n问题。";
  const { sections } = segmentReport(text);
  assert.equal(body(text, sections, "requests"), "申请。");
  assert.equal(sections.review?.title, "五、政府信息公开复议、诉讼情况");
  assert.equal(body(text, sections, "review"), "无。");
  assert.equal(body(text, sections, "issues"), "问题。");
});

test("segmentReport: legacy one-line report with extra parts (pingtan archive, 地方税务局 2013)", () => {
  // Excerpt of pingtan/zwgk/zfxxgk/zfxxgknb/201402/80774 in changwu/pingtan-gov-zwgk-archive (not in data/raw).
  const text =
    "根据《中华人民共和国政府信息公开条例》，特向社会公布2013年度平潭县地税局信息公开年度报告。 一、概述 推进政府信息公开是平潭地税局的重要举措。 二、主动公开政府信息情况 （一）公开的主要内容 2013年新增主动公开政府信息45条。 三、依申请公开、不予公开及咨询政府信息情况 （一）申请情况 未收到政府信息公开申请。 四、审批事项及处理情况 我局严格按照要求。 五、申请行政复议、提起行政诉讼和申诉的情况 2013年，我局收到以有关政府信息公开行政复议0件。 六、工作人员及信息公开事务支出情况 （一）工作人员情况 我局没有全职人员。 附件下载";
  const { sections, template } = segmentReport(text);
  assert.equal(template, "legacy");
  assert.equal(body(text, sections, "requests"), "（一）申请情况 未收到政府信息公开申请。");
  assert.equal(sections.review?.title, "五、申请行政复议、提起行政诉讼和申诉的情况");
  assert.equal(body(text, sections, "review"), "2013年，我局收到以有关政府信息公开行政复议0件。");
});

test("segmentReport: a legacy fee heading is read as `other` when the report has no 其他需要报告的事项", () => {
  const text =
    "一、概述\n我区。\n二、主动公开政府信息情况\n公开。\n三、依申请公开政府信息情况\n申请。\n四、政府信息公开的收费及减免情况\n未收取任何费用。\n五、因政府信息公开申请提起行政复议、行政诉讼的情况\n无。\n六、存在的主要问题及改进措施\n不足。";
  const { sections, diagnostics } = segmentReport(text);
  assert.equal(sections.other?.title, "四、政府信息公开的收费及减免情况");
  assert.equal(body(text, sections, "other"), "未收取任何费用。");
  assert.equal(body(text, sections, "review"), "无。");
  assert.ok(
    diagnostics.some((d) => d.code === "section.legacy_heading" && d.message.includes("read as section other")),
  );
});

test("segmentReport: share widgets, links to other years' reports and a copyright line after the last section are chrome", () => {
  const text =
    "六、其他需要报告的事项\n本年度未收取信息处理费。\n\n打印\n关闭\n相关文章\n某某县2021年政府信息公开工作年度报告\n某某县2020年政府信息公开工作年度报告.pdf\n版权所有：某某县人民政府办公室 网站标识码：1234 ICP备12345号";
  const { sections } = segmentReport(text);
  assert.equal(body(text, sections, "other"), "本年度未收取信息处理费。");
});

test("segmentReport: a numbered heading wrapped over two lines (PDF text) is one heading", () => {
  const text =
    "二、主动公开政府信息情况\n第二十条\n三、收到和处理政府信息公开申\n请情况\n（本列数据的勾稽关系）\n四、政府信息公开行政复议、行政诉讼\n情况\n0 0 0\n五、存在的主要问题及改进情况\n不足。";
  const { sections } = segmentReport(text);
  assert.equal(sections.requests?.title, "三、收到和处理政府信息公开申\n请情况");
  assert.equal(body(text, sections, "requests"), "（本列数据的勾稽关系）");
  assert.equal(sections.review?.title, "四、政府信息公开行政复议、行政诉讼\n情况");
  assert.equal(body(text, sections, "review"), "0 0 0");
});
