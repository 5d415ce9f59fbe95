/**
 * Pass 07: Markdown markup (heading marks, bold/italic marks, links, rules, table
 * separator rows) removed when the document is Markdown. Table pipes stay: they are data.
 */
import { applyEdits, type Edit, editsFromRegex, type MappedText } from "../mapped-text.js";
import { dropOverlaps } from "./02-markup.js";
import type { PassContext } from "./context.js";

const LOOKS_MD = /^#{1,6}[ \t]|\*\*[^*\n]+\*\*|__[^_\n]+__/m;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/gm;
const CLOSING_HASHES = /[ \t]+#{1,6}[ \t]*$/gm;
const EMPHASIS = /\*\*|__/g;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]+)\]\((?:[^)\s\n]+)(?:\s+"[^"\n]*")?\)/g;
const RULE = /^[ \t]*(?:[-*_][ \t]*){3,}$\n?/gm;
const TABLE_SEPARATOR = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?[ \t]*$\n?/gm;
const BLOCKQUOTE = /^>[ \t]?/gm;

/** True when the text uses Markdown headings or emphasis. */
export function looksLikeMarkdown(text: string): boolean {
  return LOOKS_MD.test(text);
}

/** Remove Markdown markup, keeping the text it marks. */
export function removeMarkdown(mt: MappedText, ctx: PassContext): MappedText {
  if (ctx.format !== "md" && !looksLikeMarkdown(mt.text)) return mt;
  const text = mt.text;
  const edits: Edit[] = [
    ...editsFromRegex(text, TABLE_SEPARATOR, "markdown table rule"),
    ...editsFromRegex(text, RULE, "markdown rule"),
    ...editsFromRegex(text, HEADING, "markdown heading mark"),
    ...editsFromRegex(text, CLOSING_HASHES, "markdown heading mark"),
    ...editsFromRegex(text, EMPHASIS, "markdown emphasis mark"),
    ...editsFromRegex(text, IMAGE, "markdown image"),
    ...editsFromRegex(text, BLOCKQUOTE, "markdown quote mark"),
    ...linkEdits(text),
  ];
  return applyEdits(mt, dropOverlaps(edits), ctx.decoded);
}

/** `[text](url)` → `text`: two deletions around the kept text. */
function linkEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m !== null; m = LINK.exec(text)) {
    const inner = m[1] ?? "";
    const innerEnd = m.index + 1 + inner.length;
    edits.push({ start: m.index, end: m.index + 1, insert: "", reason: "markdown link" });
    edits.push({ start: innerEnd, end: m.index + m[0].length, insert: "", reason: "markdown link" });
  }
  return edits;
}
