import { minMax } from '../stats/min-max.js';

/**
 * Distance to a reference unit: 1 − (x_ref − x) / (x_ref − min), optionally capped at 1
 * (COINr `n_dist2ref`). A missing reference value makes every score missing; a reference equal to
 * the minimum gives ±Infinity or NaN, exactly as in R.
 *
 * @example
 * ```ts
 * dist2ref(Float64Array.of(0, 5, 10), 1); // Float64Array [0, 1, 2]
 * ```
 *
 * @category Score
 */
export function dist2ref(column: Float64Array, referenceIndex: number, cap = false): Float64Array {
  const [min] = minMax(column);
  const ref = column[referenceIndex] ?? NaN;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const y = 1 - (ref - (column[i] as number)) / (ref - min);
    out[i] = cap && y > 1 ? 1 : y;
  }
  return out;
}
