/**
 * Finds the first value ≤ 0 among children, which geometric and harmonic means cannot take.
 * Returns `[child, unit]` indices, or `null` when every present value is positive.
 *
 * @example
 * ```ts
 * firstNonPositive([Float64Array.of(1, 2), Float64Array.of(3, 0)]); // [1, 1]
 * ```
 *
 * @category Score
 */
export function firstNonPositive(children: readonly Float64Array[]): [number, number] | null {
  for (let c = 0; c < children.length; c++) {
    const col = children[c] as Float64Array;
    for (let u = 0; u < col.length; u++) if ((col[u] as number) <= 0) return [c, u];
  }
  return null;
}
