/**
 * Competition ranks, highest score first: ties share the best rank (1, 2, 2, 4); missing (NaN)
 * stays missing (NaN).
 *
 * @example
 * ```ts
 * rankDescending(Float64Array.of(10, 30, 30, NaN)); // [3, 1, 1, NaN]
 * ```
 */
export function rankDescending(column: Float64Array): Float64Array {
  const idx: number[] = [];
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) idx.push(i);
  idx.sort((a, b) => (column[b] as number) - (column[a] as number) || a - b);
  const out = new Float64Array(column.length).fill(NaN);
  let prev = NaN;
  let prevRank = 0;
  idx.forEach((i, pos) => {
    const v = column[i] as number;
    const r = v === prev ? prevRank : pos + 1;
    out[i] = r;
    prev = v;
    prevRank = r;
  });
  return out;
}
