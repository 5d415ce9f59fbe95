/** Traditional→simplified conversion (opencc-js) and script detection. */
import * as OpenCC from "opencc-js";
import type { Script } from "../types.js";

type Convert = (text: string) => string;
let t2s: Convert | null = null;

/** The opencc-js converter from traditional (Taiwan, Hong Kong or OpenCC standard) to mainland simplified. */
function converter(): Convert {
  if (t2s === null) t2s = OpenCC.Converter({ from: "t", to: "cn" }) as Convert;
  return t2s;
}

/**
 * Convert traditional characters to simplified. Costly (~10 MB/s): call it only on
 * text that `detectScript` finds traditional.
 * @example toSimplified("政府資訊公開") // "政府资讯公开"
 */
export function toSimplified(text: string): string {
  return converter()(text);
}

const HAN = /\p{Script=Han}/u;

/**
 * Detect whether `text` is written in traditional characters: converts a sample of up
 * to `sample` Han characters and counts how many change. Simplified Chinese text
 * changes almost nowhere; traditional text changes in a fifth or more of its characters.
 * @returns `traditional` when at least `threshold` of the sampled Han characters change
 */
export function detectScript(text: string, { sample = 4000, threshold = 0.04 } = {}): Script {
  let han = "";
  for (const ch of text) {
    if (HAN.test(ch)) {
      han += ch;
      if (han.length >= sample) break;
    }
  }
  if (han.length === 0) return "simplified";
  const converted = toSimplified(han);
  let changed = 0;
  const n = Math.min(han.length, converted.length);
  for (let i = 0; i < n; i++) if (han.charCodeAt(i) !== converted.charCodeAt(i)) changed++;
  return changed >= Math.max(3, han.length * threshold) ? "traditional" : "simplified";
}
