/** Data modules of the similarity stage: the text the national formats mandate, one phrase per line. */
export { default as mandated2019 } from "./mandated-2019.js";
export { default as mandated2021 } from "./mandated-2021.js";
