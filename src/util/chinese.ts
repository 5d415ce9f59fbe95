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

let changing: Uint8Array | null = null;

/**
 * The set of code points in the CJK Unified Ideographs block (U+4E00–U+9FFF) and
 * Extension A that the converter changes on their own: the traditional-only characters.
 * Built once from opencc-js itself (about 30 ms).
 */
function changingChars(): Uint8Array {
  if (changing !== null) return changing;
  const chars: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) if (cp < 0x4dc0 || cp >= 0x4e00) chars.push(String.fromCharCode(cp));
  const converted = toSimplified(chars.join("\n")).split("\n");
  const table = new Uint8Array(0x10000);
  chars.forEach((ch, i) => {
    if (converted[i] !== ch) table[ch.charCodeAt(0)] = 1;
  });
  changing = table;
  return table;
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * Detect whether `text` is written in traditional characters: looks at up to `sample`
 * Han characters and counts those that opencc-js would convert on their own (a lookup in
 * a table built once from the converter, so detection is cheap). Simplified Chinese text
 * has almost none; traditional text has a fifth or more.
 * @returns `traditional` when at least `threshold` of the sampled Han characters are traditional-only
 * @example detectScript("政府資訊公開") // "traditional"
 */
export function detectScript(text: string, { sample = 4000, threshold = 0.04 } = {}): Script {
  const trad = changingChars();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length && han < sample; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) continue;
    han++;
    changed += trad[code] ?? 0;
  }
  if (han === 0) return "simplified";
  return changed >= Math.max(3, han * threshold) ? "traditional" : "simplified";
}
