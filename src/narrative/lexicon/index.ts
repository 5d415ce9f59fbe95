/**
 * Data modules of the narrative stage: `items` (headings, cues, connectives; it spreads in
 * `scoring`: generic phrases, stopwords, units and names) and `facts` (subjects of prose figures).
 */

export { default as facts } from "./facts.js";
export { default as items } from "./items.js";
export { default as scoring } from "./scoring.js";
