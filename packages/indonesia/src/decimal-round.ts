/*
 * Decimal-correct rounding lives in @takar/core (display and band assignment); this module keeps
 * the names @takar/indonesia has always exported.
 */
import { assignBand, decimalCorrect, roundHalfUpDecimal, type Band } from '@takar/core';

export { decimalCorrect, roundHalfUpDecimal };

/**
 * The band (predicate) of a score after decimal-correct rounding to `digits` decimals, so that a
 * score the spreadsheet shows as 3.50 lands in the band starting at 3.5.
 *
 * @example
 * ```ts
 * import { SPBE_PREDICATES } from '@takar/indonesia';
 * assignBandDecimal(3.4999999999999996, SPBE_PREDICATES); // 'sangat-baik'
 * ```
 */
export function assignBandDecimal(
  score: number | null,
  bands: readonly Band[],
  digits = 2,
): string | null {
  return assignBand(score, bands, digits);
}
