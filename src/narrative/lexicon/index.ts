/** Data modules of the narrative stage: `items` (headings, cues, connectives, generic phrases) and `facts` (subjects of prose figures). */

export { default as facts } from "./facts.js";
export { default as items } from "./items.js";
