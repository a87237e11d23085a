import { minMax } from '../stats/min-max.js';

/**
 * Distance to a target: (x − min) / (target − min), optionally capped at 1 (COINr `n_dist2targ`,
 * no cap by default). Call it on direction-adjusted values with the target multiplied by the same
 * direction; for a direction −1 indicator that is (max − x) / (max − target) in the original units.
 *
 * @example
 * ```ts
 * dist2targ(Float64Array.of(0, 5, 10), 8); // Float64Array [0, 0.625, 1.25]
 * ```
 *
 * @category Score
 */
export function dist2targ(column: Float64Array, target: number, cap = false): Float64Array {
  const [min] = minMax(column);
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const y = ((column[i] as number) - min) / (target - min);
    out[i] = cap && y > 1 ? 1 : y;
  }
  return out;
}
