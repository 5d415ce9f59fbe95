/**
 * Metadata classes of the fifth round of real openings (tune half), each with an invented page:
 * a title whose 政府 serves the name and the report, a government office's own report, an agency
 * that is only the subject of a body sentence, and 我局 beside a central bureau (level not proven).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { detectMeta, segmentReport } from "../../src/sections/index.js";

function meta(text: string) {
  const seg = segmentReport(text);
  return detectMeta({ text, source: "invented" }, seg.sections, seg.template);
}

const BODY = "\n二、主动公开政府信息情况\n第二十条第(一)项\n三、收到和处理政府信息公开申请情况\n无。";

test("X人民政府信息公开年度报告: the shared 政府 belongs to the name too", () => {
  const { meta: m } = meta(`2016年武陟县人民政府信息公开年度报告\n一、概述\n本县扎实推进政府信息公开。${BODY}`);
  assert.equal(m.agency, "武陟县人民政府");
  assert.equal(m.level, "county");
  assert.equal(m.year, 2016);
  const sentence = meta(`现公布2019年龙泉镇人民政府信息公开工作年度报告。\n一、总体情况\n我镇高度重视。${BODY}`).meta;
  assert.equal(sentence.agency, "龙泉镇人民政府");
  assert.equal(sentence.level, "township");
});

test("a whole name elsewhere outranks the name completed from X人民", () => {
  const { meta: m } = meta(
    `遂昌县人民政府2011年度信息公开工作年度报告 去年发布了2010年遂昌县人民政府信息公开年度报告。\n一、概述\n全县推进。${BODY}`,
  );
  assert.equal(m.year, 2011);
});

test("a government office that speaks as the subject of its report is the agency, not its government", () => {
  const contact = "如对本报告有疑问,请联系:临河区人民政府办公室,联系电话:0478-1234567。";
  const own = meta(
    `一、总体情况\n本报告依据《条例》编制。${contact}\n(一)主动公开\n2023年区政府办主动公开信息40条。${BODY}`,
  ).meta;
  assert.equal(own.agency, "临河区人民政府办公室");
  assert.equal(own.level, "department");
  assert.equal(own.parent_level, "county");
  const drafted = meta(
    `一、总体情况\n本报告依据《条例》编制。${contact}\n(一)主动公开\n2023年全区主动公开信息400条。${BODY}`,
  ).meta;
  assert.equal(drafted.agency, "临河区人民政府");
  assert.equal(drafted.level, "county");
});

test("a central body that is only the subject of a body sentence is the agency", () => {
  const { meta: m } = meta(
    `《条例》实施以来,我局认真开展政府信息公开工作。\n一、基础工作\n(一)加强领导\n国家林业和草原局高度重视政府信息公开工作,设立工作小组。${BODY}`,
  );
  assert.equal(m.agency, "国家林业和草原局");
  assert.equal(m.level, "central");
  assert.equal(m.province, null);
});

test("我局 beside a central bureau named mid-sentence proves no level: null, not department", () => {
  const { meta: m, diagnostics } = meta(
    `一、总体情况\n按照国家粮食和物资储备局要求,我局认真开展政府信息公开工作。${BODY}`,
  );
  assert.equal(m.agency, null);
  assert.equal(m.level, null);
  assert.ok(diagnostics.some((d) => d.code === "meta.agency_missing"));
  const local = meta(`一、总体情况\n按照上级要求,我局认真开展政府信息公开工作。${BODY}`).meta;
  assert.equal(local.level, "department");
});

test("a bureau's own office that drafts the report gives the bureau (由X局办公室编制)", () => {
  const { meta: m } = meta(
    `本年报由修水县林业局办公室编制。所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n2020年,我局认真贯彻《条例》。${BODY}`,
  );
  assert.equal(m.agency, "修水县林业局");
  assert.equal(m.level, "department");
  assert.equal(m.parent_level, "county");
});

test("a year-led subject sentence without a comma names the agency when nothing else does", () => {
  const { meta: m } = meta(
    `一、总体情况\n本报告依据《条例》编制。\n(一)主动公开情况。2022年枣阳市教育局全面贯彻落实《条例》精神,全年公开信息60条。${BODY}`,
  );
  assert.equal(m.agency, "枣阳市教育局");
  assert.equal(m.level, "department");
  assert.equal(m.province, "湖北");
});

test("a joint name (合署办公) keeps its second plate as the title prints it; the key is the first name", () => {
  const { meta: m } = meta(
    `舞阳县人力资源和社会保障局(县医疗保障局)2022年政府信息公开工作年度报告\n一、总体情况\n我局推进。${BODY}`,
  );
  assert.equal(m.agency, "舞阳县人力资源和社会保障局（县医疗保障局）");
  assert.equal(m.agency_id, "舞阳县人力资源和社会保障局");
  assert.equal(m.level, "department");
  assert.equal(m.parent_level, "county");
  // An aside that is no organ (本级机关) is still dropped.
  const aside = meta(`海关总署(本级机关)2020年政府信息公开工作年度报告\n一、总体情况\n推进。${BODY}`).meta;
  assert.equal(aside.agency, "海关总署");
});

test("行政公署 is the government of a league or prefecture: the place's rank, not a department", () => {
  const { meta: m } = meta(`阿拉善盟行政公署2021年政府信息公开工作年度报告\n一、总体情况\n全盟推进。${BODY}`);
  assert.equal(m.level, "city");
  assert.equal(m.agency_id, "阿拉善盟");
  const office = meta(`阿拉善盟行政公署办公室2021年政府信息公开工作年度报告\n一、总体情况\n推进。${BODY}`).meta;
  assert.equal(office.level, "department");
  assert.equal(office.parent_level, "city");
});

test("a town several provinces share gets its province from the one such county the page names, by its stem too", () => {
  const { meta: m, diagnostics } = meta(
    `北街街道2024年政府信息公开工作年度报告\n一、总体情况\n全年发布西秀辖区动态信息40条。${BODY}`,
  );
  assert.equal(m.province, "贵州");
  assert.ok(diagnostics.some((d) => d.code === "meta.province_from_township" && d.message.includes("西秀区")));
  // A stem that is only a word (惠农补贴, not 惠农区) names no county: the province stays unknown.
  const word = meta(`北街街道2024年政府信息公开工作年度报告\n一、总体情况\n全年发布惠农补贴信息40条。${BODY}`).meta;
  assert.equal(word.province, null);
});

test("a labelled publication date years after the report (a re-posted old report) is kept; an unlabelled one is not", () => {
  const labelled = meta(`2010年度三江镇政府信息公开年度报告\n公开日期: 2016-05-04\n一、概述\n我镇推进。${BODY}`).meta;
  assert.equal(labelled.published, "2016-05-04");
  const bare = meta(`2010年度三江镇政府信息公开年度报告\n2016-05-04 来源:本站\n一、概述\n我镇推进。${BODY}`).meta;
  assert.equal(bare.published, null);
});

test("on a page flattened to one line, a word space still starts a subject sentence; letter-spacing does not", () => {
  const flat = meta(
    `《条例》实施以来,我局认真开展工作。 一、基础工作 (一)加强领导 国家林业和草原局高度重视政府信息公开工作。${BODY}`,
  ).meta;
  assert.equal(flat.agency, "国家林业和草原局");
  const spaced = meta(
    `我 局 认 真 开 展 工 作 。\n一、基础工作\n国 家 林 业 和 草 原 局 高 度 重 视 政 府 信 息 公 开 工 作 。${BODY}`,
  ).meta;
  assert.equal(spaced.agency, "国家林业和草原局");
});
