/** Pass 00: edits the extractor decided on the raw extraction (PDF furniture, soft wraps). */
import { applyEdits, type MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

/** Apply `ctx.layoutEdits`; the text is still the decoded string, so coordinates agree. */
export function applyLayout(mt: MappedText, ctx: PassContext): MappedText {
  if (ctx.layoutEdits.length === 0) return mt;
  return applyEdits(mt, ctx.layoutEdits, ctx.decoded);
}
