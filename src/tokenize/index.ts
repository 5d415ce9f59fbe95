/**
 * Stage `tokenize`: Chinese report text → tokens with their offsets — nodejieba words (HMM on, the
 * domain dictionary of `lexicon/`), every number as one slot token, punctuation and spaces kept so
 * that the tokens cover the text exactly.
 */

export type { Jieba } from "./dictionary.js";
export { domainDictionary, getJieba, parseUserDict } from "./dictionary.js";
export type { Token, TokenizeOptions, TokenKind } from "./tokenize.js";
export { NUMBER_SLOT, tokenize, words } from "./tokenize.js";
