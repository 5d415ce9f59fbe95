/**
 * The comparison form of a text: letters, ideographs and numbers only, full-width forms
 * folded to ASCII, Latin letters lower-cased, and every number run replaced by one slot
 * code. White space and punctuation are left out, so that 收到申请12件。 and
 * 收到申请 3 件, compare equal. Every compact code keeps the span of the text it came from.
 */

/** The code that stands for any number run (a private-use code unit). */
export const NUMBER_CODE = 0xe000;

/** Codes reserved as never-matching sentinels (one per side of a comparison). */
export const SENTINEL_A = 0xe001;
export const SENTINEL_B = 0xe002;

/** A text in comparison form, with the span of every code in the original text. */
export interface CompactText {
  /** Comparison codes (UTF-16 code units; `NUMBER_CODE` for a number). */
  readonly codes: Uint16Array;
  /** `starts[i]`: offset in the original text of the first code unit behind `codes[i]`. */
  readonly starts: Int32Array;
  /** `ends[i]`: offset after the last code unit behind `codes[i]`. */
  readonly ends: Int32Array;
  /** Number of codes. */
  readonly length: number;
}

const SKIP = 0;
const KEEP = 1;
const DIGIT = 2;

let classes: Uint8Array | null = null;

/** Per-code-unit class table: skip (space, punctuation), keep, or digit (after folding). */
function classTable(): Uint8Array {
  if (classes !== null) return classes;
  const t = new Uint8Array(65536);
  const wordy = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = KEEP;
    else if (wordy.test(String.fromCharCode(c))) t[c] = KEEP;
  }
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = DIGIT;
  for (let c = 0xe000; c <= 0xe00f; c++) t[c] = SKIP;
  classes = t;
  return t;
}

/** Fold one kept code unit: full-width ASCII to ASCII, Latin capitals to lower case. */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

function isDigitAt(text: string, i: number, t: Uint8Array): boolean {
  return i < text.length && t[text.charCodeAt(i)] === DIGIT;
}

/** End of the number run starting at `i`: digits, one decimal point between digits, a percent sign. */
function numberEnd(text: string, i: number, t: Uint8Array): number {
  let j = i;
  while (isDigitAt(text, j, t)) j++;
  const c = text.charCodeAt(j);
  if ((c === 0x2e || c === 0xff0e) && isDigitAt(text, j + 1, t)) {
    j++;
    while (isDigitAt(text, j, t)) j++;
  }
  const p = text.charCodeAt(j);
  if (p === 0x25 || p === 0xff05) j++;
  return j;
}

/**
 * Build the comparison form of `text`.
 * @param text any string (normalised, simplified text is expected)
 * @returns codes with their spans; empty for a text without letters or numbers
 * @example compactText("收到申请12件。").length // 6: 收 到 申 请, one number code, 件
 */
export function compactText(text: string): CompactText {
  const t = classTable();
  const n = text.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let m = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = t[c];
    if (cls === KEEP) {
      codes[m] = fold(c);
      starts[m] = i;
      ends[m++] = i + 1;
      i++;
    } else if (cls === DIGIT) {
      const j = numberEnd(text, i, t);
      codes[m] = NUMBER_CODE;
      starts[m] = i;
      ends[m++] = j;
      i = j;
    } else i++;
  }
  return { codes: codes.slice(0, m), starts: starts.slice(0, m), ends: ends.slice(0, m), length: m };
}

/**
 * The original-text span of the compact range `[from, to)`.
 * @returns `{start, end}` offsets in the original text; an empty span at the end for an empty range
 */
export function compactSpan(ct: CompactText, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = from < ct.length ? (ct.starts[from] ?? 0) : ct.length > 0 ? (ct.ends[ct.length - 1] ?? 0) : 0;
    return { start: at, end: at };
  }
  return { start: ct.starts[from] ?? 0, end: ct.ends[to - 1] ?? 0 };
}

/** First compact index whose span ends after `offset` (binary search); `length` when none. */
export function compactIndexAt(ct: CompactText, offset: number): number {
  let lo = 0;
  let hi = ct.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ct.ends[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
