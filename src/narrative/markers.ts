/**
 * Enumeration markers of Chinese report prose (一是, 第一, （一）, 一、, (1), 1., ①, 首先/其次/最后,
 * Markdown bullets) and the choice of the top-level enumeration of a passage.
 */

/** The marker families the splitter knows. */
export type MarkerFamily =
  | "shi"
  | "di"
  | "paren-cn"
  | "cn-dun"
  | "paren-num"
  | "num-paren"
  | "num-dot"
  | "circled"
  | "sequence"
  | "bullet";

/** One marker found in a passage. Offsets are relative to the passage given to `findMarkers`. */
export interface Marker {
  readonly family: MarkerFamily;
  /** 1-based position in its enumeration; `Infinity` for 最后 (the last of a 首先… sequence); 0 for bullets. */
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const CN_DIGITS = "一二三四五六七八九";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮";
const SEQUENCE: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3, 最后: Number.POSITIVE_INFINITY };

/**
 * Value of a Chinese numeral from 一 to 九十九 (一, 十, 十二, 二十, 二十三), or null.
 * @example cnNumber("十二") // 12
 */
export function cnNumber(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (m === null || s === "") return null;
  const [, a, ten, b] = m;
  if (ten === undefined) return a !== undefined && b === undefined ? CN_DIGITS.indexOf(a) + 1 : null;
  const tens = a === undefined ? 1 : CN_DIGITS.indexOf(a) + 1;
  return tens * 10 + (b === undefined ? 0 : CN_DIGITS.indexOf(b) + 1);
}

const HAN = /\p{Script=Han}/u;
const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
/** Characters after which a marker may stand: start, white space, punctuation, Markdown. */
const OPENER = /[\s。；;：:，,、！!？?*#>）)】」』"”]/u;
const opens = (text: string, at: number): boolean => at === 0 || OPENER.test(text[at - 1] ?? "");

interface Pattern {
  readonly family: MarkerFamily;
  readonly re: RegExp;
  /** Ordinal of a match, or null to reject it. */
  readonly ordinal: (m: RegExpExecArray, text: string) => number | null;
}

const PATTERNS: readonly Pattern[] = [
  {
    family: "shi",
    re: /([一二三四五六七八九十]{1,3})是/gu,
    ordinal: (m, t) => (isHan(t[m.index - 1]) ? null : cnNumber(m[1] ?? "")),
  },
  {
    family: "di",
    re: /第([一二三四五六七八九十]{1,3})(?=[，,、：:])/gu,
    ordinal: (m, t) => (isHan(t[m.index - 1]) ? null : cnNumber(m[1] ?? "")),
  },
  { family: "paren-cn", re: /[（(]([一二三四五六七八九十]{1,3})[）)]/gu, ordinal: (m) => cnNumber(m[1] ?? "") },
  {
    family: "cn-dun",
    re: /([一二三四五六七八九十]{1,3})[、．]/gu,
    ordinal: (m, t) => (opens(t, m.index) ? cnNumber(m[1] ?? "") : null),
  },
  { family: "paren-num", re: /[（(]([0-9]{1,2})[）)]/gu, ordinal: (m) => Number(m[1]) },
  {
    family: "num-paren",
    re: /([0-9]{1,2})[)）]/gu,
    ordinal: (m, t) => (/[0-9A-Za-z(（]/.test(t[m.index - 1] ?? "") ? null : Number(m[1])),
  },
  {
    family: "num-dot",
    re: /([0-9]{1,2})(?:[.．](?![0-9])|、)/gu,
    ordinal: (m, t) => (opens(t, m.index) ? Number(m[1]) : null),
  },
  { family: "circled", re: /[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]/gu, ordinal: (m) => CIRCLED.indexOf(m[0]) + 1 },
  {
    family: "sequence",
    re: /首先|其次|再次|最后/gu,
    ordinal: (m, t) => (opens(t, m.index) ? (SEQUENCE[m[0]] ?? null) : null),
  },
  { family: "bullet", re: /^[ \t]*[-*+•·][ \t]+/gmu, ordinal: () => 0 },
];

/**
 * Every enumeration marker in `text`, in order of position (all families, nested ones too).
 * @example findMarkers("一是甲；二是乙").map(m => m.text) // ["一是", "二是"]
 */
export function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const ordinal = p.ordinal(m, text);
      if (ordinal === null) continue;
      out.push({ family: p.family, ordinal, start: m.index, end: m.index + m[0].length, text: m[0].trim() });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether `next` continues a run whose last marker is `last`. */
function continues(last: Marker, next: Marker): boolean {
  if (next.family !== last.family || next.start < last.end) return false;
  if (last.family === "bullet") return true;
  if (last.ordinal === Number.POSITIVE_INFINITY) return false;
  if (last.family === "sequence") return next.ordinal > last.ordinal;
  return next.ordinal === last.ordinal + 1;
}

/** The run of markers that starts at `first`: each next member is the first later marker that continues it. */
function runFrom(markers: readonly Marker[], i: number): Marker[] {
  const first = markers[i];
  if (first === undefined) return [];
  const run = [first];
  for (let j = i + 1; j < markers.length; j++) {
    const m = markers[j];
    const last = run[run.length - 1];
    if (m !== undefined && last !== undefined && continues(last, m)) run.push(m);
  }
  return run;
}

/**
 * The top-level enumeration of a passage: the run (1, 2, 3… of one family, at least two members)
 * that starts earliest; on a tie, the longer one. Nested enumerations stay inside its items.
 * @returns the run's markers in order, or an empty array when the passage enumerates nothing
 */
export function pickEnumeration(markers: readonly Marker[]): Marker[] {
  let best: Marker[] = [];
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i];
    if (m === undefined || (m.ordinal !== 1 && m.family !== "bullet")) continue;
    if (best.length > 0 && (best[0]?.start ?? 0) < m.start) break;
    const run = runFrom(markers, i);
    if (run.length >= 2 && run.length > best.length) best = run;
  }
  return best;
}

/**
 * All top-level runs of a passage, in order, each starting at ordinal 1 after the previous one ends.
 * Used to find where a numbering restarts (problems 一是…三是, then improvements 一是…).
 */
export function enumerationRuns(markers: readonly Marker[]): Marker[][] {
  const runs: Marker[][] = [];
  let from = 0;
  for (;;) {
    const rest = markers.filter((m) => m.start >= from);
    const run = pickEnumeration(rest);
    const last = run[run.length - 1];
    if (last === undefined) return runs;
    runs.push(run);
    from = last.end;
  }
}
