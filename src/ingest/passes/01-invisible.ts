/** Pass 01: line breaks to `\n`, zero-width and soft characters out, exotic spaces to a plain space. */
import { applyEdits, type Edit, type MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

// Zero-width space/joiners, word joiner, BOM inside text, soft hyphen, bidi marks (group 1);
// no-break and typographic spaces, ideographic space (group 2); CR and CRLF (group 3).
const ANY =
  /([\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E]+)|([\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000])|(\r\n?)/g;

/** Remove invisible characters, map no-break and ideographic spaces to " ", CRLF/CR to LF. */
export function normalizeInvisible(mt: MappedText, ctx: PassContext): MappedText {
  const edits: Edit[] = [];
  ANY.lastIndex = 0;
  for (let m = ANY.exec(mt.text); m !== null; m = ANY.exec(mt.text)) {
    const [insert, reason] =
      m[1] !== undefined
        ? ["", "invisible character"]
        : m[2] !== undefined
          ? [" ", "space variant"]
          : ["\n", "line break variant"];
    edits.push({ start: m.index, end: m.index + m[0].length, insert, reason });
  }
  return applyEdits(mt, edits, ctx.decoded);
}
