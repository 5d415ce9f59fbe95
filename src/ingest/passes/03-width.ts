/** Pass 03: full-width ASCII forms (digits, letters, punctuation) to their ASCII counterparts. */
import { applyEdits, editsFromRegex, type MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

const FULL_WIDTH = /[\uFF01-\uFF5E]+/g;

/** Map U+FF01–U+FF5E to U+0021–U+007E, one character for one. */
export function normalizeWidth(mt: MappedText, ctx: PassContext): MappedText {
  const edits = editsFromRegex(mt.text, FULL_WIDTH, "full-width form", (m) => {
    let s = "";
    for (let i = 0; i < m[0].length; i++) s += String.fromCharCode(m[0].charCodeAt(i) - 0xfee0);
    return s;
  });
  return applyEdits(mt, edits, ctx.decoded);
}
