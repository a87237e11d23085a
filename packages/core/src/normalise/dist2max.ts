import { minMax } from '../stats/min-max.js';

/**
 * Distance to the maximum: 1 − (max − x) / (max − min), in [0, 1] (COINr `n_dist2max`).
 * Returns `null` when the column has no range.
 *
 * @example
 * ```ts
 * dist2max(Float64Array.of(0, 5, 10)); // Float64Array [0, 0.5, 1]
 * ```
 *
 * @category Score
 */
export function dist2max(column: Float64Array): Float64Array | null {
  const [min, max] = minMax(column);
  if (!(max > min)) return min === Infinity ? new Float64Array(column.length).fill(NaN) : null;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = 1 - (max - (column[i] as number)) / (max - min);
  return out;
}
