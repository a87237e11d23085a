import { rankAscending } from '../stats/rank-ascending.js';

/**
 * Borda scores: ascending rank − 1 (the number of units a unit beats, ties sharing the lowest
 * rank; COINr `n_borda`). Missing stays missing.
 *
 * @example
 * ```ts
 * borda(Float64Array.of(5, 1, 5)); // Float64Array [1, 0, 1]
 * ```
 *
 * @category Score
 */
export function borda(column: Float64Array): Float64Array {
  const r = rankAscending(column);
  for (let i = 0; i < r.length; i++) r[i] = (r[i] as number) - 1;
  return r;
}
