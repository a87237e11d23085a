/**
 * The median of finite numbers (mean of the two middle values for an even count), or `null` when
 * there are none.
 *
 * @example
 * ```ts
 * median([3, 1, 2, 10]); // 2.5
 * ```
 */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

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
