import { sortOrder } from './sort-order.js';

/**
 * Ascending ranks with ties sharing the lowest rank (R's `rank(ties.method = "min")`): the smallest
 * value gets 1; missing stays missing (`NaN`). Rank = 1 + the number of values strictly below.
 *
 * @example
 * ```ts
 * rankAscending(Float64Array.of(10, 30, 30, NaN, 5)); // [2, 3, 3, NaN, 1]
 * ```
 *
 * @category Score
 */
export function rankAscending(column: Float64Array): Float64Array {
  const order = sortOrder(column);
  const out = new Float64Array(column.length).fill(NaN);
  let prev = NaN;
  let rank = 0;
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[pos] as number;
    const x = column[i] as number;
    if (x !== prev) rank = pos + 1;
    out[i] = rank;
    prev = x;
  }
  return out;
}
