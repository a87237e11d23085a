/**
 * Weighted geometric mean across children for every unit: exp(Σ wᵢ ln xᵢ / Σ wᵢ) over the present
 * children, renormalising weights (OECD/JRC Handbook 2008, step 6 "Weighting and aggregation"; COINr `a_gmean`).
 * Values must be > 0: check with {@link firstNonPositive} first (a value ≤ 0 gives NaN here).
 * `minAvailable` (0–1): share of children by count that must be present, else missing.
 *
 * @example
 * ```ts
 * gmean([Float64Array.of(1, 4), Float64Array.of(4, NaN)], [1, 1]); // [2, 4]
 * ```
 *
 * @category Score
 */
export function gmean(
  children: readonly Float64Array[],
  weights: readonly number[],
  minAvailable = 0,
): Float64Array {
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
      sum += w * Math.log(x);
      wsum += w;
      present++;
    }
    out[u] =
      present === 0 || wsum === 0 || present < minAvailable * children.length
        ? NaN
        : Math.exp(sum / wsum);
  }
  return out;
}
