/** Pass 10: spaces at the start and end of lines removed (tabs stay: they separate table cells). */
import { applyEdits, editsFromRegex, type MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

const EDGE_SPACES = /^ +| +$/gm;

/** Trim runs of spaces at line edges. */
export function trimLineSpaces(mt: MappedText, ctx: PassContext): MappedText {
  return applyEdits(mt, editsFromRegex(mt.text, EDGE_SPACES, "line-edge spaces"), ctx.decoded);
}
