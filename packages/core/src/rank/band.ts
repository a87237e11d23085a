import type { Band } from '../schema/framework.js';

/**
 * The code of the band (half-open [min, max)) a score falls in, or `null` for a missing score or
 * one outside every band.
 *
 * @example
 * ```ts
 * assignBand(2.6, [{ code: 'cukup', min: 1.8, max: 2.6, label: { id: 'Cukup' } },
 *                  { code: 'baik', min: 2.6, max: 3.5, label: { id: 'Baik' } }]); // 'baik'
 * ```
 */
export function assignBand(score: number | null, bands: readonly Band[]): string | null {
  if (score === null || Number.isNaN(score)) return null;
  for (const b of bands) {
    if ((b.min === null || score >= b.min) && (b.max === null || score < b.max)) return b.code;
  }
  return null;
}
