import { sortOrder } from '../stats/sort-order.js';

/**
 * Competition ranks, highest score first: ties share the best rank (1, 2, 2, 4); missing (NaN)
 * stays missing (NaN). Rank = 1 + the number of scores strictly above.
 *
 * @example
 * ```ts
 * rankDescending(Float64Array.of(10, 30, 30, NaN)); // [3, 1, 1, NaN]
 * ```
 */
export function rankDescending(column: Float64Array): Float64Array {
  const order = sortOrder(column);
  const out = new Float64Array(column.length).fill(NaN);
  let prev = NaN;
  let rank = 0;
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[order.length - 1 - pos] as number;
    const x = column[i] as number;
    if (x !== prev) rank = pos + 1;
    out[i] = rank;
    prev = x;
  }
  return out;
}
