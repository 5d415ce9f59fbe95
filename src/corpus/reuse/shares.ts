/** Reuse classes of compact codes and the shares counted from them (per report and section), and class spans. */
import { type CompactText, compactIndexAt, compactSpan } from "../../similarity/index.js";
import { SECTION_KEYS, type SectionKey, type Sections } from "../../types.js";
import type { DocInfo, ReportShare, ReuseSpan, ShareCounts, SpanClass } from "./types.js";

export const OWN = 0;
export const MANDATED = 1;
export const SELF = 2;
export const SHARED = 3;

/** Count classes over compact codes `[from, to)`. */
export function countRange(c: Uint8Array, from: number, to: number): ShareCounts {
  const n = [0, 0, 0, 0];
  for (let i = from; i < to; i++) n[c[i] as number]!++;
  const chars = to - from;
  const reused = n[MANDATED]! + n[SELF]! + n[SHARED]!;
  return {
    chars,
    mandated: n[MANDATED]!,
    self: n[SELF]!,
    shared: n[SHARED]!,
    own: n[OWN]!,
    boilerplate: chars === 0 ? null : reused / chars,
  };
}

/** Compact range of a section of a document, or null. */
export function sectionRange(
  sections: Sections | null | undefined,
  ct: CompactText,
  key: SectionKey,
): [number, number] | null {
  const s = sections?.[key] ?? null;
  if (s === null) return null;
  return [compactIndexAt(ct, s.start), compactIndexAt(ct, s.end)];
}

export function reportShare(
  info: DocInfo,
  sections: Sections | null | undefined,
  ct: CompactText,
  c: Uint8Array,
): ReportShare {
  const overall = countRange(c, 0, c.length);
  let bySection: ReportShare["sections"] = null;
  if (sections != null) {
    const s = {} as { [K in SectionKey]: ShareCounts | null };
    for (const key of SECTION_KEYS) {
      const r = sectionRange(sections, ct, key);
      s[key] = r === null ? null : countRange(c, r[0], r[1]);
    }
    bySection = s;
  }
  return { id: info.id, agency_id: info.agency_id, year: info.year, ...overall, sections: bySection };
}

/** Runs of classified (non-own) codes as text spans. */
export function classSpans(id: string, ct: CompactText, c: Uint8Array): ReuseSpan[] {
  const out: ReuseSpan[] = [];
  const names: Record<number, SpanClass> = { [MANDATED]: "mandated", [SELF]: "self", [SHARED]: "shared" };
  let i = 0;
  while (i < c.length) {
    const k = c[i]!;
    let j = i + 1;
    while (j < c.length && c[j] === k) j++;
    const kind = names[k];
    if (kind !== undefined) out.push({ id, ...compactSpan(ct, i, j), kind });
    i = j;
  }
  return out;
}

/** Codes outside mandated text in `[from, to)`, and how many of them are marked in `prev`. */
export function prevCounts(
  c: Uint8Array,
  prev: Uint8Array,
  from: number,
  to: number,
): { chars: number; reused: number } {
  let chars = 0;
  let reused = 0;
  for (let i = from; i < to; i++) {
    if (c[i] === MANDATED) continue;
    chars++;
    if (prev[i] === 1) reused++;
  }
  return { chars, reused };
}
