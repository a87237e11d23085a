import { checkSkewKurt } from './check-skew-kurt.js';

/**
 * The outcome of {@link winsorise}.
 *
 * @category Score
 */
export interface Winsorised {
  column: Float64Array;
  /** Number of points winsorised (tied extremes count each). */
  nwin: number;
  /** Treated rows: row → `winhi` or `winlo`. */
  points: Map<number, 'winhi' | 'winlo'>;
}

/**
 * Iterative one-point winsorisation (JRC practice, as in COINr `winsorise`):
 * while the column fails the skewness/kurtosis rule and fewer than `winmax` points are treated,
 * the highest value (positive skew) or lowest value (negative skew) — all units tied at it — is
 * replaced by the next value in. Counting follows COINr: the points at the current extreme,
 * which include every point already moved there.
 *
 * @example
 * ```ts
 * winsorise(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100)).column.at(-1); // 9
 * ```
 *
 * @category Score
 */
export function winsorise(
  column: Float64Array,
  winmax = 5,
  skewMax = 2,
  kurtMax = 3.5,
): Winsorised {
  const x = column.slice();
  let passing = checkSkewKurt(x, skewMax, kurtMax).pass;
  let hi: number[] = [];
  let lo: number[] = [];
  let nwin = 0;
  while (!passing && nwin < winmax) {
    const high = checkSkewKurt(x, skewMax, kurtMax).skew >= 0;
    let ext = high ? -Infinity : Infinity;
    for (const v of x) if (high ? v > ext : v < ext) ext = v;
    const at: number[] = [];
    let next = high ? -Infinity : Infinity;
    for (let i = 0; i < x.length; i++) {
      const v = x[i] as number;
      if (Number.isNaN(v)) continue;
      if (v === ext) at.push(i);
      else if (high ? v > next : v < next) next = v;
    }
    if (!Number.isFinite(next)) break; // every value tied: nothing to move towards
    for (const i of at) x[i] = next;
    if (high) hi = at;
    else lo = at;
    nwin = hi.length + lo.length;
    passing = checkSkewKurt(x, skewMax, kurtMax).pass;
  }
  const points = new Map<number, 'winhi' | 'winlo'>();
  for (const i of hi) points.set(i, 'winhi');
  for (const i of lo) points.set(i, 'winlo');
  return { column: x, nwin, points };
}
