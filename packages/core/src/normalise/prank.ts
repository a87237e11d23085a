import { rankAscending } from '../stats/rank-ascending.js';

/**
 * Percentile ranks: (rank − 1) / (n − 1) with ascending ranks, ties sharing the lowest rank and n
 * the number of present values (COINr `n_prank`). Scores lie in [0, 1]; missing stays missing.
 *
 * @example
 * ```ts
 * prank(Float64Array.of(10, 20, 30)); // Float64Array [0, 0.5, 1]
 * ```
 *
 * @category Score
 */
export function prank(column: Float64Array): Float64Array {
  const r = rankAscending(column);
  let n = 0;
  for (let i = 0; i < r.length; i++) if (!Number.isNaN(r[i])) n++;
  for (let i = 0; i < r.length; i++) r[i] = ((r[i] as number) - 1) / (n - 1);
  return r;
}
