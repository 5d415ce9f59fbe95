/** Map an offset of the normalised text back to the source file. */
import { describe, InvalidInputError } from "../errors.js";
import type { IngestedDoc, SourcePosition } from "../types.js";
import { byteOffsetOf } from "./decode.js";
import { pageOf } from "./origin.js";

/**
 * Where normalised offset `offset` of `doc.text` came from: the index in `doc.decoded`,
 * the byte offset in the file (text and HTML files: exact in the file's own encoding) and
 * the 1-based page (PDF).
 * @throws InvalidInputError when `offset` is not an integer in `[0, doc.text.length]`
 */
export function sourcePosition(doc: IngestedDoc, offset: number): SourcePosition {
  if (!Number.isInteger(offset) || offset < 0 || offset > doc.text.length) {
    throw new InvalidInputError(
      `sourcePosition: offset; expected an integer in [0, ${doc.text.length}], found ${describe(offset)}`,
    );
  }
  const char = doc.origin[offset] ?? doc.decoded.length;
  const textual = doc.format === "txt" || doc.format === "md" || doc.format === "html";
  const byte =
    textual && doc.encoding !== null ? byteOffsetOf(doc.decoded, char, doc.encoding, doc.bomBytes ?? 0) : null;
  return { char, byte, page: pageOf(doc.pageStarts, char) };
}
