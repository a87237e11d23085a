import { mean } from '../stats/mean.js';
import { sd } from '../stats/sd.js';

/**
 * Standardisation (z-score): (x − mean) / sd × s + m with the sample sd (n − 1), ignoring missing
 * values (OECD/JRC Handbook 2008, step 5 "Normalisation"; COINr `n_zscore`). Returns `null` when the sd is
 * zero or undefined, so the caller can report it.
 *
 * @example
 * ```ts
 * zscore(Float64Array.of(1, 2, 3)); // Float64Array [-1, 0, 1]
 * zscore(Float64Array.of(1, 2, 3), [10, 2]); // Float64Array [8, 10, 12]
 * ```
 *
 * @category Score
 */
export function zscore(
  column: Float64Array,
  meanSd: readonly [number, number] = [0, 1],
): Float64Array | null {
  const m = mean(column);
  const s = sd(column);
  if (!(s > 0)) return Number.isNaN(m) ? new Float64Array(column.length).fill(NaN) : null;
  const [toMean, toSd] = meanSd;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++)
    out[i] = (((column[i] as number) - m) / s) * toSd + toMean;
  return out;
}
