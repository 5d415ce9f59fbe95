/** Specificity: generic items (套话) of the corpus rank below its specific ones, on a hand-made list. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractNarrative, narrativeSpecificity, specificityScorer } from "../../src/narrative/index.js";
import { CORPUS_FILES, locateSections, readCorpus } from "./helpers.js";

const { combineSpecificity, countNames, genericShare } = narrativeSpecificity;

/** Hand-picked corpus items, read as generic (stock phrases, nothing only this agency could say). */
const GENERIC = [
  "考核机制有待进一步提高。", // seed 002
  "公开形式的便民性要进一步提高。", // seed 002
  "信息公开队伍还不够强,专业素质、理论水平有待进一步提高;", // seed 004
  "公开意识及内容需要进一步深化,对于政务公开的意义了解不够,对政务公开工作的重视程度不够,公开意识薄,对舆情的处理能力不够。", // seed 000
  "依申请公开工作机制仍需进一步规范；", // pingtan 0002
  "进一步强化组织领导,优化领导机构职责,完善工作机制,细化责任分工,不断提高政府信息公开质量。", // seed 003
];

/** Hand-picked corpus items, read as specific (named systems, channels, methods, numbers). */
const SPECIFIC = [
  "加大电子政务协同办公平台的推广应用，建立健全电子公文流转管理机制，从源头抓起，做好电子公文流转过程中各项属性的设置，争取做到政府信息公开自动化和标准化。", // pingtan 0016
  "抓好新媒体的应用普及。推广政务微信、微博、手机APP二维码的应用，使公众通过在线或扫描二维码就可以下载客户端安卓版，通过APP store可下载iOS版本。", // pingtan 0016
  "丰富意见征集形式，将座谈会、听证会、问卷调查和民意调查等多种方式广泛听取意见，及时公开意见反馈信息，深化重大行政决策预公开程度。", // pingtan 0009
  "加强队伍建设。邀请舆情分析、公共危机处理等方面专家,对负责政务公开工作人员进行专题培训,提高专业水准。", // seed 000
  "受人员编制限制，各单位信息公开多由办公室人员或临时借调人员兼职经办，流动性较大，工作移交不过顺畅，导致信息公开工作规范程度残差不齐；", // pingtan 0014
];

function corpusItems(): string[] {
  const out: string[] = [];
  for (const f of CORPUS_FILES) {
    const text = readCorpus(f);
    const n = extractNarrative(text, locateSections(text));
    out.push(...n.problems.map((p) => p.text), ...n.improvements.map((p) => p.text));
  }
  return out;
}

describe("specificityScorer", () => {
  const score = specificityScorer(corpusItems());

  test("specificityScorer ranks every generic item of the hand-made list below every specific one", () => {
    const g = GENERIC.map((t) => score(t).score);
    const s = SPECIFIC.map((t) => score(t).score);
    assert.ok(Math.max(...g) < Math.min(...s), `generic ${g.join(", ")} vs specific ${s.join(", ")}`);
  });

  test("specificityScorer: a named programme and figures raise the score of the same sentence", () => {
    const plain = score("加强政务公开平台建设。").score;
    const named = score("2023年5月上线“立岗政务通”小程序，发布信息120条。").score;
    assert.ok(named > plain);
    const parts = score("2023年5月上线“立岗政务通”小程序，发布信息120条。").parts;
    assert.equal(parts.dates, 1);
    assert.equal(score("在2024年的工作中做好公开工作。").parts.dates, 0, "a year alone is not a date");
    assert.equal(parts.numbers, 1);
    assert.ok(parts.names >= 1);
  });

  test("specificityScorer throws InvalidInputError for a corpus that is not strings", () => {
    assert.throws(() => specificityScorer([1, 2] as never), { name: "InvalidInputError", message: /array of strings/ });
  });

  test("specificityScorer scores are in [0, 1] and deterministic", () => {
    for (const t of [...GENERIC, ...SPECIFIC, ""]) {
      const a = score(t);
      assert.ok(a.score >= 0 && a.score <= 1);
      assert.deepEqual(score(t), a);
    }
  });
});

describe("specificity parts", () => {
  test("countNames counts 《…》 and quoted names but not 《条例》 nor quoted slogans", () => {
    assert.equal(countNames("按照《条例》要求"), 0);
    assert.equal(countNames("实现“多层次、多渠道、多角度、全方位”发布"), 0);
    assert.equal(countNames("公开《贺兰县2022年政务公开工作实施方案》和“局长信箱”"), 2);
  });

  test("genericShare is the share of characters in stock phrases", () => {
    assert.equal(genericShare("考核机制有待加强"), 0.5);
    assert.equal(genericShare(""), 0);
  });

  test("combineSpecificity clamps to [0, 1]", () => {
    assert.equal(combineSpecificity({ names: 0, numbers: 0, dates: 0, rarity: 0, generic: 1 }), 0);
    assert.equal(combineSpecificity({ names: 5, numbers: 9, dates: 3, rarity: 1, generic: 0 }), 1);
  });
});
