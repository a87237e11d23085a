import { kurt } from '../stats/kurt.js';
import { skew } from '../stats/skew.js';

/**
 * The result of the JRC outlier check on one column.
 *
 * @category Score
 */
export interface SkewKurtCheck {
  /** `true` when the column needs no treatment. */
  pass: boolean;
  skew: number;
  kurt: number;
}

/**
 * The JRC outlier rule (JRC practice, as in COINr `check_SkewKurt`): a column fails
 * when |skewness| ≥ `skewMax` **and** kurtosis ≥ `kurtMax` (defaults 2 and 3.5), with the sample
 * type-2 estimators. Columns too short for the statistics (fewer than 4 values) pass.
 *
 * @example
 * ```ts
 * checkSkewKurt(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100)).pass; // false
 * ```
 *
 * @category Score
 */
export function checkSkewKurt(column: Float64Array, skewMax = 2, kurtMax = 3.5): SkewKurtCheck {
  const s = skew(column);
  const k = kurt(column);
  // Written as "not failing" so that too few values (NaN statistics) count as passing.
  return { pass: !(Math.abs(s) >= skewMax && k >= kurtMax), skew: s, kurt: k };
}
