/**
 * Pass 02: HTML entities decoded; tags, comments and tag debris left in text files removed
 * (`<p id="x">`, `?。?/span>` where a scrape turned `<` into `?`).
 */

import { appendAll } from "../../util/arrays.js";
import { applyEdits, type Edit, editsFromRegex, type MappedText } from "../mapped-text.js";
import type { PassContext } from "./context.js";

const NAMED: Readonly<Record<string, string>> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  copy: "©",
  reg: "®",
  yen: "¥",
  deg: "°",
  plusmn: "±",
  laquo: "«",
  raquo: "»",
  sect: "§",
  zwsp: "",
  shy: "",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g;
const TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>\n]*)?\/?>/g;
// A closing tag whose `<` a scrape turned into `?`, with `?`/`。` debris before it at line start.
const DEBRIS = /(?:(?<=^|\n)[?？。]{0,4})?\?\/[a-zA-Z]{1,10}>/g;

/** Decode one entity match; null when the name is unknown (left as printed). */
function decodeEntity(m: RegExpExecArray): string | null {
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? Number(m[1]) : Number.parseInt(m[2] ?? "", 16);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp === 0xa0 || cp === 0x3000) return " ";
    if (cp === 0x200b || cp === 0xfeff) return "";
    return String.fromCodePoint(cp);
  }
  const name = m[3] ?? "";
  const v = NAMED[name] ?? NAMED[name.toLowerCase()];
  if (v === undefined) return null;
  // Without `;` only the common `&nbsp`/`&amp` forms count as entities.
  if (!m[0].endsWith(";") && name !== "nbsp" && name !== "amp") return null;
  return v;
}

/** Remove tags and debris (text formats only), decode entities (all formats). */
export function normalizeMarkup(mt: MappedText, ctx: PassContext): MappedText {
  const text = mt.text;
  const edits: Edit[] = [];
  if (ctx.format !== "html" && ctx.format !== "docx" && text.includes("<")) {
    appendAll(edits, editsFromRegex(text, TAG, "html tag in text"));
  }
  if (text.includes("?/")) appendAll(edits, editsFromRegex(text, DEBRIS, "html tag debris"));
  if (text.includes("&")) appendAll(edits, editsFromRegex(text, ENTITY, "html entity", decodeEntity));
  return applyEdits(mt, dropOverlaps(edits), ctx.decoded);
}

/** Sort edits and drop any that overlap an earlier one. */
export function dropOverlaps(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  let end = -1;
  for (const e of edits) {
    if (e.start < end) continue;
    out.push(e);
    end = Math.max(end, e.end);
  }
  return out;
}
