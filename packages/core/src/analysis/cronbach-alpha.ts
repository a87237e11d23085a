/**
 * Cronbach's alpha of a set of columns (the children of a node), over the units with every column
 * present: α = k/(k − 1) · (1 − Σ var(xᵢ) / var(Σ xᵢ)) with sample variances (OECD/JRC Handbook
 * 2008, section 4.2; as COINr's `get_cronbach`, which uses complete cases). `NaN` with fewer than
 * two columns or two complete units.
 *
 * @example
 * ```ts
 * cronbachAlpha([Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 3)]); // 1
 * ```
 *
 * @category Analyse
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): {
  alpha: number;
  units: number;
} {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const rows: number[] = [];
  for (let u = 0; u < n; u++) if (columns.every((c) => c[u] === c[u])) rows.push(u);
  const m = rows.length;
  if (k < 2 || m < 2) return { alpha: NaN, units: m };
  const variance = (get: (u: number) => number): number => {
    let s = 0;
    for (const u of rows) s += get(u);
    const mean = s / m;
    let ss = 0;
    for (const u of rows) ss += (get(u) - mean) ** 2;
    return ss / (m - 1);
  };
  let sumVar = 0;
  for (const c of columns) sumVar += variance((u) => c[u] as number);
  const totalVar = variance((u) => {
    let t = 0;
    for (const c of columns) t += c[u] as number;
    return t;
  });
  return { alpha: totalVar > 0 ? (k / (k - 1)) * (1 - sumVar / totalVar) : NaN, units: m };
}
