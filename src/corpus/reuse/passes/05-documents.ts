/** Pass 5: every document's classes from its own passages; shares, self-reuse, passage offsets, prototypes; the generators. */
import { compactSpan, type PreparedDoc, prepareDoc } from "../../../similarity/index.js";
import type { Diagnostic, Sections } from "../../../types.js";
import { clusterPassages, type PassageEnds } from "../clusters.js";
import { agencyNumbers, previousReports } from "../order.js";
import { passageRow } from "../rows.js";
import { classSpans, OWN, prevCounts, reportShare, SELF, SHARED, sectionRange } from "../shares.js";
import { loadDoc } from "../source.js";
import { clusterDrafts, clusterRecords } from "../templates.js";
import type {
  DocSource,
  Passages,
  ReportShare,
  ReusePassage,
  ReusePlan,
  ReuseRun,
  RunPlan,
  SelfReuseRow,
} from "../types.js";

/**
 * A copy of a slice that does not keep the text it was cut from alive (V8 slices share their
 * parent's storage; the concatenation is flattened into a new string first).
 */
function detached(s: string): string {
  return (" " + s).slice(1);
}

/** The ends of every document's passages (`passage << 1 | side`, side 1 = B), in passage order, as ranges by document. */
function endsByDocument(p: PassageEnds, n: number): { endStart: Int32Array; ends: Int32Array } {
  const endStart = new Int32Array(n + 1);
  for (let i = 0; i < p.length; i++) {
    endStart[p.a[i]! + 1]!++;
    endStart[p.b[i]! + 1]!++;
  }
  for (let d = 0; d < n; d++) endStart[d + 1]! += endStart[d]!;
  const fill = endStart.slice(0, n);
  const ends = new Int32Array(p.length * 2);
  for (let i = 0; i < p.length; i++) {
    ends[fill[p.a[i] as number]!++] = i << 1;
    ends[fill[p.b[i] as number]!++] = (i << 1) | 1;
  }
  return { endStart, ends };
}

/** Pass 4 and the generators: classes per document from its own passages. */
export function reuseRun(
  source: DocSource,
  plan: RunPlan,
  reuse: ReusePlan,
  p: Passages,
  rank: Int32Array,
  candidates: number,
  diagnostics: Diagnostic[],
): ReuseRun {
  const infos = source.infos;
  const n = infos.length;
  const agencyOf = agencyNumbers(infos);
  const ids = clusterPassages(p, n, reuse.clusterOverlap);
  const drafts = clusterDrafts(p, ids, infos, rank, agencyOf);
  const { endStart, ends } = endsByDocument(p, n);
  const prep = { ...plan.prep, shingles: false };
  const prepare = (d: number): { text: string; sections: Sections | null | undefined; p: PreparedDoc } => {
    const doc = loadDoc(source, d, plan.fn);
    return { text: doc.text, sections: doc.sections, p: prepareDoc(doc, prep)! };
  };
  /** Classes of document `d`'s codes and the marks of text aligned with the agency's earlier reports. */
  const classes = (d: number, pd: PreparedDoc): { cls: Uint8Array; fromPrev: Uint8Array } => {
    const info = infos[d]!;
    const cls = pd.mask.slice(); // mask values 1/0 are the MANDATED/OWN class codes
    const year = info.year;
    const fromPrev = new Uint8Array(info.agency_id === null || year === null ? 0 : pd.ct.length);
    for (let e = endStart[d]!; e < endStart[d + 1]!; e++) {
      const i = ends[e]! >> 1;
      const sideB = (ends[e]! & 1) === 1;
      const other = sideB ? p.a[i]! : p.b[i]!;
      const from = sideB ? p.bFrom[i]! : p.aFrom[i]!;
      const to = sideB ? p.bTo[i]! : p.aTo[i]!;
      const self = agencyOf[d] === agencyOf[other];
      const k = self ? SELF : SHARED;
      for (let x = from; x < to; x++) if (cls[x] === OWN || (cls[x] === SHARED && k === SELF)) cls[x] = k;
      const otherYear = infos[other]!.year;
      if (self && year !== null && otherYear !== null && otherYear < year) fromPrev.fill(1, from, to);
    }
    return { cls, fromPrev };
  };
  // text offsets of the passage ends, filled document by document
  const aStart = new Int32Array(p.length);
  const aEnd = new Int32Array(p.length);
  const bStart = new Int32Array(p.length);
  const bEnd = new Int32Array(p.length);
  const previous = previousReports(infos);
  const byBest = new Map<number, number[]>();
  drafts.forEach((c, id) => {
    const l = byBest.get(c.doc) ?? [];
    l.push(id);
    byBest.set(c.doc, l);
  });
  const prototypes: { text: string; start: number; end: number }[] = new Array(drafts.length);
  const shares: ReportShare[] = [];
  const selfReuse: SelfReuseRow[] = [];
  for (let d = 0; d < n; d++) {
    const { text, sections, p: pd } = prepare(d);
    const { cls, fromPrev } = classes(d, pd);
    for (let e = endStart[d]!; e < endStart[d + 1]!; e++) {
      const i = ends[e]! >> 1;
      if ((ends[e]! & 1) === 0) {
        const s = compactSpan(pd.ct, p.aFrom[i]!, p.aTo[i]!);
        aStart[i] = s.start;
        aEnd[i] = s.end;
      } else {
        const s = compactSpan(pd.ct, p.bFrom[i]!, p.bTo[i]!);
        bStart[i] = s.start;
        bEnd[i] = s.end;
      }
    }
    for (const id of byBest.get(d) ?? []) {
      const c = drafts[id]!;
      const s = compactSpan(pd.ct, c.from, c.to);
      prototypes[id] = { text: detached(text.slice(s.start, s.end)), ...s };
    }
    const info = infos[d]!;
    shares.push(reportShare(info, sections, pd.ct, cls));
    if (info.agency_id !== null && info.year !== null) {
      const whole = prevCounts(cls, fromPrev, 0, pd.ct.length);
      const r = sectionRange(sections, pd.ct, "issues");
      const iss = r === null ? null : prevCounts(cls, fromPrev, r[0], r[1]);
      selfReuse.push({
        id: info.id,
        agency_id: info.agency_id,
        year: info.year,
        previous: previous(info.agency_id, info.year),
        issuesChars: iss?.chars ?? null,
        issuesReused: iss?.reused ?? null,
        issuesShare: iss === null || iss.chars === 0 ? null : iss.reused / iss.chars,
        reportShare: whole.chars === 0 ? null : whole.reused / whole.chars,
      });
    }
  }
  selfReuse.sort((x, y) => (x.agency_id < y.agency_id ? -1 : x.agency_id > y.agency_id ? 1 : x.year - y.year));
  const clusters = clusterRecords(drafts, prototypes, infos);
  const passageAt = (i: number): ReusePassage => ({
    a: infos[p.a[i] as number]!.id,
    b: infos[p.b[i] as number]!.id,
    aStart: aStart[i]!,
    aEnd: aEnd[i]!,
    bStart: bStart[i]!,
    bEnd: bEnd[i]!,
    length: p.aTo[i]! - p.aFrom[i]!,
    identity: p.identity[i]!,
    kind: agencyOf[p.a[i] as number] === agencyOf[p.b[i] as number] ? "self" : "shared",
    cluster: ids[i]!,
  });
  return {
    clusters,
    shares,
    selfReuse,
    stats: { documents: n, candidates, passages: p.length },
    diagnostics,
    *passages() {
      for (let i = 0; i < p.length; i++) yield passageAt(i);
    },
    *spans() {
      for (let d = 0; d < n; d++) {
        const { p: pd } = prepare(d);
        yield* classSpans(infos[d]!.id, pd.ct, classes(d, pd).cls);
      }
    },
    *passageRows() {
      let base = 0;
      while (base < n) {
        // the block's B-side texts (until the count or byte budget is reached), then every A
        // side with passages into the block
        const pinned = new Map<number, string>();
        let bytes = 0;
        let end = base;
        while (end < n && end - base < plan.blockDocs && bytes < plan.blockBytes) {
          for (let e = endStart[end]!; e < endStart[end + 1]!; e++) {
            if ((ends[e]! & 1) === 1) {
              const text = loadDoc(source, end, plan.fn).text;
              pinned.set(end, text);
              bytes += 2 * text.length;
              break;
            }
          }
          end++;
        }
        const top = end;
        const inBlock = (i: number): boolean => p.b[i]! >= base && p.b[i]! < top;
        for (let a = 0; a < top; a++) {
          let aText: string | undefined;
          for (let e = endStart[a]!; e < endStart[a + 1]!; e++) {
            const i = ends[e]! >> 1;
            if ((ends[e]! & 1) === 1 || !inBlock(i)) continue;
            aText ??= pinned.get(a) ?? loadDoc(source, a, plan.fn).text;
            const bText = pinned.get(p.b[i] as number)!;
            yield passageRow(passageAt(i), aText.slice(aStart[i]!, aEnd[i]!), bText.slice(bStart[i]!, bEnd[i]!));
          }
        }
        base = top;
      }
    },
  };
}
