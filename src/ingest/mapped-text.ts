/**
 * A text with an origin map: `origin[i]` is the index in the decoded source of the
 * character that produced `text[i]`, and `origin[text.length]` is the end. Every
 * normalisation pass rewrites a `MappedText` through `applyEdits`, which composes the
 * maps so that offsets stay exact through the whole chain.
 */
import type { Removal } from "../types.js";

/** Text plus its origin map into the decoded source, and what was removed on the way. */
export interface MappedText {
  readonly text: string;
  /** Length `text.length + 1`, non-decreasing. */
  readonly origin: Int32Array;
  readonly removed: readonly Removal[];
}

/** One rewrite of `[start, end)` of the current text by `insert`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
  /** Why; edits that delete text are recorded as removals with this reason. */
  readonly reason: string;
}

/** The identity map of `text` onto itself. */
export function mappedFromText(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin, removed: [] };
}

/**
 * Build a mapped text from pieces whose source offsets are known (e.g. text nodes of an
 * HTML document). Each piece's characters map to `source + k` when `exact`, else all to
 * `source` (text synthesised at a place, like a tab between table cells).
 */
export class MappedBuilder {
  private readonly parts: string[] = [];
  /** Per piece: the origin of its first character, and whether the rest follow it (+1 each). */
  private readonly bases: number[] = [];
  private readonly exact: boolean[] = [];
  private length = 0;
  private last = 0;

  /** Append `text` whose first character came from `source` in the decoded string. */
  push(text: string, source: number, exact = true): void {
    if (text.length === 0) return;
    const base = Math.max(source, this.last);
    this.parts.push(text);
    this.bases.push(base);
    this.exact.push(exact);
    this.length += text.length;
    this.last = exact ? base + text.length - 1 : base;
  }

  /** Current length of the built text. */
  get size(): number {
    return this.length;
  }

  /** The last character pushed, or "" when empty. */
  lastChar(): string {
    const p = this.parts[this.parts.length - 1];
    return p === undefined ? "" : p.charAt(p.length - 1);
  }

  /** Finish, with `end` the decoded length (the origin of the end position). */
  build(end: number): MappedText {
    const origin = new Int32Array(this.length + 1);
    let n = 0;
    this.parts.forEach((part, i) => {
      const base = this.bases[i] ?? 0;
      const step = this.exact[i] ? 1 : 0;
      for (let k = 0; k < part.length; k++) origin[n++] = Math.min(base + k * step, end);
    });
    origin[this.length] = Math.max(end, this.last);
    return { text: this.parts.join(""), origin, removed: [] };
  }
}

/**
 * Apply non-overlapping edits (sorted by `start`) to a mapped text. Characters that are
 * kept keep their origin; inserted characters map to the origin of the replaced
 * character at the same relative position (or the last one). Deletions are recorded as
 * `Removal`s with the source span they came from.
 * @throws RangeError when edits overlap or are out of order (a bug in a pass)
 */
export function applyEdits(mt: MappedText, edits: readonly Edit[], decoded: string): MappedText {
  if (edits.length === 0) return mt;
  const { text, origin } = mt;
  const out: string[] = [];
  const map = new Int32Array(text.length + 1 + extraLength(edits));
  const removed: Removal[] = [...mt.removed];
  let n = 0;
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new RangeError(`ingest: edit [${e.start}, ${e.end}) out of order or range; text length ${text.length}`);
    }
    out.push(text.slice(pos, e.start));
    for (let i = pos; i < e.start; i++) map[n++] = origin[i] ?? 0;
    const span = e.end - e.start;
    for (let k = 0; k < e.insert.length; k++) {
      const src = span === 0 ? e.start : e.start + Math.min(k, span - 1);
      map[n++] = origin[src] ?? 0;
    }
    out.push(e.insert);
    if (e.insert.length === 0 && span > 0) {
      const s = origin[e.start] ?? 0;
      const t = origin[e.end] ?? s;
      removed.push({ at: n, source: { start: s, end: t }, text: decoded.slice(s, t), reason: e.reason });
    }
    pos = e.end;
  }
  out.push(text.slice(pos));
  for (let i = pos; i <= text.length; i++) map[n++] = origin[i] ?? 0;
  return { text: out.join(""), origin: n === map.length ? map : map.subarray(0, n), removed };
}

function extraLength(edits: readonly Edit[]): number {
  let extra = 0;
  for (const e of edits) extra += Math.max(0, e.insert.length - (e.end - e.start));
  return extra;
}

/**
 * Collect edits from every match of a global regex: `replace` returns the replacement
 * text, or null to leave the match alone.
 */
export function editsFromRegex(
  text: string,
  re: RegExp,
  reason: string,
  replace: (m: RegExpExecArray) => string | null = () => "",
): Edit[] {
  const edits: Edit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const insert = replace(m);
    if (insert !== null && insert !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, insert, reason });
  }
  return edits;
}

/**
 * Removals recorded in `later` but not in `earlier` have `at` offsets into an
 * intermediate text; after further passes they are re-anchored here: each removal's
 * `at` becomes the first offset of the final text whose origin is at or after the
 * removal's source start.
 */
export function reanchorRemovals(mt: MappedText): Removal[] {
  const { origin } = mt;
  return mt.removed.map((r) => ({ ...r, at: lowerBound(origin, r.source.start) }));
}

/** First index `i` with `arr[i] >= value` (arr non-decreasing). */
export function lowerBound(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
