/**
 * Pass 06: traditional → simplified (opencc-js), only when the document was detected as
 * traditional. Lines are converted one by one; a line whose length the conversion keeps
 * maps character for character, other lines map each output character proportionally.
 */
import { toSimplified } from "../../util/chinese.js";
import type { MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

/** Convert traditional characters to simplified, keeping the origin map exact per line. */
export function convertScript(mt: MappedText, ctx: PassContext): MappedText {
  if (!ctx.traditional) return mt;
  const { text, origin } = mt;
  const converted = toSimplified(text);
  if (converted.length === text.length) return { ...mt, text: converted };
  const parts: string[] = [];
  const map: number[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl + 1;
    const line = text.slice(start, end);
    const out = toSimplified(line);
    for (let k = 0; k < out.length; k++) {
      const rel = out.length === line.length ? k : Math.floor((k * line.length) / out.length);
      map.push(origin[start + rel] ?? 0);
    }
    parts.push(out);
    if (nl === -1) break;
    start = end;
  }
  map.push(origin[text.length] ?? 0);
  return { text: parts.join(""), origin: Int32Array.from(map), removed: mt.removed };
}
