import { gmean } from './gmean.js';

/**
 * Weighted generalised (power) mean with exponent p: (Σ wᵢ xᵢᵖ / Σ wᵢ)^{1/p} over the present
 * children; p = 1 is the arithmetic, p = 0 the geometric, p = −1 the harmonic mean. For p ≤ 0
 * values must be > 0 (check with {@link firstNonPositive}).
 *
 * @example
 * ```ts
 * pmean([Float64Array.of(1), Float64Array.of(3)], [1, 1], 2); // [2.236…]
 * ```
 *
 * @category Score
 */
export function pmean(
  children: readonly Float64Array[],
  weights: readonly number[],
  p: number,
  minAvailable = 0,
): Float64Array {
  if (p === 0) return gmean(children, weights, minAvailable);
  const n = children[0]?.length ?? 0;
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let sum = 0;
    let wsum = 0;
    let present = 0;
    for (let c = 0; c < children.length; c++) {
      const x = (children[c] as Float64Array)[u] as number;
      if (Number.isNaN(x)) continue;
      const w = weights[c] as number;
      sum += w * Math.pow(x, p);
      wsum += w;
      present++;
    }
    out[u] =
      present === 0 || wsum === 0 || present < minAvailable * children.length
        ? NaN
        : Math.pow(sum / wsum, 1 / p);
  }
  return out;
}
