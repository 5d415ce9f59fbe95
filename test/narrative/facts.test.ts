/** Prose facts: subjects, values, units and spans on corpus sentences; years, staff and rates are not counts. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InvalidInputError } from "../../src/errors.js";
import { extractFacts } from "../../src/narrative/index.js";

const facts = (text: string) =>
  extractFacts(text, { start: 0, end: text.length }).map((f) => [f.subject, f.value, f.unit, f.label ?? null]);

describe("extractFacts names the subject of each figure", () => {
  const rows: [string, string, (string | number | null)[][]][] = [
    [
      "seed 000: the total and the seven channel and category counts",
      "(一)政府信息主动公开情况。2022年,立岗镇通过各类公开平台公开政府信息共932条。1.通过政府网站主动公开发布政府信息共432 条,其中包括村务公开238条、乡镇动态136条,重点项目建设3条、涉农资金17条、乡村振兴16条等。2.通过政务微博发布政府信息108条,通过政务微信发布政府信息332条。",
      [
        ["proactive.total", 932, "条", null],
        ["proactive.website", 432, "条", null],
        ["proactive.category", 238, "条", "村务公开"],
        ["proactive.category", 136, "条", "乡镇动态"],
        ["proactive.category", 3, "条", "重点项目建设"],
        ["proactive.category", 17, "条", "涉农资金"],
        ["proactive.category", 16, "条", "乡村振兴"],
        ["proactive.weibo", 108, "条", null],
        ["proactive.wechat", 332, "条", null],
      ],
    ],
    [
      "pingtan 0009: requests with applicant breakdown, review and litigation",
      "2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。",
      [
        ["requests.received", 75, "件", null],
        ["requests.natural_person", 72, "件", "自然人"],
        ["requests.commercial", 3, "件", "商业企业"],
        ["litigation.total", 1, "件", null],
        ["reconsideration.total", 2, "件", null],
      ],
    ],
    [
      "pingtan 0009: normative documents in force and issued",
      "设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。",
      [
        ["normative.in_force", 698, "件", null],
        ["normative.issued", 88, "件", null],
      ],
    ],
    [
      "seed 003: website, new media, interpretations",
      "通过政府门户网站转载发布信息691条;通过政务新媒体“忻州民政”转载发布各类信息551条。全年公开部门文件18件,转载发布政策解读18篇。",
      [
        ["proactive.website", 691, "条", null],
        ["proactive.new_media", 551, "条", null],
        ["interpretations.published", 18, "篇", null],
      ],
    ],
    [
      "seed 004: number before the noun (宗, 起)",
      "2023年度我镇有0宗群众提出信息公开的申请。2023年度,我镇发生0起政府信息公开事务的行政诉讼案件。",
      [
        ["requests.received", 0, "宗", null],
        ["litigation.total", 0, "起", null],
      ],
    ],
    [
      "seed 002: spaces around numbers and a 其中 list after a colon",
      "2023 年共主动公开政务信息 165 条，其中:单位概况 1 条，工作动态 162 条。截至目前 2023 年度政府信息公开申请 0 件。",
      [
        ["proactive.total", 165, "条", null],
        ["proactive.category", 1, "条", "单位概况"],
        ["proactive.category", 162, "条", "工作动态"],
        ["requests.received", 0, "件", null],
      ],
    ],
    [
      "training sessions and participants, press conferences, bulletin",
      "全年组织政务公开业务培训3次，参训人员120人次。召开新闻发布会5场，通过政务公开栏公布信息24期。",
      [
        ["training.sessions", 3, "次", null],
        ["training.participants", 120, "人次", null],
        ["proactive.press_conference", 5, "场", null],
        ["proactive.bulletin", 24, "期", null],
      ],
    ],
    [
      "openings/001: rules and normative documents published, a parenthesised 含 list that closes",
      "2022年,在上海市人民政府网站、《上海市人民政府公报》主动公开市政府规章13件(含新制定5件,修改4件,废止4件),主动公开市政府和市政府办公厅行政规范性文件42件。",
      [
        ["rules.published", 13, "件", null],
        ["rules.category", 5, "件", "新制定"],
        ["rules.category", 4, "件", "修改"],
        ["rules.category", 4, "件", "废止"],
        ["normative.published", 42, "件", null],
      ],
    ],
    [
      "openings/003: received, completed and carried forward in a 其中 list; 20个工作日 is a duration",
      "全年共收到依申请公开16件,其中15件按时办结完毕,1件结转下年度继续办理,所有依申请公开件均在20个工作日内给予答复,未发生行政复议和行政诉讼。",
      [
        ["requests.received", 16, "件", null],
        ["requests.completed", 15, "件", null],
        ["requests.carried_forward", 1, "件", null],
        ["reconsideration.total", 0, "", null],
        ["litigation.total", 0, "", null],
      ],
    ],
    [
      "openings/028: number before the noun; carried over and forward with years",
      "2022年,共收到10件依申请公开请求,2021年结转政府信息公开申请2件,共办结10件,结转2023年度继续办理2件;",
      [
        ["requests.received", 10, "件", null],
        ["requests.carried_over", 2, "件", null],
        ["requests.completed", 10, "件", null],
        ["requests.carried_forward", 2, "件", null],
      ],
    ],
    [
      "openings/071: the list in parentheses ends before 行政复议",
      "2025年,区政府办公室共收到政府信息公开申请41件(含上年度结转3件),申请内容主要集中在不动产登记信息等,因政府信息公开引发行政复议3件。",
      [
        ["requests.received", 41, "件", null],
        ["requests.carried_over", 3, "件", null],
        ["reconsideration.total", 3, "件", null],
      ],
    ],
    [
      "openings/091: 规章 issued this year; replies to proposals are not proposals",
      "通过省政府门户网站、《吉林省人民政府公报》等渠道主动公开本年度制发的省政府规章2件,人大代表建议及政协委员提案答复信息845条。",
      [["rules.issued", 2, "件", null]],
    ],
    [
      "openings/026: a list under a figure whose group takes no categories is not read",
      "公开政府(办)文件61件、政策解读46条,其中,行政规范性文件4件;",
      [["interpretations.published", 46, "条", null]],
    ],
    [
      "openings/053: channels in a 其中 list",
      "2021年,庆云县尚堂镇公开政府信息145条,与去年相比增加45条。其中通过政府网站公开信息93条,通过报纸、宣传栏等渠道公开信息52条。",
      [
        ["proactive.total", 145, "条", null],
        ["proactive.website", 93, "条", null],
        ["proactive.bulletin", 52, "条", null],
      ],
    ],
    [
      "Chinese numerals count sessions",
      "全年举办政务公开业务培训两期，召开新闻发布会十二场。",
      [
        ["training.sessions", 2, "期", null],
        ["proactive.press_conference", 12, "场", null],
      ],
    ],
    [
      "two channels in one clause make a total",
      "通过政府网站、政务微博等平台发布政府信息1200条。",
      [["proactive.total", 1200, "条", null]],
    ],
    [
      "万 scales the count; 余 marks it approximate",
      "全年主动公开政府信息1.2万余条。",
      [["proactive.total", 12000, "条", null]],
    ],
  ];
  for (const [name, text, want] of rows) test(`extractFacts: ${name}`, () => assert.deepEqual(facts(text), want));
});

describe("extractFacts never emits a wrong value", () => {
  const rows: [string, string][] = [
    ["a year is not a count", "2022年,镇党委、镇政府高度重视政务公开工作。"],
    ["staff is not a subject", "安排1 名工作人员负责具体工作落实。"],
    ["a rate is not a count", "均在法定期限内予以答复，办结率100%。"],
    ["topic counts without a named subject", "全年共发布信息291条。今年共发布380条财政资金信息，其中专项资金152条。"],
    ["依申请公开信息数 is not requests (pingtan 0002)", "作为依申请公开信息数46条，不予公开信息数1402。"],
    ["an ordinal 第1条 is not a count", "依据《条例》第1条规定。"],
    ["a frequency is not a count (openings/068)", "同时做到回应关切信息至少每周更新一次,每月开展培训2次。"],
    ["a Chinese numeral in a word is not a count", "实行一次性告知,提供一条龙服务,第一次培训。"],
  ];
  for (const [name, text] of rows) test(`extractFacts: ${name}`, () => assert.deepEqual(facts(text), []));
});

describe("extractFacts spans and negations", () => {
  test("extractFacts: the span covers number and unit, the text is the sentence", () => {
    const text = "前言。2022年,立岗镇通过各类公开平台公开政府信息共932条。";
    const [f] = extractFacts(text, { start: 3, end: text.length });
    assert.ok(f !== undefined);
    assert.equal(text.slice(f.span.start, f.span.end), "932条");
    assert.equal(f.text, "2022年,立岗镇通过各类公开平台公开政府信息共932条。");
  });

  test("extractFacts: 未收到…申请 and 未发生…行政复议及行政诉讼 are zeros, marked negated (seed 000)", () => {
    const text =
      "2022年,立岗镇人民政府未收到公民、法人和其他组织的政府信息公开申请,未发生因信息公开申请引发行政复议及行政诉讼的情况。";
    const got = extractFacts(text, { start: 0, end: text.length });
    assert.deepEqual(
      got.map((f) => [f.subject, f.value, f.negated]),
      [
        ["requests.received", 0, true],
        ["reconsideration.total", 0, true],
        ["litigation.total", 0, true],
      ],
    );
    assert.equal(text.slice(got[0]?.span.start, got[0]?.span.end), "未收到公民、法人和其他组织的政府信息公开申请");
  });

  test("extractFacts: 余/多 mark a figure approximate; 万元 stays a unit", () => {
    const text = "全年主动公开政府信息1.2万余条，收取费用0.5万元。";
    const [f] = extractFacts(text, { start: 0, end: text.length });
    assert.equal(f?.approximate, true);
    assert.equal(f?.value, 12000);
  });

  test("extractFacts throws InvalidInputError for a span outside the text", () => {
    assert.throws(() => extractFacts("abc", { start: 0, end: 9 }), {
      name: "InvalidInputError",
      message: /span must lie within the text \(0\.\.3\); found 0\.\.9/,
    });
    assert.throws(() => extractFacts(42 as unknown as string, { start: 0, end: 0 }), InvalidInputError);
  });
});
