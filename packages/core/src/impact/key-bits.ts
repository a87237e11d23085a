/**
 * A 64-bit hash of a key as two unsigned 32-bit halves `[hi, lo]`.
 *
 * @example
 * ```ts
 * const [hi, lo]: Hash64 = keyBits('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
 * ```
 *
 * @category Impact
 */
export type Hash64 = readonly [hi: number, lo: number];

/**
 * 64 bits of a pseudonymous key. A 64-character hex key (the output of {@link hashKey}, or any
 * SHA-256) is already uniformly random, so its first 16 hex digits are taken as they are; any other
 * key is hashed with a fast non-cryptographic 64-bit string hash (cyrb53's two lanes kept whole), so
 * structured pseudonyms such as sequential ids still spread evenly.
 *
 * Two different keys share 64 bits with probability about n²/2⁶⁵ for n keys: 2.7 × 10⁻⁶ for
 * 10⁷ keys, 2.7 × 10⁻⁴ for 10⁸. That is the only source of error in "exact" counts.
 *
 * @example
 * ```ts
 * keyBits('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'); // [0x9f86d081, 0x884c7d65]
 * ```
 *
 * @category Impact
 */
export function keyBits(key: string): Hash64 {
  if (key.length === 64) {
    // Parse the first 16 hex digits while checking all 64 are hex (a hand loop: this runs per record).
    let hi = 0;
    let lo = 0;
    let i = 0;
    for (; i < 64; i++) {
      const d = hexDigit(key.charCodeAt(i));
      if (d < 0) break;
      if (i < 8) hi = hi * 16 + d;
      else if (i < 16) lo = lo * 16 + d;
    }
    if (i === 64) return [hi >>> 0, lo >>> 0];
  }
  return stringHash64(key);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  const l = c | 32; // lower-case
  return l >= 97 && l <= 102 ? l - 87 : -1; // a-f
}

/**
 * cyrb53 (bryc, public domain) with both 32-bit lanes returned: a fast, well-mixed string hash.
 *
 * @example
 * ```ts
 * stringHash64('beneficiary-000001'); // [hi, lo]
 * ```
 *
 * @category Impact
 */
export function stringHash64(s: string): Hash64 {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
