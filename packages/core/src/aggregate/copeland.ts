/**
 * Copeland scores (OECD/JRC Handbook 2008, step 6 "Weighting and aggregation"; COINr `a_copeland`): for each pair of
 * units, the weighted share of children on which one beats the other (ties count half) decides a
 * pairwise win (+1), loss (−1) or draw (0); a unit's score is the sum over all other units.
 * Children missing for either unit of a pair are left out of that pair's comparison. The cost is
 * O(units² × children): fine for hundreds of units, slow for tens of thousands.
 *
 * @example
 * ```ts
 * copeland([Float64Array.of(1, 2, 3), Float64Array.of(3, 2, 1)], [2, 1]); // [-2, 0, 2]
 * ```
 *
 * @category Score
 */
export function copeland(
  children: readonly Float64Array[],
  weights: readonly number[],
  minAvailable = 0,
): Float64Array {
  const n = children[0]?.length ?? 0;
  const k = children.length;
  const out = new Float64Array(n);
  const ok = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    let present = 0;
    for (let c = 0; c < k; c++) if (!Number.isNaN((children[c] as Float64Array)[u])) present++;
    ok[u] = present > 0 && present >= minAvailable * k ? 1 : 0;
  }
  for (let a = 0; a < n; a++) {
    if (!ok[a]) {
      out[a] = NaN;
      continue;
    }
    let score = 0;
    for (let b = 0; b < n; b++) {
      if (a === b || !ok[b]) continue;
      let win = 0;
      let wsum = 0;
      for (let c = 0; c < k; c++) {
        const col = children[c] as Float64Array;
        const xa = col[a] as number;
        const xb = col[b] as number;
        if (Number.isNaN(xa) || Number.isNaN(xb)) continue;
        const w = weights[c] as number;
        wsum += w;
        if (xa > xb) win += w;
        else if (xa === xb) win += w / 2;
      }
      if (wsum === 0) continue;
      const share = win / wsum;
      if (share > 0.5) score++;
      else if (share < 0.5) score--;
    }
    out[a] = score;
  }
  return out;
}
