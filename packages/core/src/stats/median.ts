import { present } from './present.js';

/**
 * Median of the present values (mean of the two middle values for an even count); `NaN` if none.
 *
 * @example
 * ```ts
 * median(Float64Array.of(3, 1, NaN, 2, 10)); // 2.5
 * ```
 *
 * @category Score
 */
export function median(column: Float64Array): number {
  const v = present(column).sort();
  const n = v.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? (v[h] as number) : ((v[h - 1] as number) + (v[h] as number)) / 2;
}
