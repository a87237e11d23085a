/**
 * Minimum and maximum of the present values; `[Infinity, -Infinity]` when none are present.
 *
 * @example
 * ```ts
 * minMax(Float64Array.of(3, NaN, -1)); // [-1, 3]
 * ```
 *
 * @category Score
 */
export function minMax(column: Float64Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}
