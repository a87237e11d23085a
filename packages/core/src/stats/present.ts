/**
 * The present (non-missing) values of a column, in order. Missing is `NaN`.
 *
 * @example
 * ```ts
 * present(Float64Array.of(1, NaN, 3)); // Float64Array [1, 3]
 * ```
 *
 * @category Score
 */
export function present(column: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (!Number.isNaN(x)) out[j++] = x;
  }
  return out;
}
