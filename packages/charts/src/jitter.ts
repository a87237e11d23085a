/**
 * A stable pseudo-random number in [0, 1) from a string (FNV-1a hash), so that jittered dots keep
 * their place between renders and in snapshots.
 *
 * @example
 * ```ts
 * seededUnit('32.73') === seededUnit('32.73'); // true
 * ```
 */
export function seededUnit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}
