/** Exact set measures on sorted, distinct 32-bit shingle sets. */

/** Size of the intersection of two ascending, distinct arrays (merge). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Jaccard similarity, containment of A in B and of B in A, from one merge. */
export interface SetOverlap {
  /** |A∩B| / |A∪B|; null when both sets are empty. */
  readonly jaccard: number | null;
  /** |A∩B| / |A| (how much of A is in B); null when A is empty. */
  readonly containmentAB: number | null;
  /** |A∩B| / |B|; null when B is empty. */
  readonly containmentBA: number | null;
}

/**
 * Exact Jaccard and containments of two shingle sets.
 * @param a ascending, distinct hashes (from `shingleSet`)
 * @param b ascending, distinct hashes
 * @example setOverlap(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4)).jaccard // 0.5
 */
export function setOverlap(a: Uint32Array, b: Uint32Array): SetOverlap {
  const inter = intersectionSize(a, b);
  const union = a.length + b.length - inter;
  return {
    jaccard: union === 0 ? null : inter / union,
    containmentAB: a.length === 0 ? null : inter / a.length,
    containmentBA: b.length === 0 ? null : inter / b.length,
  };
}

/** Exact Jaccard similarity of two shingle sets; 0 when both are empty. */
export function jaccardOfSets(a: Uint32Array, b: Uint32Array): number {
  const inter = intersectionSize(a, b);
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}
