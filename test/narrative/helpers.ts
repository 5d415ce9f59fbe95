/**
 * Test helper: reads a corpus report (traditional converted to simplified) and locates the six
 * section headings with a regex, to build a `Sections` value until the sections stage is merged.
 * Only the spans of `Sections` are used by the code under test.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { RAW_DIR } from "../../src/paths.js";
import type { Section, SectionKey, Sections } from "../../src/types.js";
import { detectScript, toSimplified } from "../../src/util/chinese.js";

/** The corpus reports that have a section 五 (or its legacy equivalent). */
export const CORPUS_FILES: readonly string[] = [
  "seeds/000_ddf1fad75dcf317a.txt",
  "seeds/001_ab0a76f0713d54a4.txt",
  "seeds/002_12f78b61d8e1d558.txt",
  "seeds/003_6bf7699e84e20962.txt",
  "seeds/004_86673d63bf19c25f.txt",
  "pingtan/0002.txt",
  "pingtan/0006.txt",
  "pingtan/0009.txt",
  "pingtan/0014.txt",
  "pingtan/0016.txt",
];

const cache = new Map<string, string>();

/** Read a corpus file as simplified text (CRLF kept as is; traditional converted), cached per process. */
export function readCorpus(file: string): string {
  const hit = cache.get(file);
  if (hit !== undefined) return hit;
  const raw = readFileSync(resolve(RAW_DIR, file), "utf8");
  const text = detectScript(raw) === "traditional" ? toSimplified(raw) : raw;
  cache.set(file, text);
  return text;
}

/** Heading words per section key, with the ordinals a heading of that key may carry. */
const HEADINGS: readonly [SectionKey, string, string][] = [
  ["overview", "一", "总体情况|概述"],
  ["proactive", "二", "主动公开政府信息(?:的)?情况"],
  ["requests", "三", "收到和处理政府信息公开申请情况|政府信息依申请公开(?:工作|办理)?情况"],
  ["review", "四", "(?:因)?政府信息公开(?:申请)?行政复议、(?:提起)?行政诉讼(?:的)?情况"],
  [
    "issues",
    "四五",
    "(?:政府信息公开工作)?存在的主要问题(?:及|和)改进(?:情况|措施)|存在问题(?:及|和)改进(?:情况|措施)",
  ],
  ["other", "五六", "其他需要报告的事项|政府信息公开情况统计表"],
];

/** Build `Sections` for `text` by locating numbered headings in order. */
export function locateSections(text: string): Sections {
  const found: { key: SectionKey; start: number; headEnd: number; title: string }[] = [];
  let from = 0;
  for (const [key, ordinals, words] of HEADINGS) {
    const re = new RegExp(`(?:^|[\\s。#])(?:#+\\s*)?([${ordinals}])[、.．]\\s*((?:${words}))`, "gmu");
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null) continue;
    const start = m.index + m[0].indexOf(m[1] ?? "");
    const headEnd = m.index + m[0].length;
    found.push({ key, start, headEnd, title: text.slice(start, headEnd) });
    from = headEnd;
  }
  const out: Record<SectionKey, Section | null> = {
    overview: null,
    proactive: null,
    requests: null,
    review: null,
    issues: null,
    other: null,
  };
  found.forEach((f, i) => {
    const end = found[i + 1]?.start ?? text.length;
    out[f.key] = {
      key: f.key,
      start: f.start,
      end,
      heading: { start: f.start, end: f.headEnd },
      title: f.title,
      text: text.slice(f.start, end),
    };
  });
  return out;
}
