// The shape of src/, enforced by `npm run lint` (dependency-cruiser). Each rule has a fixture that
// breaks it under test/fixtures/architecture/, and test/architecture/ checks that the linter
// rejects every one of them, so the rules cannot quietly be loosened to fit an import.
//
// Stages: a folder under src/ is a stage. A stage imports only the stages whose output it consumes
// (STAGES below), plus util/, types.ts and errors.ts; it imports another stage only through that
// stage's index.ts; nothing imports in a cycle, type-only imports included. Files and the
// environment are touched only at the edges: EDGE folders may import node:fs, child_process and
// paths.ts (which reads process.env); the others may not (biome's noProcessEnv covers process.env).

/** Which stages each stage consumes. */
const STAGES = {
  util: [],
  ingest: [],
  sections: ["ingest"],
  tokenize: [],
  narrative: ["tokenize", "sections"],
  rules: ["narrative"],
  tables: ["rules", "narrative", "sections", "ingest"],
  similarity: ["tokenize", "sections"],
  pipeline: ["ingest", "sections", "narrative", "rules", "tables"],
  corpus: ["pipeline", "similarity", "rules", "narrative", "sections", "tables", "frames"],
  frames: [],
  charts: ["frames"],
  dataset: ["pipeline", "corpus", "frames", "charts", "rules", "narrative"],
  job: ["pipeline", "corpus", "dataset", "frames", "ingest", "narrative", "similarity"],
  crawl: ["ingest", "frames", "dataset"],
  cli: [
    "ingest",
    "sections",
    "tokenize",
    "narrative",
    "rules",
    "tables",
    "similarity",
    "pipeline",
    "corpus",
    "frames",
    "charts",
    "dataset",
    "job",
    "crawl",
  ],
};

/** Folders (or files) that may read files, start processes and read the environment. */
const EDGE = ["cli", "ingest", "dataset", "job", "crawl", "charts/render\\.ts"];

const SHARED = ["util/", "types\\.ts$", "errors\\.ts$"];

const stageRules = Object.entries(STAGES).map(([stage, consumes]) => ({
  name: `stage-${stage}`,
  comment: `src/${stage}/ imports only the stages whose output it consumes: ${consumes.join(", ") || "none"} (and util/, types.ts, errors.ts)`,
  severity: "error",
  from: { path: `^src/${stage}/` },
  to: {
    path: "^src/",
    pathNot: [`^src/${stage}/`, ...consumes.map((s) => `^src/${s}/`), ...SHARED.map((s) => `^src/${s}`), "^src/paths\\.ts$"],
  },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles, type-only imports included.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...stageRules,
    {
      name: "only-through-index",
      comment: "Another stage is imported only through its index.ts.",
      severity: "error",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/", pathNot: ["^src/$1/", "^src/[^/]+/index\\.ts$", "^src/util/"] },
    },
    {
      name: "no-fs-outside-edges",
      comment: `Only the edge folders (${EDGE.join(", ")}) touch files or processes.`,
      severity: "error",
      from: { path: "^src/", pathNot: EDGE.map((e) => `^src/${e}`) },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process)$" },
    },
    {
      name: "no-paths-outside-edges",
      comment: "paths.ts reads process.env: only the edge folders import it.",
      severity: "error",
      from: { path: "^src/[^/]+/", pathNot: EDGE.map((e) => `^src/${e}`) },
      to: { path: "^src/paths\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs", ".json"] },
  },
};
