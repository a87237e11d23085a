import { minMax } from '../stats/min-max.js';

/**
 * The "COIN Tool" log transform used by COINr as the fallback treatment (`log_CT`):
 * ln(x − min + 0.01 (max − min)). It keeps the order of values, is defined for any sign, and
 * compresses a long upper tail.
 *
 * @example
 * ```ts
 * logCt(Float64Array.of(0, 1, 100)); // [ln 1, ln 2, ln 101]
 * ```
 *
 * @category Score
 */
export function logCt(column: Float64Array): Float64Array {
  const [min, max] = minMax(column);
  const a = 0.01 * (max - min);
  return column.map((x) => Math.log(x - min + a));
}
