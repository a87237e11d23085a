import { mean } from './mean.js';

/**
 * Sample skewness, the "type 2" estimator of Joanes and Gill (1998) used by Excel's `SKEW`, SAS,
 * `e1071::skewness(type = 2)` and COINr's `skew()`: G1 = g1 · √(n(n − 1)) / (n − 2), with
 * g1 = √n Σd³ / (Σd²)^{3/2}. Missing values are skipped; `NaN` with fewer than 3 values.
 *
 * @example
 * ```ts
 * skew(Float64Array.of(1, 2, 3, 10)); // 1.76…
 * ```
 *
 * @category Score
 */
export function skew(column: Float64Array): number {
  const m = mean(column);
  let s2 = 0;
  let s3 = 0;
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    const d = x - m;
    s2 += d * d;
    s3 += d * d * d;
    n++;
  }
  if (n < 3) return NaN;
  const g1 = (Math.sqrt(n) * s3) / Math.pow(s2, 1.5);
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}
