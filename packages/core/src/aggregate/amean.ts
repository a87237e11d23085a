/**
 * Weighted arithmetic mean across children for every unit, skipping missing children and
 * renormalising the remaining weights (OECD/JRC Handbook 2008, step 6 "Weighting and aggregation").
 * `minAvailable` (0–1): share of children by count that must be present, else missing.
 *
 * @example
 * ```ts
 * amean([Float64Array.of(1, NaN), Float64Array.of(3, 4)], [1, 1]); // [2, 4]
 * ```
 *
 * @category Score
 */
export function amean(
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
      sum += w * x;
      wsum += w;
      present++;
    }
    out[u] =
      present === 0 || wsum === 0 || present < minAvailable * children.length ? NaN : sum / wsum;
  }
  return out;
}
