/**
 * Loads nodejieba once, with HMM on for unknown words, plus the project's domain dictionary (the
 * data module `lexicon/domain-dict.ts`, inserted word by word so no dictionary file is read here).
 */
import { createRequire } from "node:module";
import domainDict from "./lexicon/domain-dict.js";

const require = createRequire(import.meta.url);

/** The subset of nodejieba's API this project uses. */
export interface Jieba {
  cut(sentence: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: Jieba | null = null;
let domainWords: readonly string[] = [];

/** Parse a jieba user dictionary: the first field of each non-empty line. */
export function parseUserDict(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim().split(/\s+/)[0];
    if (word !== undefined && word !== "" && !word.startsWith("#")) words.push(word);
  }
  return words;
}

/** The nodejieba instance with the domain dictionary inserted (loaded on first use). */
export function getJieba(): Jieba {
  if (jieba === null) {
    const j = require("nodejieba") as Jieba;
    domainWords = parseUserDict(domainDict);
    for (const w of domainWords) j.insertWord(w);
    jieba = j;
  }
  return jieba;
}

/** The words of the domain dictionary (after the first `getJieba()` call). */
export function domainDictionary(): readonly string[] {
  getJieba();
  return domainWords;
}
