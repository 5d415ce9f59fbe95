/** agencyId, groupAgencies, readAgency, cleanAgencyName and the gazetteer helpers. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidInputError } from "../../src/errors.js";
import {
  agencyId,
  cleanAgencyName,
  findPlaces,
  groupAgencies,
  lookupPlace,
  provinceOf,
  readAgency,
} from "../../src/sections/index.js";

test("agencyId(name) gives one key for the name variants of one agency", () => {
  const same: Array<[string, string]> = [
    ["平潭综合实验区", "平潭综合实验区管委会"],
    ["贺兰县立岗镇", "贺兰县立岗镇人民政府"],
    ["北杜街道办事处", "北杜街道"],
    ["兴仁市人民政府", "兴仁市政府"],
    ["新疆維吾爾自治區", "新疆维吾尔自治区"],
    ["广西壮族自治区 人民政府", "广西壮族自治区人民政府"],
  ];
  for (const [a, b] of same) assert.equal(agencyId(a), agencyId(b), `${a} = ${b}`);
});

test("agencyId(name) keeps different agencies apart", () => {
  const different: Array<[string, string]> = [
    ["广西壮族自治区人民政府办公厅", "广西壮族自治区"],
    ["河北区人民政府办公室", "河北区"],
    ["重庆市渝中区人民政府办公室", "重庆市渝中区"],
    ["忻州市民政局", "忻州市"],
  ];
  for (const [a, b] of different) assert.notEqual(agencyId(a), agencyId(b), `${a} ≠ ${b}`);
});

test("groupAgencies(names) groups variants and reports them under each id", () => {
  const groups = groupAgencies([
    "平潭综合实验区",
    "平潭综合实验区管委会",
    "平潭综合实验区",
    "贺兰县立岗镇人民政府",
    "贺兰县立岗镇",
    "忻州市民政局",
  ]);
  assert.equal(groups.length, 3);
  const pingtan = groups.find((g) => g.id === "平潭综合实验区");
  assert.deepEqual(pingtan, {
    id: "平潭综合实验区",
    canonical: "平潭综合实验区",
    variants: ["平潭综合实验区", "平潭综合实验区管委会"],
    count: 3,
  });
  const helan = groups.find((g) => g.id === "贺兰县立岗镇");
  assert.equal(helan?.canonical, "贺兰县立岗镇人民政府");
  assert.deepEqual(helan?.variants, ["贺兰县立岗镇人民政府", "贺兰县立岗镇"]);
});

test("agencyId / groupAgencies reject what is not a name", () => {
  assert.throws(() => agencyId(undefined as unknown as string), InvalidInputError);
  assert.throws(() => groupAgencies("平潭" as unknown as string[]), /expected an array of strings/);
});

test("cleanAgencyName(raw) drops lead-ins, injected domains and internal units; null for self-references", () => {
  const cases: Array<[string, string | null]> = [
    ["现公布兴仁市人民政府", "兴仁市人民政府"],
    ["puroview.com沙头镇", "沙头镇"],
    ["现将耿马自治县", "耿马自治县"],
    ["广元市人民政府重点建设项目领导小组办公室综合科", "广元市人民政府重点建设项目领导小组办公室"],
    ["水利部政务公开领导小组办公室", "水利部"],
    ["我局", null],
    ["政府", null],
    ["关于做好", null],
  ];
  for (const [raw, want] of cases) assert.equal(cleanAgencyName(raw), want, raw);
});

test("readAgency(name) reads level, parent level and province from the name (spec traps)", () => {
  const cases: Array<[string, string | null, string | null, string | null]> = [
    ["河北区人民政府办公室", "department", "county", "天津"],
    ["天津市河北区人民政府", "county", null, "天津"],
    ["朔州市统计局", "department", "city", "山西"],
    ["国家统计局湖北调查总队", "central", null, "湖北"],
    ["河南省气象局", "central", null, "河南"],
    ["水利部", "central", null, null],
    ["国家林业和草原局", "central", null, null],
    ["浙江省经济和信息化厅", "department", "province", "浙江"],
    ["如皋市市场监督管理局", "department", "county", "江苏"],
    ["长沙市", "city", null, "湖南"],
    ["兴仁市人民政府", "county", null, "贵州"],
    ["耿马自治县", "county", null, "云南"],
    ["乌拉特前旗", "county", null, "内蒙古"],
    ["北京市东城区", "county", null, "北京"],
    ["湖口县大垅乡", "township", null, "江西"],
    ["舞钢市尚店镇人民政府", "township", null, "河南"],
    ["北杜街道办事处", "township", null, null],
    ["新疆维吾尔自治区", "province", null, "新疆"],
    ["上海市", "province", null, "上海"],
    ["武汉东湖新技术开发区", "county", null, "湖北"],
  ];
  for (const [name, level, parent, province] of cases) {
    const r = readAgency(name);
    assert.deepEqual(
      [r.level, r.level === "department" ? r.parentLevel : null, r.province],
      [level, parent, province],
      name,
    );
  }
});

test("lookupPlace / provinceOf: unique county and district names give their province", () => {
  assert.equal(provinceOf("河北区"), "天津");
  assert.equal(provinceOf("武昌区"), "湖北");
  assert.equal(provinceOf("朔州市"), "山西");
  assert.equal(provinceOf("朝阳区"), null, "朝阳区 is in Beijing and in Changchun");
  assert.equal(provinceOf("不存在县"), null);
  assert.ok(lookupPlace("立岗镇", { townships: true }).some((p) => p.kind === "township" && p.province === "宁夏"));
  assert.equal(lookupPlace("立岗镇").length, 0, "towns only on request");
});

test("findPlaces(text) takes the longest name at each position (河北区 is not 河北)", () => {
  const found = findPlaces("天津市河北区人民政府办公室");
  assert.deepEqual(
    found.map((m) => m.text),
    ["天津市", "河北区"],
  );
  assert.equal(findPlaces("考察湖北")[0]?.places[0]?.province, "湖北");
});

test("readAgency(name): a district name shared by several provinces gives the level but no province", () => {
  const r = readAgency("鼓楼区民政局");
  assert.deepEqual([r.level, r.parentLevel, r.province], ["department", "county", null]);
  const n = readAgency("南京市鼓楼区人民政府");
  assert.deepEqual([n.level, n.province], ["county", "江苏"]);
});

test("cleanAgencyName keeps 机构编制委员会 and drops a trailing 关于", () => {
  assert.equal(cleanAgencyName("杭州市机构编制委员会办公室"), "杭州市机构编制委员会办公室");
  assert.equal(cleanAgencyName("杭州市西湖区财政局关于"), "杭州市西湖区财政局");
});

test("agencyId folds 人民政府办公室 / 政府办 and 街道办 / 街道办事处", () => {
  assert.equal(agencyId("某某县人民政府办公室"), agencyId("某某县政府办"));
  assert.equal(agencyId("青山街道办"), agencyId("青山街道办事处"));
  assert.notEqual(agencyId("某某县人民政府办公室"), agencyId("某某县人民政府"));
});

test("readAgency(name): a place the gazetteer does not know gets the level its ending says", () => {
  const cases: Array<[string, string | null]> = [
    ["某某县人民政府", "county"],
    ["某某自治州", "city"],
    ["青山街道办", "township"],
    ["某某县民政局", "department"],
    ["某某社区", null],
  ];
  for (const [name, level] of cases) assert.equal(readAgency(name).level, level, name);
});

test("readAgency(name): a 地方税务局 is a department, a 国家税务总局 branch is central", () => {
  assert.equal(readAgency("平潭综合实验区地方税务局").level, "department");
  assert.equal(readAgency("国家税务总局杭州市税务局").level, "central");
  assert.equal(readAgency("国家税务总局杭州市税务局").province, "浙江");
});

test("agencyId drops 管委会 only after a zone or place, not after a bureau's name", () => {
  assert.equal(agencyId("某某经济开发区管理委员会"), "某某经济开发区");
  assert.equal(agencyId("某某市国有资产监督管理委员会"), "某某市国有资产监督管理委员会");
  assert.equal(agencyId("某某市城市管理委员会"), "某某市城市管理委员会");
});
