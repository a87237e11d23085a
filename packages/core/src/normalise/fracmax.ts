import { minMax } from '../stats/min-max.js';

/**
 * Fraction of the maximum: x / max (COINr `n_fracmax`). Meaningful for positive indicators; a
 * maximum of zero gives ±Infinity or NaN, exactly as in R.
 *
 * @example
 * ```ts
 * fracmax(Float64Array.of(1, 2, 4)); // Float64Array [0.25, 0.5, 1]
 * ```
 *
 * @category Score
 */
export function fracmax(column: Float64Array): Float64Array {
  const [, max] = minMax(column);
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = (column[i] as number) / max;
  return out;
}
