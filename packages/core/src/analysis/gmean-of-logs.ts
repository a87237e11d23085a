/**
 * The weighted geometric mean from the natural logs of the children, exactly as the engine's
 * `gmean` computes it (exp(Σ wᵢ ln xᵢ / Σ wᵢ) over present children, skipping missing ones and
 * renormalising weights), for children whose logs are cached across many replications. The caller
 * has checked the values are > 0, so a missing log (NaN) means a missing value.
 *
 * @example
 * ```ts
 * gmeanOfLogs([Float64Array.of(Math.log(1)), Float64Array.of(Math.log(4))], [1, 1]); // [2]
 * ```
 *
 * @internal
 */
export function gmeanOfLogs(
  logs: readonly Float64Array[],
  weights: readonly number[],
  minAvailable = 0,
): Float64Array {
  const n = logs[0]?.length ?? 0;
  const sum = new Float64Array(n);
  const wsum = new Float64Array(n);
  const present = new Int32Array(n);
  // Child-outer loops add the children of each unit in the same order as the engine's unit-outer
  // loop, so the sums are bit-identical.
  for (let c = 0; c < logs.length; c++) {
    const col = logs[c] as Float64Array;
    const w = weights[c] as number;
    for (let u = 0; u < n; u++) {
      const lx = col[u] as number;
      if (lx !== lx) continue;
      sum[u] = (sum[u] as number) + w * lx;
      wsum[u] = (wsum[u] as number) + w;
      present[u] = (present[u] as number) + 1;
    }
  }
  const out = new Float64Array(n);
  const need = minAvailable * logs.length;
  for (let u = 0; u < n; u++) {
    const p = present[u] as number;
    const ws = wsum[u] as number;
    out[u] = p === 0 || ws === 0 || p < need ? NaN : Math.exp((sum[u] as number) / ws);
  }
  return out;
}
