import { sortOrder } from '../stats/sort-order.js';

/**
 * Relative tolerance under which two scores are the same score when ranking: 2^-44 (about
 * 5.7e-14, 256 units in the last place). Weighted means of values on a 1–4 scale in 0.25 steps can
 * be equal in exact arithmetic yet differ in the last bits, because the weighted sums were rounded
 * along different paths; such units must share a rank. Real differences between scores are many
 * orders of magnitude larger.
 *
 * @category Score
 */
export const TIE_TOLERANCE = 2 ** -44;

/** Whether `x` (≤ `leader`) is within {@link TIE_TOLERANCE} of `leader`. */
function tiesWith(leader: number, x: number): boolean {
  if (x === leader) return true;
  const scale = Math.max(Math.abs(leader), Math.abs(x));
  return Number.isFinite(scale) && leader - x <= TIE_TOLERANCE * scale;
}

/**
 * Competition ranks, highest score first: ties share the best rank (1, 2, 2, 4); missing (NaN)
 * stays missing (NaN). Scores equal within a relative {@link TIE_TOLERANCE} are ties: going down
 * from the best, each score joins the tie of the first (highest) score of its group while it is
 * within the tolerance of it, so the result depends on the scores only, not on their order.
 *
 * @example
 * ```ts
 * rankDescending(Float64Array.of(10, 30, 30, NaN)); // [3, 1, 1, NaN]
 * rankDescending(Float64Array.of(3.4749999999999996, 3.475)); // [1, 1]
 * ```
 *
 * @category Score
 */
export function rankDescending(column: Float64Array): Float64Array {
  const order = sortOrder(column);
  const out = new Float64Array(column.length).fill(NaN);
  let leader = NaN;
  let rank = 0;
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[order.length - 1 - pos] as number;
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    if (pos === 0 || Number.isNaN(leader) || !tiesWith(leader, x)) {
      rank = pos + 1;
      leader = x;
    }
    out[i] = rank;
  }
  return out;
}
