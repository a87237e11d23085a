/**
 * Seeded, dependency-free random numbers for impact tests and benchmarks, so synthetic beneficiary
 * keys are the same on every run.
 */

/**
 * murmur3's 32-bit finaliser: a bijection on uint32, so distinct inputs give distinct, well-mixed outputs.
 *
 * @example
 * ```ts
 * fmix32(1); // 0x514e28b7
 * ```
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * xoshiro128** (Blackman & Vigna 2018) seeded through splitmix32: a fast uint32 generator.
 *
 * @example
 * ```ts
 * const next = xoshiro128(42);
 * next(); // a uint32, the same on every run
 * ```
 */
export function xoshiro128(seed: number): () => number {
  let x = seed >>> 0;
  const splitmix32 = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The 64-bit synthetic key of person `i` as `[hi, lo]`: distinct for distinct `i` < 2³² (the low half
 * alone is a bijection of `i`), uniformly spread, and different for each `seed`.
 *
 * @example
 * ```ts
 * const [hi, lo] = personKey(12345, 7);
 * ```
 */
export function personKey(i: number, seed: number): [number, number] {
  return [
    fmix32((i ^ Math.imul(seed, 0x27d4eb2f)) + 0x165667b1),
    fmix32((i + Math.imul(seed, 0x9e3779b1)) >>> 0),
  ];
}

/**
 * The 64-bit key of person `i` as 64 hex characters, the shape {@link hashKey} returns.
 *
 * @example
 * ```ts
 * personHex(1, 7).length; // 64
 * ```
 */
export function personHex(i: number, seed: number): string {
  const [hi, lo] = personKey(i, seed);
  const h = (x: number) => x.toString(16).padStart(8, '0');
  return h(hi) + h(lo) + h(fmix32(hi ^ 0x5bd1e995)).repeat(6);
}
