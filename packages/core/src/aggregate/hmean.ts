/**
 * Weighted harmonic mean across children for every unit: Σ wᵢ / Σ (wᵢ / xᵢ) over the present
 * children (COINr `a_hmean`). Values must be > 0: check with {@link firstNonPositive} first.
 *
 * @example
 * ```ts
 * hmean([Float64Array.of(1), Float64Array.of(3)], [1, 1]); // [1.5]
 * ```
 *
 * @category Score
 */
export function hmean(
  children: readonly Float64Array[],
  weights: readonly number[],
  minAvailable = 0,
): Float64Array {
  const n = children[0]?.length ?? 0;
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let inv = 0;
    let wsum = 0;
    let present = 0;
    for (let c = 0; c < children.length; c++) {
      const x = (children[c] as Float64Array)[u] as number;
      if (Number.isNaN(x)) continue;
      const w = weights[c] as number;
      inv += w / x;
      wsum += w;
      present++;
    }
    out[u] =
      present === 0 || wsum === 0 || present < minAvailable * children.length ? NaN : wsum / inv;
  }
  return out;
}
