/**
 * What mirror sites and converters do to a report must not change what the stage
 * reads: conversion to traditional characters, pinyin inserted after characters,
 * CRLF line ends, Markdown heading marks. Checked on every seed, pingtan report and opening.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import * as OpenCC from "opencc-js";
import { detectMeta, segmentReport } from "../../src/sections/index.js";
import { SECTION_KEYS } from "../../src/types.js";

const RAW = new URL("../../data/raw/", import.meta.url).pathname;
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" }) as (s: string) => string;

const TRANSFORMS: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ["traditional", toTraditional],
  ["pinyin", (s) => s.replace(/([据报数关统计])/g, "$1(jù)")],
  ["crlf", (s) => s.replace(/\n/g, "\r\n")],
  ["markdown", (s) => s.replace(/^([一二三四五六])、/gm, "## $1、")],
];

function read(text: string) {
  const seg = segmentReport(text);
  const { meta } = detectMeta({ text }, seg.sections, seg.template);
  return {
    keys: SECTION_KEYS.filter((k) => seg.sections[k] !== null),
    template: seg.template,
    meta: [meta.agency_id, meta.year, meta.published, meta.level, meta.province],
  };
}

const files = ["seeds", "pingtan", "openings"].flatMap((d) =>
  readdirSync(join(RAW, d))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `${d}/${f}`),
);

for (const [name, transform] of TRANSFORMS) {
  test(`segmentReport + detectMeta read the same sections and metadata after the ${name} transform`, () => {
    for (const f of files) {
      const raw = readFileSync(join(RAW, f), "utf8");
      assert.deepEqual(read(transform(raw)), read(raw), `${f} (${name})`);
    }
  });
}
