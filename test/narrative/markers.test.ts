/** Enumeration markers: each style the reports use, on real sentences of the corpus. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { narrativeMarkers } from "../../src/narrative/index.js";

const { cnNumber, enumerationRuns, findMarkers, pickEnumeration } = narrativeMarkers;

const top = (text: string): string[] => pickEnumeration(findMarkers(text)).map((m) => m.text);

describe("cnNumber", () => {
  const rows: [string, number | null][] = [
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
    ["", null],
    ["一二", null],
    ["百", null],
  ];
  for (const [s, n] of rows) test(`cnNumber(${JSON.stringify(s)}) is ${n}`, () => assert.equal(cnNumber(s), n));
});

describe("pickEnumeration(findMarkers(text)) finds the top-level enumeration", () => {
  const rows: [string, string, string[]][] = [
    [
      "一是…二是… (seed 000)",
      "一是公开意识及内容需要进一步深化,对舆情的处理能力不够。二是信息公开工作力量薄弱,在政务公开工作交接环节出现一些问题。三是信息公开质量不高。",
      ["一是", "二是", "三是"],
    ],
    [
      "（一）（二） with nested 1、2、 (pingtan 0002)",
      "（一）进一步深化政府信息公开内容。按照《条例》要求。 （二）进一步拓展政府信息公开形式。 （三）进一步规范政府信息公开行为 1、加强信息公开培训指导工作。 2、规范政府信息公开行为，切实履行公开责任。",
      ["（一）", "（二）", "（三）"],
    ],
    [
      "1. 2. Markdown lines (seed 001)",
      "1. 提高认识。加强宣传教育力度, 及时公开、更新。\n2. 进一步健全政府信息公开制度规范。\n3. 继续积极做好政务主动公开工作。\n\n4.进一步完善信息公开工作机构。",
      ["1.", "2.", "3.", "4."],
    ],
    [
      "(1)(2) with HTML debris (seed 004, 一、总体情况)",
      "(1)通过区政府门户网站和LED电子屏进行公开;\n(2)通过公开栏进行公开;\n(3)下发文件或宣传资料进行公开。",
      ["(1)", "(2)", "(3)"],
    ],
    [
      "首先/其次/最后 on seed 004's improvements",
      "首先,进一步加大政府信息公开力度,扩大信息公开的覆盖面和影响力。其次,持续加强政府信息公开工作人员专业技能和理论知识的培训力度。最后,不断加强政府信息公开工作的制度化、规范化建设。",
      ["首先", "其次", "最后"],
    ],
    [
      "Markdown bullets on seed 002's problems",
      "- 政府信息公开意识及内容要进一步深化。\n- 公开工作质量，内容版式创新还需进一步提高。\n- 公开形式的便民性要进一步提高。",
      ["-", "-", "-"],
    ],
    [
      "第一，第二， on pingtan 0016's improvements",
      "第一，加大电子政务协同办公平台的推广应用。第二，抓好主动公开信息巡查工作。",
      ["第一", "第二"],
    ],
    [
      "①② on seed 003's problems",
      "①政府信息公开工作规范性有待进一步加强;②政策解读形式不够丰富、覆盖面不够完全。",
      ["①", "②"],
    ],
  ];
  for (const [name, text, want] of rows) test(`${name}`, () => assert.deepEqual(top(text), want));

  test("a lone marker, a decimal and an ordinal inside a word are not an enumeration", () => {
    assert.deepEqual(top("一是信息公开质量不高。"), []);
    assert.deepEqual(top("办结率100%，平均用时3.5天，唯一是其特点。"), []);
  });

  test("enumerationRuns finds where the numbering restarts (pingtan 0009: problems, then improvements)", () => {
    const text =
      "一是重大行政决策预公开程度需进一步加强。二是部分重点领域信息公开深度不足。三是政策解读形式单一。 2023年，我区将采取以下措施加以改进。一是丰富意见征集形式。二是加大重点领域公开信息整合归类力度。";
    const runs = enumerationRuns(findMarkers(text));
    assert.deepEqual(
      runs.map((r) => r.map((m) => m.text)),
      [
        ["一是", "二是", "三是"],
        ["一是", "二是"],
      ],
    );
  });
});
