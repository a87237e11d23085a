import { mean } from '../stats/mean.js';
import { median } from '../stats/median.js';

/**
 * Column-wise imputation methods.
 *
 * @category Score
 */
export type ColumnImputeMethod = 'mean' | 'median' | 'group-mean' | 'group-median';

/**
 * Fills missing values of a column with the mean or median of the present values, or of the
 * present values of the unit's group (OECD/JRC Handbook 2008, step 3 "Imputation of missing data"; COINr `i_mean`,
 * `i_median`, `i_mean_grp`, `i_median_grp`). Units without a group, or whose group has no data,
 * stay missing. Never changes the input: returns a new column, or the input itself when nothing
 * is missing.
 *
 * @example
 * ```ts
 * imputeColumn(Float64Array.of(1, NaN, 3), 'mean'); // Float64Array [1, 2, 3]
 * imputeColumn(Float64Array.of(1, NaN, 5, NaN), 'group-mean', ['a', 'a', 'b', 'b']); // [1, 1, 5, 5]
 * ```
 *
 * @category Score
 */
export function imputeColumn(
  column: Float64Array,
  method: ColumnImputeMethod,
  groups?: readonly (string | undefined)[],
): Float64Array {
  let missing = false;
  for (let i = 0; i < column.length; i++) {
    if (column[i] !== column[i]) {
      missing = true;
      break;
    }
  }
  if (!missing) return column;
  const out = column.slice();
  const stat = method === 'mean' || method === 'group-mean' ? mean : median;
  if (method === 'mean' || method === 'median') {
    const v = stat(column);
    for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) out[i] = v;
    return out;
  }
  const members = new Map<string, number[]>();
  for (let i = 0; i < column.length; i++) {
    const g = groups?.[i];
    if (g === undefined) continue;
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(i);
  }
  for (const rows of members.values()) {
    let missing = false;
    const vals = new Float64Array(rows.length);
    rows.forEach((r, j) => {
      vals[j] = column[r] as number;
      if (Number.isNaN(column[r])) missing = true;
    });
    if (!missing) continue;
    const v = stat(vals);
    for (const r of rows) if (Number.isNaN(out[r])) out[r] = v;
  }
  return out;
}
