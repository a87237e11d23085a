import { rankAscending } from '../stats/rank-ascending.js';

/**
 * Rank normalisation: the ascending rank, ties sharing the lowest rank, so the highest value gets
 * the highest score (COINr `n_rank`). Missing stays missing.
 *
 * @example
 * ```ts
 * rankScores(Float64Array.of(5, 1, 5)); // Float64Array [2, 1, 2]
 * ```
 *
 * @category Score
 */
export function rankScores(column: Float64Array): Float64Array {
  return rankAscending(column);
}
