/**
 * Panel (along-years) imputation methods.
 *
 * @category Score
 */
export type PanelImputeMethod = 'latest' | 'linear';

/**
 * Fills the missing values of one year from the same unit's other years (COINr `impute_panel`).
 * `latest` carries the most recent earlier value forward; `linear` interpolates between the nearest
 * earlier and later values, holding the nearest value constant beyond either end.
 *
 * @param series - one column per year, rows aligned across years
 * @param years - the year of each column, ascending
 * @param at - index in `years` of the year to fill
 *
 * @example
 * ```ts
 * const s = [Float64Array.of(1), Float64Array.of(NaN), Float64Array.of(5)];
 * imputePanel(s, [2020, 2021, 2022], 1, 'latest'); // Float64Array [1]
 * imputePanel(s, [2020, 2021, 2022], 1, 'linear'); // Float64Array [3]
 * ```
 *
 * @category Score
 */
export function imputePanel(
  series: readonly Float64Array[],
  years: readonly number[],
  at: number,
  method: PanelImputeMethod,
): Float64Array {
  const target = series[at] as Float64Array;
  const out = target.slice();
  const year = years[at] as number;
  for (let r = 0; r < out.length; r++) {
    if (!Number.isNaN(out[r])) continue;
    let before = -1;
    for (let t = at - 1; t >= 0; t--) {
      if (!Number.isNaN((series[t] as Float64Array)[r])) {
        before = t;
        break;
      }
    }
    if (method === 'latest') {
      if (before >= 0) out[r] = (series[before] as Float64Array)[r] as number;
      continue;
    }
    let after = -1;
    for (let t = at + 1; t < series.length; t++) {
      if (!Number.isNaN((series[t] as Float64Array)[r])) {
        after = t;
        break;
      }
    }
    if (before >= 0 && after >= 0) {
      const y0 = (series[before] as Float64Array)[r] as number;
      const y1 = (series[after] as Float64Array)[r] as number;
      const t0 = years[before] as number;
      const t1 = years[after] as number;
      out[r] = y0 + ((y1 - y0) * (year - t0)) / (t1 - t0);
    } else if (before >= 0) out[r] = (series[before] as Float64Array)[r] as number;
    else if (after >= 0) out[r] = (series[after] as Float64Array)[r] as number;
  }
  return out;
}
