/**
 * The normalisation chain: numbered passes over a mapped text, in order. Each pass keeps
 * the origin map exact, so the result maps every character back to the decoded source.
 */

import type { Diagnostic, InputFormat, Removal, Script } from "../types.js";
import { detectScript, toSimplified } from "../util/chinese.js";
import { type Edit, type MappedText, reanchorRemovals } from "./mapped-text.js";
import { applyLayout } from "./passes/00-layout.js";
import { normalizeInvisible } from "./passes/01-invisible.js";
import { normalizeMarkup } from "./passes/02-markup.js";
import { normalizeWidth } from "./passes/03-width.js";
import { normalizeRadicals } from "./passes/04-radicals.js";
import { removePinyin } from "./passes/05-pinyin.js";
import { convertScript } from "./passes/06-script.js";
import { removeMarkdown } from "./passes/07-markdown.js";
import { removeChrome } from "./passes/08-chrome.js";
import { joinBrokenWords } from "./passes/09-broken-words.js";
import { trimLineSpaces } from "./passes/10-spaces.js";
import type { Pass, PassContext, PassNotes } from "./passes/context.js";

/** The passes, in the order they run. */
export const INGEST_PASSES: ReadonlyArray<readonly [string, Pass]> = [
  ["layout", applyLayout],
  ["invisible", normalizeInvisible],
  ["markup", normalizeMarkup],
  ["width", normalizeWidth],
  ["radicals", normalizeRadicals],
  ["pinyin", removePinyin],
  ["script", convertScript],
  ["markdown", removeMarkdown],
  ["chrome", removeChrome],
  ["broken-words", joinBrokenWords],
  ["spaces", trimLineSpaces],
];

/** What an extractor hands to normalisation. */
export interface NormalizeInput {
  readonly decoded: string;
  /** The extracted text mapped into `decoded` (identity for text files). */
  readonly base: MappedText;
  readonly format: InputFormat;
  readonly layoutEdits?: readonly Edit[];
  readonly pageStarts?: readonly number[];
  readonly title?: string | null;
  readonly publishedHint?: string | null;
}

/** The normalised text and what the passes noted. */
export interface NormalizeResult {
  readonly text: string;
  readonly origin: Int32Array;
  readonly removed: readonly Removal[];
  readonly script: Script;
  readonly title: string | null;
  readonly publishedHint: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Run every pass over the extracted text. */
export function normalizeExtracted(input: NormalizeInput): NormalizeResult {
  const script = detectScript(input.base.text);
  const notes: PassNotes = { title: input.title ?? null, publishedHint: input.publishedHint ?? null, diagnostics: [] };
  const ctx: PassContext = {
    decoded: input.decoded,
    format: input.format,
    layoutEdits: input.layoutEdits ?? [],
    pageStarts: input.pageStarts ?? [],
    traditional: script === "traditional",
    notes,
  };
  let mt = input.base;
  for (const [, pass] of INGEST_PASSES) mt = pass(mt, ctx);
  if (script === "traditional") {
    notes.diagnostics.push({
      code: "ingest.traditional",
      severity: "info",
      message: "text is in traditional characters; converted to simplified (opencc-js)",
    });
  }
  return {
    text: mt.text,
    origin: mt.origin,
    removed: reanchorRemovals(mt),
    script,
    title: notes.title === null ? null : normalizeTitle(notes.title, script),
    publishedHint: notes.publishedHint,
    diagnostics: notes.diagnostics,
  };
}

/** A title seen outside the text (`<title>`, crawler header) in the text's conventions. */
function normalizeTitle(title: string, script: Script): string {
  const narrow = title
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
  return script === "traditional" ? toSimplified(narrow) : narrow;
}
