/**
 * Small generic helpers, one per file, that any stage may import (file by file or from here):
 * `appendAll` (push many without argument spreads), `toSimplified`/`detectScript` (OpenCC script
 * conversion and detection), `mulberry32` (a seeded generator for deterministic tests and corpora), `lineSpans`/`PAGE_NUMBER_LINE`
 * (lines of a text range, a page-number line).
 */
export { appendAll } from "./arrays.js";
export { detectScript, toSimplified } from "./chinese.js";
export { lineSpans, PAGE_NUMBER_LINE } from "./lines.js";
export { mulberry32 } from "./random.js";
