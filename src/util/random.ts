/** Seeded pseudo-random numbers, so generated corpora, fuzzing and tests are reproducible. */

/**
 * mulberry32: a small, fast 32-bit PRNG. The same seed gives the same sequence everywhere.
 * @returns a function returning floats in [0, 1)
 * @example const rand = mulberry32(42); rand() // 0.6011…
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
