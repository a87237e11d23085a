/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, by Hyndman and Fan's type 7 (R's and
 * NumPy's default): at position 1 + (n − 1)p, linear between the values around it. `NaN` when empty.
 *
 * @example
 * ```ts
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.25); // 1.75
 * ```
 *
 * @category Analyse
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  // R's arithmetic (quantile.default), so results agree with R to the last bit.
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.min(Math.ceil(index), n);
  const a = sorted[lo - 1] as number;
  const b = sorted[hi - 1] as number;
  const h = index - lo;
  return h > 0 && a !== b ? (1 - h) * a + h * b : a;
}

/**
 * Five-number summary plus mean of a set of values; missing (`NaN`/`null`) are skipped.
 *
 * @category Analyse
 */
export interface Summary {
  /** Number of present values. */
  n: number;
  min: number | null;
  /** First quartile (type 7). */
  q1: number | null;
  median: number | null;
  /** Third quartile (type 7). */
  q3: number | null;
  max: number | null;
  mean: number | null;
}

/**
 * Summarises values: count, min, quartiles (type 7), median, max and mean of the present ones.
 *
 * @example
 * ```ts
 * summarise([1, 2, null, 3, 4]); // { n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, mean: 2.5 }
 * ```
 *
 * @category Analyse
 */
export function summarise(values: readonly (number | null)[]): Summary {
  const v = Float64Array.from(
    values.filter((x): x is number => x !== null && !Number.isNaN(x)),
  ).sort();
  if (v.length === 0)
    return { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null };
  let sum = 0;
  for (const x of v) sum += x;
  return {
    n: v.length,
    min: v[0] as number,
    q1: quantileSorted(v, 0.25),
    median: quantileSorted(v, 0.5),
    q3: quantileSorted(v, 0.75),
    max: v[v.length - 1] as number,
    mean: sum / v.length,
  };
}
