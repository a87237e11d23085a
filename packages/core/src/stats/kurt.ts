import { mean } from './mean.js';

/**
 * Sample excess kurtosis, the "type 2" estimator used by Excel's `KURT`, SAS,
 * `e1071::kurtosis(type = 2)` and COINr's `kurt()`:
 * G2 = ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3)), with r = n Σd⁴ / (Σd²)².
 * Missing values are skipped; `NaN` with fewer than 4 values.
 *
 * @example
 * ```ts
 * kurt(Float64Array.of(1, 2, 3, 4, 100)); // 4.99…
 * ```
 *
 * @category Score
 */
export function kurt(column: Float64Array): number {
  const m = mean(column);
  let s2 = 0;
  let s4 = 0;
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    const d2 = (x - m) * (x - m);
    s2 += d2;
    s4 += d2 * d2;
    n++;
  }
  if (n < 4) return NaN;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
