/**
 * Small generic helpers, one per file, that any stage may import (file by file or from here):
 * `appendAll` (push many without argument spreads), `toSimplified`/`detectScript` (OpenCC script
 * conversion and detection), `mulberry32` (a seeded generator for deterministic tests and corpora).
 */
export { appendAll } from "./arrays.js";
export { detectScript, toSimplified } from "./chinese.js";
export { mulberry32 } from "./random.js";
