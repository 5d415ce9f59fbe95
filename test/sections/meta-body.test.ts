/**
 * Metadata read from the body of a report when its title does not name the agency, and the
 * classes the real-openings tune half showed: each with an invented page of our own.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  detectMeta,
  findPlaces,
  provinceFromText,
  qualifyAgency,
  readAgency,
  segmentReport,
  townCounty,
} from "../../src/sections/index.js";

function meta(text: string) {
  const seg = segmentReport(text);
  return detectMeta({ text, source: "invented" }, seg.sections, seg.template);
}

const BODY = "\n二、主动公开政府信息情况\n第二十条第(一)项\n三、收到和处理政府信息公开申请情况\n无。";

test("a town that opens the first paragraph is the agency, with the county the page names", () => {
  const { meta: m } = meta(
    `一、总体情况\n2023年,新华镇按照《临泽县2023年政务公开工作要点》要求,扎实推进政务公开。${BODY}`,
  );
  assert.equal(m.agency, "临泽县新华镇");
  assert.equal(m.level, "township");
  assert.equal(m.province, "甘肃");
});

test("a bare-rank bureau is qualified from the one county the page names, else kept with a warning", () => {
  const one = qualifyAgency("县农业农村局", "本局以通江县人民政府网站为主要公开平台");
  assert.equal(one.name, "通江县农业农村局");
  const two = qualifyAgency("县农业农村局", "通江县与平昌县人民政府网站均转载");
  assert.equal(two.name, "县农业农村局");
  assert.equal(two.diagnostic?.code, "meta.agency_unqualified");
  assert.equal(qualifyAgency("市气象局", "围绕巴中市气象局年度重点工作").name, "巴中市气象局");
});

test("a bare town is placed only when exactly one county on the page has it", () => {
  assert.equal(townCounty("龙凤镇", "渠县人民政府门户网站"), "渠县");
  assert.equal(townCounty("龙凤镇", "本镇工作"), null);
});

test("X形成了《2019年…年度报告》 names the agency and its year", () => {
  const { meta: m } = meta(
    `根据《条例》,宁夏回族自治区形成了《2019年政府信息公开年度报告》。数据统计期限为2019年1月1日至2019年12月31日。\n一、总体情况\n全区各级机关扎实推进。${BODY}`,
  );
  assert.equal(m.agency, "宁夏回族自治区");
  assert.equal(m.level, "province");
  assert.equal(m.year, 2019);
});

test("a place that reports for its whole area is the agency (综合…X各县)", () => {
  const { meta: m } = meta(
    `本报告综合2018年度绵阳市各县(市、区)政府和市级各部门的年度报告编制而成。\n一、概述\n全市推进政务公开。${BODY}`,
  );
  assert.equal(m.agency, "绵阳市");
  assert.equal(m.level, "city");
});

test("a government office that compiles the report gives the government; the contact's office is dropped", () => {
  const compiled = meta(
    `本报告由巴中市人民政府办公室编制。如有疑问请与巴中市人民政府办公室联系。\n一、总体情况\n全市推进。${BODY}`,
  ).meta;
  assert.equal(compiled.agency, "巴中市人民政府");
  assert.equal(compiled.level, "city");
  const contact = meta(
    `本报告数据统计期限为2021年1月1日至12月31日。如对本报告有疑问,请与平昌县民政局办公室联系(电话:0827-1234567)。\n一、总体情况\n我局认真落实。${BODY}`,
  ).meta;
  assert.equal(contact.agency, "平昌县民政局");
  assert.equal(contact.level, "department");
  assert.equal(contact.parent_level, "county");
});

test("由X结合…编制 outranks the contact line", () => {
  const { meta: m } = meta(
    `本报告由通江县新华镇人民政府结合有关统计数据编制。如有疑问,请与通江县新华镇人民政府党政办公室联系。\n一、总体情况\n我镇推进。${BODY}`,
  );
  assert.equal(m.agency, "通江县新华镇人民政府");
  assert.equal(m.level, "township");
});

test("an aside between the title's agency and its year, and a customs district, are dropped", () => {
  const a = meta(`国家林业和草原局(本级)2021年政府信息公开工作年度报告\n一、总体情况\n推进。${BODY}`).meta;
  assert.equal(a.agency, "国家林业和草原局");
  assert.equal(a.level, "central");
  const b = meta(`宁波海关关区2021年政府信息公开年报\n一、总体情况\n推进。${BODY}`).meta;
  assert.equal(b.agency, "宁波海关");
  assert.equal(b.level, "central");
  assert.equal(b.province, "浙江");
});

test("a meteorological service named 气象部门 is a vertically managed (central) body", () => {
  const { meta: m } = meta(`四川省巴中市气象部门2022年政府信息公开工作年度报告\n一、总体情况\n推进。${BODY}`);
  assert.equal(m.level, "central");
  assert.equal(m.province, "四川");
});

test("without a named agency, 我镇 still says the level; the statistics period outranks a sentence year", () => {
  const { meta: m } = meta(
    `本报告统计期限自2020年1月1日起至2020年12月31日止。我镇按时公布2019年县政府信息公开工作年度报告。\n一、总体情况\n我镇推进。${BODY}`,
  );
  assert.equal(m.agency, null);
  assert.equal(m.level, "township");
  assert.equal(m.year, 2020);
});

test("a date followed by 作者/点击数, and a 成文日期 alone, are publication dates", () => {
  const a = meta(`平昌县民政局2021年政府信息公开工作年度报告\n2022-02-11 作者:办公室 点击数:\n一、总体情况\n推进。${BODY}`).meta;
  assert.equal(a.published, "2022-02-11");
  const b = meta(`发布机构: 县民政局 成文日期: 2022-02-14\n平昌县民政局2021年政府信息公开工作年度报告\n一、总体情况\n推进。${BODY}`).meta;
  assert.equal(b.published, "2022-02-14");
});

test("place names that begin like pronouns (全南县, 本溪市) are names; 全县, 本局 are not", () => {
  const a = meta(`一、总体情况\n2021年,全椒县人民政府办公室认真贯彻落实《条例》。${BODY}`).meta;
  assert.equal(a.agency, "全椒县人民政府办公室");
  const b = meta(`本溪市民政局2020年政府信息公开工作年度报告\n一、总体情况\n推进。${BODY}`).meta;
  assert.equal(b.agency, "本溪市民政局");
  assert.equal(b.province, "辽宁");
  const c = meta(`一、总体情况\n2021年,全县认真贯彻落实《条例》。${BODY}`).meta;
  assert.equal(c.agency, null);
});

test("a central body opening the first paragraph is the agency", () => {
  const { meta: m } = meta(`一、总体情况\n2018年,国家粮食和物资储备局认真贯彻落实《条例》。${BODY}`);
  assert.equal(m.agency, "国家粮食和物资储备局");
  assert.equal(m.level, "central");
  assert.equal(m.province, null);
});

test("中国（省）自由贸易试验区… is a local body: not central, its level left open with a note", () => {
  const r = readAgency("中国(四川)自由贸易试验区川南临港片区管理委员会");
  assert.equal(r.level, null);
  assert.equal(r.province, "四川");
  assert.ok(r.note !== null);
});

test("编制并向社会公开X…报告: the verb is not part of the agency's name", () => {
  const { meta: m } = meta(
    `根据《条例》要求,我局编制并向社会公开通江县民政局2021年度政府信息公开工作年度报告。${BODY}`,
  );
  assert.equal(m.agency, "通江县民政局");
  assert.equal(m.level, "department");
  assert.equal(m.parent_level, "county");
});

test("a street unique in the gazetteer fixes the province behind a district name two provinces share", () => {
  const { meta: m } = meta(`朝阳区清和街道2022年政府信息公开工作年度报告\n一、总体情况\n本街道全年公开信息30条。${BODY}`);
  assert.equal(m.level, "township");
  assert.equal(m.province, "吉林");
});

test("a place's short name before 路/街/街道 names a road or a street, not the place", () => {
  assert.deepEqual(findPlaces("联系地址:南京路88号"), []);
  const { meta: m } = meta(`西安街道办事处2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息12条。${BODY}`);
  assert.equal(m.level, "township");
  assert.equal(m.province, "云南");
  assert.equal(provinceFromText("地址:南京路88号,邮编:100000").province, null);
});

test("an adverbial before the subject of the opening sentence is skipped (在…领导下，X…)", () => {
  const { meta: m } = meta(`一、总体情况\n2023年,在县委、县政府的正确领导下,临泽县新华镇认真贯彻《条例》。${BODY}`);
  assert.equal(m.agency, "临泽县新华镇");
  assert.equal(m.province, "甘肃");
});

test("我局 without a name is a department; a vertically managed bureau's 我局 says no level", () => {
  const local = meta(`一、总体情况\n2022年,我局按照县政府有关要求,公开信息40条。${BODY}`).meta;
  assert.equal(local.agency, null);
  assert.equal(local.level, "department");
  const tax = meta(`一、总体情况\n2022年,我局按照税务总局有关要求,公开涉税信息40条。${BODY}`).meta;
  assert.equal(tax.level, null);
});

test("text a mirror injects before a name is dropped: the agency starts at its first place", () => {
  const { meta: m } = meta(
    `一、总体情况\n2021年,在区委、区政府的正确领导下,某某娱乐官网区人民政府西安街道办事处认真贯彻《条例》。${BODY}`,
  );
  assert.equal(m.agency, "西安街道办事处");
  assert.equal(m.level, "township");
  assert.equal(m.province, "云南");
});

test("和 before 县委/县政府 is the conjunction, not 和县; 我县 without a name is a county", () => {
  assert.deepEqual(findPlaces("按照市委部署和县委要求"), []);
  assert.equal(findPlaces("和县人民政府")[0]?.text, "和县");
  const { meta: m } = meta(`一、总体情况\n2022年,我县按照省、市决策部署和县委、县政府要求,公开信息90条。${BODY}`);
  assert.equal(m.agency, null);
  assert.equal(m.level, "county");
  assert.equal(m.province, null);
});

test("本报告由X按照《…》(…)和《…》要求编制: a long clause between the compiler and 编制", () => {
  const { meta: m } = meta(
    `本报告由五里乡人民政府按照《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)要求编制。所列数据统计期限为2023年1月1日至12月31日。${BODY}`,
  );
  assert.equal(m.agency, "五里乡人民政府");
  assert.equal(m.level, "township");
});

test("请联系X（地址…）: the contact without a closing 联系", () => {
  const { meta: m } = meta(`如对本报告有疑问,请联系临泽县新华镇人民政府(地址:新华路8号)。统计期限为2023年1月1日至12月31日。${BODY}`);
  assert.equal(m.agency, "临泽县新华镇人民政府");
});

test("a contact address that is an agency's internal office gives the agency; a street address gives none", () => {
  const office = meta(
    `统计期限为2023年1月1日至12月31日。如有疑问请与本单位受理机构联系,地址:甘肃省临泽县新华镇人民政府党政办公室,电话:0000-1234567。${BODY}`,
  ).meta;
  assert.equal(office.agency, "甘肃省临泽县新华镇人民政府");
  assert.equal(office.level, "township");
  const street = meta(
    `统计期限为2023年1月1日至12月31日。如有疑问请与本单位受理机构联系,地址:临泽县新华路八号三楼办公室,电话:0000-1234567。${BODY}`,
  ).meta;
  assert.equal(street.agency, null);
});

test("a government's internal office in the contact line (综合督考办公室) gives the government", () => {
  const { meta: m } = meta(
    `特向社会公布2021年度本镇政府信息公开年度报告。如有疑问,请与临泽县新华镇政府综合督考办公室联系(电话:0000-1234567)。${BODY}`,
  );
  assert.equal(m.agency, "临泽县新华镇政府");
  assert.equal(m.level, "township");
});

test("a page flattened to one line: furniture before the title's name is dropped, a place in front is kept", () => {
  const flat = meta(`首页 > 年报 正文 临泽县新华镇2022年政府信息公开工作年度报告 发布时间:2023-01-10 一、总体情况 全年公开信息9条。${BODY}`).meta;
  assert.equal(flat.agency, "临泽县新华镇");
  assert.equal(flat.province, "甘肃");
  const placed = meta(`青海省 海西州 统计局2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息9条。${BODY}`).meta;
  assert.equal(placed.agency, "青海省海西州统计局");
  const spaced = meta(`临 泽 县 民 政 局 2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息9条。${BODY}`).meta;
  assert.equal(spaced.agency, "临泽县民政局");
});

test("a central body's prefix before a space qualifies the name: it is not furniture", () => {
  const { meta: m } = meta(`国家税务总局 临泽县税务局2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息9条。${BODY}`);
  assert.equal(m.agency, "国家税务总局临泽县税务局");
  assert.equal(m.level, "central");
});

test("【】 page controls before a title are not part of the agency's name", () => {
  const { meta: m } = meta(`【字体:大 中 小】临泽县民政局2022年政府信息公开工作年度报告 一、总体情况 全年公开信息9条。${BODY}`);
  assert.equal(m.agency, "临泽县民政局");
});

test("a report name that opens its line is the title even when the text runs on (a flattened page)", () => {
  const { meta: m } = meta(
    `临泽县新华镇2022年政府信息公开工作年度报告 根据《条例》要求,现发布《临泽县2022年政府信息公开工作年度报告》。一、总体情况 全年公开信息9条。${BODY}`,
  );
  assert.equal(m.agency, "临泽县新华镇");
  assert.equal(m.level, "township");
});

test("a letter-spaced date label (发 布 时 间) still labels the publication date", () => {
  const { meta: m } = meta(`临 泽 县 民 政 局 2022年政府信息公开工作年度报告\n发 布 时 间 : 2023-01-21 【 字 体 : 大 中 小 】 【 打 印 本 页 】 【 关 闭 窗 口 】\n一、总体情况\n全年公开信息9条。${BODY}`);
  assert.equal(m.published, "2023-01-21");
});

test("a heading run into a place reporting for its area (概述海南省各级政府) is not part of its name", () => {
  const { meta: m } = meta(`2009年年报根据《条例》编制。 一、概述 甘肃省各级政府重视政府信息公开工作。二、主动公开政府信息情况 无。`);
  assert.equal(m.agency, "甘肃省");
  assert.equal(m.level, "province");
});

test("我县 + the county's portal named inside a sentence: the place that ends the run, not the sentence", () => {
  const { meta: m } = meta(
    `本报告的电子版可在志丹县人民政府门户网站下载。\n一、总体情况\n2023年,我县深入贯彻《条例》。${BODY}`,
  );
  assert.equal(m.agency, "志丹县");
  assert.equal(m.level, "county");
  assert.equal(m.province, "陕西");
});

test("我县 on a page that also speaks as 我局 is the county a bureau serves, not the reporting agency", () => {
  const { meta: m } = meta(
    `本报告的电子版可在志丹县人民政府门户网站下载。\n一、总体情况\n2023年,我局围绕我县中心工作推进公开。${BODY}`,
  );
  assert.equal(m.agency, null);
  assert.equal(m.level, "department");
});
