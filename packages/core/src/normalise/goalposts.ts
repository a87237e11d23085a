/**
 * Goalpost normalisation: (x − low) / (high − low), truncated to [0, 1] unless `truncate` is
 * false, then scaled onto `range` (COINr `n_goalposts` with `trunc2posts`; UNDP HDI method). For a direction −1 indicator pass `direction: -1`: the
 * score is then (high − x) / (high − low), so reaching `low` is best. Goalposts are given in the
 * indicator's own units, lowest first, and the values are the original (not direction-adjusted) ones.
 *
 * @example
 * ```ts
 * goalposts(Float64Array.of(20, 50, 90), [25, 85], [0, 100]); // Float64Array [0, 41.66…, 100]
 * goalposts(Float64Array.of(20, 90), [25, 85], [0, 100], 1, false); // [-8.33…, 108.33…]
 * ```
 *
 * @category Score
 */
export function goalposts(
  column: Float64Array,
  posts: readonly [number, number],
  range: readonly [number, number] = [0, 100],
  direction: 1 | -1 = 1,
  truncate = true,
): Float64Array {
  const [low, high] = posts;
  const [lo, hi] = range;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    let y = direction === 1 ? (x - low) / (high - low) : (high - x) / (high - low);
    if (truncate) {
      if (y > 1) y = 1;
      else if (y < 0) y = 0;
    }
    out[i] = lo + y * (hi - lo);
  }
  return out;
}
