/**
 * Arithmetic mean of the present values (missing `NaN` skipped); `NaN` when none are present.
 *
 * @example
 * ```ts
 * mean(Float64Array.of(1, NaN, 3)); // 2
 * ```
 *
 * @category Score
 */
export function mean(column: Float64Array): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    sum += x;
    n++;
  }
  if (n === 0) return NaN;
  const m = sum / n;
  // One refinement pass, as R's mean() does, so means agree with R to the last bits.
  let r = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (!Number.isNaN(x)) r += x - m;
  }
  return m + r / n;
}
