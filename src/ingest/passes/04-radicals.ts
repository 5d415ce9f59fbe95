/**
 * Pass 04: Kangxi radicals and CJK compatibility ideographs (NFKC) and CJK Radicals
 * Supplement characters (table) to the ordinary ideographs.
 */
import { applyEdits, editsFromRegex, type MappedText } from "../mapped-text.js";
import { RADICAL_SUPPLEMENT } from "../radicals.js";
import type { PassContext } from "./context.js";

const RADICALS = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF]/g;

/** Replace each radical form by its ideograph (one code unit for one). */
export function normalizeRadicals(mt: MappedText, ctx: PassContext): MappedText {
  const edits = editsFromRegex(mt.text, RADICALS, "radical form", (m) => {
    const ch = m[0];
    const mapped = RADICAL_SUPPLEMENT[ch] ?? ch.normalize("NFKC");
    return mapped.length === 1 ? mapped : null;
  });
  return applyEdits(mt, edits, ctx.decoded);
}
