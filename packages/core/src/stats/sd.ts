import { mean } from './mean.js';

/**
 * Sample standard deviation (denominator n − 1) of the present values, as R's `sd()` and Excel's
 * `STDEV.S`; `NaN` with fewer than two values.
 *
 * @example
 * ```ts
 * sd(Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9)); // 2.138…
 * ```
 *
 * @category Score
 */
export function sd(column: Float64Array): number {
  const m = mean(column);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    ss += (x - m) * (x - m);
    n++;
  }
  return n < 2 ? NaN : Math.sqrt(ss / (n - 1));
}
