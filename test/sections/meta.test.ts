/** detectMeta on the metadata traps of the spec, from real lines of the openings. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError } from "../../src/errors.js";
import { detectMeta, readReportStructure, segmentReport } from "../../src/sections/index.js";

function meta(text: string, extra: { title?: string | null; publishedHint?: string | null } = {}) {
  const seg = segmentReport(text);
  return detectMeta({ text, ...extra }, seg.sections, seg.template);
}

test("detectMeta: the year in 《条例》(2019年修订版) is not the report year; lost 年/月 in the period (opening 008)", () => {
  const text =
    "本报告根据《中华人民共和国政府信息公开条例》(2019年修订版)要求,由朔州市统计局编制。本年度报告中所列数据统计期限为201911日至20191231日。\n\n一、总体情况\n\n根据《中华人民共和国政府信息公开条例》(2019年修订版)要求,市统计局按照市委、市政府的统一部署开展工作。";
  const { meta: m } = meta(text);
  assert.equal(m.agency, "朔州市统计局");
  assert.equal(m.year, 2019);
  assert.equal(m.level, "department");
  assert.equal(m.parent_level, "city");
  assert.equal(m.province, "山西");
});

test("detectMeta: a stale site-header date is not the publication date; 河北区 is in 天津 (opening 083)", () => {
  const text =
    "天津市河北区人民政府\n2019年12月3日星期二\n本年度报告中所列数据统计期限从2025年1月1日起至2025年12月31日止。\n一、总体情况\n2025年,河北区人民政府办公室以习近平新时代中国特色社会主义思想为指导。";
  const { meta: m } = meta(text);
  assert.equal(m.published, null);
  assert.equal(m.year, 2025);
  assert.equal(m.agency, "河北区人民政府办公室");
  assert.equal(m.province, "天津");
});

test("detectMeta: a central body's provincial branch is central with its province (opening 006)", () => {
  const { meta: m } = meta(
    "国家统计局湖北调查总队2018年度政府信息公开工作报告\n\n一、总体情况\n\n2018年,湖北总队高度重视政府信息公开工作。",
  );
  assert.deepEqual([m.agency, m.year, m.level, m.province], ["国家统计局湖北调查总队", 2018, "central", "湖北"]);
});

test("detectMeta: traditional text with pinyin from a mirror site (opening 088)", () => {
  const text =
    "|\n青海省2013年政府信息公開工作年度報告是根據(jù)《中華人民共和國政府信息公開條例》要求,由青海省人民政府辦公廳編制而成。本年度報告中所列數(shù)據(jù)的統(tǒng)計期限從2013年1月1日到12月31日止。一、概述2013年,省政府辦公廳在做好本機(jī)關(guān)政府信息公開工作的同時,認(rèn)真履行職責(zé)。";
  const { meta: m } = meta(text);
  assert.deepEqual([m.agency, m.year, m.level, m.province, m.template], ["青海省", 2013, "province", "青海", "legacy"]);
});

test("detectMeta: a title split over two lines (opening 098) and a signature date", () => {
  const text =
    "更新时间:\n三亚市海棠区人民政府\n2015年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》的规定,三亚市海棠区人民政府编制了2015年政府信息公开工作年度报告。\n一、主动公开政府信息情况\n主动公开政府信息326条。\n三亚市海棠区人民政府\n2016年3月15日";
  const { meta: m } = meta(text);
  assert.deepEqual(
    [m.agency, m.agency_id, m.year, m.published, m.level, m.province],
    ["三亚市海棠区人民政府", "三亚市海棠区", 2015, "2016-03-15", "county", "海南"],
  );
});

test("detectMeta: the title and publication date handed over by ingest win", () => {
  const { meta: m, diagnostics } = meta("一、总体情况\n2022年，我镇认真落实《条例》。", {
    title: "贺兰县立岗镇2022年政府信息公开工作年度报告",
    publishedHint: "2023-01-30",
  });
  assert.deepEqual(
    [m.agency, m.year, m.published, m.level, m.province],
    ["贺兰县立岗镇", 2022, "2023-01-30", "township", "宁夏"],
  );
  assert.ok(diagnostics.some((d) => d.code === "meta.agency_source" && d.message.includes("title")));
});

test("detectMeta: a report that names no agency and no year says so", () => {
  const { meta: m, diagnostics } = meta("一、总体情况\n我局认真落实《条例》。");
  assert.equal(m.agency, null);
  assert.equal(m.agency_id, null);
  assert.equal(m.year, null);
  assert.equal(m.province, null);
  assert.ok(diagnostics.some((d) => d.code === "meta.agency_missing"));
  assert.ok(diagnostics.some((d) => d.code === "meta.year_missing"));
});

test("detectMeta(non-object) throws InvalidInputError", () => {
  const seg = segmentReport("");
  assert.throws(() => detectMeta(null as unknown as { text: string }, seg.sections, seg.template), InvalidInputError);
  assert.throws(
    () => detectMeta({ text: 1 } as unknown as { text: string }, seg.sections, seg.template),
    /expected \{ text: string \}/,
  );
});

test("detectMeta: a year after the title in brackets, 关于 titles", () => {
  const a = meta("西湖区人民政府政府信息公开工作年度报告（2022年度）\n一、总体情况\n无。").meta;
  assert.deepEqual(
    [a.agency, a.year, a.level, a.province, a.template],
    ["西湖区人民政府", 2022, "county", null, "2021"],
  );
  const b = meta("杭州市西湖区财政局关于2022年度政府信息公开工作年度报告\n一、总体情况\n无。").meta;
  assert.deepEqual(
    [b.agency, b.year, b.level, b.parent_level, b.province],
    ["杭州市西湖区财政局", 2022, "department", "county", "浙江"],
  );
});

test("detectMeta: a page list of other years' reports before the title does not give the year", () => {
  const text = [
    "往年年报",
    "彭阳县2021年政府信息公开工作年度报告",
    "彭阳县2022年政府信息公开工作年度报告",
    "本报告统计数据从2022年1月1日至12月31日。",
    "一、总体情况",
    "2022年,彭阳县人民政府紧紧围绕政务公开工作要点开展工作。",
  ].join("\n");
  const { meta: m } = meta(text);
  assert.deepEqual([m.agency, m.year, m.level, m.province], ["彭阳县", 2022, "county", "宁夏"]);
});

test("detectMeta: CMS metadata labels before the title are not part of the agency (opening 011)", () => {
  const text =
    "索引号 620702074/2024-00047 发文字号 东街街道2023年度政府信息公开工作年度报告号\n一、总体情况\n2023年,东街街道认真贯彻落实《条例》。";
  assert.equal(meta(text).meta.agency, "东街街道");
});

test("detectMeta: a breadcrumb above a title without agency is not taken for the agency", () => {
  const text =
    "首页 > 政务公开 > 某某县民政局\n2022年度政府信息公开工作年度报告\n一、总体情况\n2022年,彭阳县民政局认真落实《条例》。";
  const { meta: m } = meta(text);
  assert.equal(m.agency, "彭阳县民政局");
  assert.equal(m.year, 2022);
});

test("detectMeta: a title wrapped over two lines (PDF text)", () => {
  const text = "某某县民政局2022年政府信息公开工作年度\n报告\n一、总体情况\n2022年，我局认真落实《条例》。";
  const { meta: m } = meta(text);
  assert.deepEqual([m.agency, m.year, m.level], ["某某县民政局", 2022, "department"]);
});

test("detectMeta: a year written in Chinese numerals (二〇二二年度)", () => {
  const { meta: m } = meta("某某县人民政府二〇二二年度政府信息公开工作年度报告\n一、总体情况\n无。");
  assert.deepEqual([m.agency, m.year, m.level], ["某某县人民政府", 2022, "county"]);
});

test("detectMeta: a signature date in Chinese numerals", () => {
  const text =
    "某某县民政局2023年政府信息公开工作年度报告\n一、总体情况\n无。\n六、其他需要报告的事项\n无。\n某某县民政局\n二〇二四年一月十七日";
  assert.equal(meta(text).meta.published, "2024-01-17");
});

test("detectMeta: a title year that the statistics period contradicts is kept with a warning", () => {
  const text =
    "某某县2022年政府信息公开工作年度报告\n本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n无。";
  const { meta: m, diagnostics } = meta(text);
  assert.equal(m.year, 2022);
  assert.ok(diagnostics.some((d) => d.code === "meta.year_conflict" && d.message.includes("2023")));
});

test("readReportStructure(doc) segments and reads metadata with ingest's title and date", () => {
  const r = readReportStructure({
    text: "一、总体情况\n2022年，我镇认真落实《条例》。\n六、其他需要报告的事项\n无。",
    title: "贺兰县立岗镇2022年政府信息公开工作年度报告",
    publishedHint: "2023-01-30",
    source: "x.txt",
  });
  assert.equal(r.sections.other?.title, "六、其他需要报告的事项");
  assert.deepEqual(
    [r.meta.agency, r.meta.year, r.meta.published, r.meta.province, r.template],
    ["贺兰县立岗镇", 2022, "2023-01-30", "宁夏", "2021"],
  );
  assert.ok(r.diagnostics.some((d) => d.code === "section.missing"));
});

test("detectMeta: a year glued after other digits (a020952019年…) is not read from inside the digits", () => {
  const text =
    "a020952019年政府信息公开工作年度报告\n各变镇人民政府2019年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n一、总体情况\n无。";
  assert.equal(meta(text).meta.year, 2019);
});
