/**
 * xxgk-lab public API, in pipeline order. Every stage is a folder under `src/` whose `index.ts` is
 * its public surface: the per-report stages, the per-report line that runs them (`pipeline`), the
 * steps over many reports (`corpus`), the writers of the dataset (`dataset`), the `xxgk analyze`
 * job (`job`), and the charts.
 */

export * from "./charts/index.js";
export * from "./corpus/index.js";
export * from "./dataset/index.js";
export * from "./errors.js";
export * from "./frames/index.js";
export * from "./ingest/index.js";
export * from "./job/index.js";
export * from "./narrative/index.js";
export * as paths from "./paths.js";
export * from "./pipeline/index.js";
export * from "./rules/index.js";
export * from "./sections/index.js";
export * from "./similarity/index.js";
export * from "./tables/index.js";
export * from "./tokenize/index.js";
export * from "./types.js";
