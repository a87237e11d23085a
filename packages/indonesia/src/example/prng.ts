/**
 * A small seeded pseudo-random generator for synthetic data: mulberry32 (Tommy Ettinger's 32-bit
 * generator, public domain) seeded through splitmix32. Only integer operations, additions and
 * multiplications are used (no `Math.log`/`Math.cos`, whose last bits may differ between
 * JavaScript engines), so the same seed gives the same numbers everywhere.
 */

/** A seeded random source. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer uniform in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  /** Approximately standard normal (Irwin–Hall: sum of 12 uniforms − 6; range ±6). */
  normal(): number;
  /** A new independent generator derived from this one and a label (for stable sub-streams). */
  fork(label: string): Rng;
}

/** splitmix32 step: scrambles a 32-bit state into a well-mixed 32-bit output. */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a string, for deriving sub-stream seeds from labels. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A seeded generator (mulberry32). `createRng(seed).next()` is the same on every platform.
 *
 * @example
 * ```ts
 * const rng = createRng(42);
 * rng.int(1, 5); // the same integer every run
 * const sub = rng.fork('spbe'); // an independent, equally reproducible stream
 * ```
 */
export function createRng(seed: number): Rng {
  let state = splitmix32(seed >>> 0);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: () => {
      let s = 0;
      for (let i = 0; i < 12; i++) s += next();
      return s - 6;
    },
    fork: (label) => createRng(splitmix32((seed >>> 0) ^ fnv1a(label))),
  };
}
