/**
 * A seeded pseudo-random generator: splitmix32 (a 32-bit variant of Steele, Lea and Flood's
 * SplitMix), returning numbers uniform on [0, 1). Deterministic for a seed on every platform.
 *
 * @example
 * ```ts
 * const rnd = splitmix32(42);
 * rnd(); // the same number on every run
 * ```
 *
 * @internal
 */
export function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return (t >>> 0) / 4294967296;
  };
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The seed of one replication, derived from the run's seed and the replication's index only, so
 * that results do not depend on how replications are split over threads.
 *
 * @example
 * ```ts
 * const rnd = splitmix32(replicationSeed(42, 7)); // replication 7 of seed 42, on any thread
 * ```
 *
 * @internal
 */
export function replicationSeed(seed: number, index: number): number {
  return fmix32(fmix32(seed >>> 0) ^ Math.imul((index >>> 0) + 1, 0x9e3779b1));
}
