/** Pass 01: line breaks to `\n`, zero-width and soft characters out, exotic spaces to a plain space. */
import { applyEdits, editsFromRegex, type MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

// Zero-width space/joiners, word joiner, BOM inside text, soft hyphen, bidi marks.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E]+/g;
// No-break and typographic spaces, ideographic space.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const CR = /\r\n?/g;

/** Remove invisible characters, map no-break and ideographic spaces to " ", CRLF/CR to LF. */
export function normalizeInvisible(mt: MappedText, ctx: PassContext): MappedText {
  const edits = [
    ...editsFromRegex(mt.text, INVISIBLE, "invisible character"),
    ...editsFromRegex(mt.text, SPACES, "space variant", () => " "),
    ...editsFromRegex(mt.text, CR, "line break variant", () => "\n"),
  ].sort((a, b) => a.start - b.start);
  return applyEdits(mt, edits, ctx.decoded);
}
