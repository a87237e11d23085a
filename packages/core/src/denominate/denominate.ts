/**
 * Divides an indicator by a denominator, unit by unit (x / d), e.g. trade by GDP or flights by
 * population (OECD/JRC Handbook 2008, step 2 "Selecting variables"; COINr `Denominate`). A missing denominator makes
 * the result missing.
 *
 * @example
 * ```ts
 * denominate(Float64Array.of(10, 20), Float64Array.of(2, 4)); // Float64Array [5, 5]
 * ```
 *
 * @category Score
 */
export function denominate(column: Float64Array, denominator: Float64Array): Float64Array {
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++)
    out[i] = (column[i] as number) / (denominator[i] as number);
  return out;
}
