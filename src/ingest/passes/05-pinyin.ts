/**
 * Pass 05: pinyin that mirror sites insert after characters, `根據(jù)` → `根據`. Only a
 * single tone-marked syllable in parentheses right after a Han character counts, so
 * ordinary parentheses (`(以下简称)`, `(m.example.com)`) are never touched.
 */
import { applyEdits, editsFromRegex, type MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

const PINYIN = /(?<=\p{Script=Han})\((?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** Remove inserted pinyin annotations. */
export function removePinyin(mt: MappedText, ctx: PassContext): MappedText {
  if (!TONE_MARK.test(mt.text)) return mt;
  const edits = editsFromRegex(mt.text, PINYIN, "pinyin annotation");
  if (edits.length > 0) {
    ctx.notes.diagnostics.push({
      code: "ingest.pinyin_removed",
      severity: "info",
      message: `removed ${edits.length} pinyin annotation(s) inserted after characters, e.g. ${mt.text.slice(edits[0]?.start ?? 0, edits[0]?.end ?? 0)}`,
    });
  }
  return applyEdits(mt, edits, ctx.decoded);
}
