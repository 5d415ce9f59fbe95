/**
 * xxgk-lab public API, in pipeline order. Every stage is a folder under `src/`
 * whose `index.ts` is its public surface.
 */
export * from "./types.js";
export * from "./errors.js";
export * as paths from "./paths.js";
export * from "./ingest/index.js";
export * from "./sections/index.js";
export * from "./tokenize/index.js";
export * from "./narrative/index.js";
export * from "./rules/index.js";
export * from "./tables/index.js";
export * from "./similarity/index.js";
export * from "./frames/index.js";
export * from "./charts/index.js";
export * from "./pipeline/index.js";
