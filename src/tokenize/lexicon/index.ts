/** Data module of the tokenize stage: the domain dictionary in jieba user-dict form. */
export { default as domainDict } from "./domain-dict.js";
