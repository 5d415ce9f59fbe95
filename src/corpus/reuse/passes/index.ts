/**
 * The passes of the corpus reuse core, in the order `run.ts` runs them: 1 scan (signatures and
 * fingerprints), 2 candidates (LSH and shared fingerprints), 3 sweep (verify and align, block by
 * block), 4 near (near-duplicate pairs and clusters), 5 documents (classes, shares, offsets).
 */
export { scan } from "./01-scan.js";
export { candidates } from "./02-candidates.js";
export { sweep } from "./03-sweep.js";
export { nearResult } from "./04-near.js";
export { reuseRun } from "./05-documents.js";
