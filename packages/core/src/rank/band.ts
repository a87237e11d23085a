import type { Band } from '../schema/framework.js';
import { decimalCorrect, roundHalfUpDecimal } from '../results/decimal-round.js';

/**
 * The code of the band (half-open [min, max)) a score falls in, or `null` for a missing score or
 * one outside every band. The comparison is decimal-correct: the score is read as the decimal a
 * spreadsheet shows (15 significant digits), or, with `digits`, rounded half up to that many
 * decimals first (see `roundHalfUpDecimal`), so 2.5999999999999996 counts as 2.6.
 *
 * @example
 * ```ts
 * const bands = [{ code: 'cukup', min: 1.8, max: 2.6, label: { id: 'Cukup' } },
 *                { code: 'baik', min: 2.6, max: 3.5, label: { id: 'Baik' } }];
 * assignBand(2.6, bands); // 'baik'
 * assignBand(2.5999999999999996, bands); // 'baik'
 * assignBand(2.596, bands, 2); // 'baik' (shown as 2.60)
 * ```
 *
 * @category Score
 */
export function assignBand(
  score: number | null,
  bands: readonly Band[],
  digits?: number,
): string | null {
  if (score === null || Number.isNaN(score)) return null;
  const x = digits === undefined ? decimalCorrect(score) : roundHalfUpDecimal(score, digits);
  for (const b of bands) {
    if ((b.min === null || x >= b.min) && (b.max === null || x < b.max)) return b.code;
  }
  return null;
}
