/**
 * Min-max normalisation: (x − min) / (max − min) × (high − low) + low, ignoring missing values
 * (OECD/JRC Handbook 2008, step 5 "Normalisation"). Missing (NaN) stays missing.
 * Returns `null` when the column has no range (all equal) so the caller can report it.
 *
 * @example
 * ```ts
 * minmax(Float64Array.of(1, 2, 3), [0, 100]); // Float64Array [0, 50, 100]
 * ```
 *
 * @category Score
 */
export function minmax(
  column: Float64Array,
  range: readonly [number, number] = [0, 100],
): Float64Array | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const out = new Float64Array(column.length).fill(NaN);
  if (!(max > min)) return min === Infinity ? out : null;
  const [low, high] = range;
  // COINr's order of operations, (x − min) / (max − min) × (high − low) + low: the quotient stays in
  // [0, 1] even when the range is tiny, and results agree with R to the last bits.
  const span = max - min;
  const width = high - low;
  for (let i = 0; i < column.length; i++)
    out[i] = (((column[i] as number) - min) / span) * width + low;
  return out;
}
