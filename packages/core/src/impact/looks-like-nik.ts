/** 16 digits, optionally split by spaces, dots or dashes (e.g. `3273 0101 0190 0001`). */
const NIK = /^\s*(?:\d[\s.-]?){15}\d\s*$/;

/**
 * Whether `s` looks like a raw Indonesian NIK (*Nomor Induk Kependudukan*): 16 digits, optionally with
 * spaces, dots or dashes between them. Takar refuses to keep such keys unless told they are
 * already pseudonyms, because a raw NIK identifies a person.
 *
 * @example
 * ```ts
 * looksLikeNik('3273010101900001');    // true
 * looksLikeNik('3273 0101 0190 0001'); // true
 * looksLikeNik('a3f9…');               // false
 * ```
 *
 * @category Impact
 */
export function looksLikeNik(s: string): boolean {
  return s.length <= 40 && NIK.test(s);
}
