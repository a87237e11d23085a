import { parseFramework, type Band, type Framework } from '@takar/core';

/**
 * A copy of `framework` with `bands` as the predicates of its index, checked (ordered,
 * half-open, non-overlapping); throws a `TakarError` (from @takar/core) otherwise. Used for the Smart City
 * evaluation, whose official predicate thresholds are not public.
 *
 * @example
 * ```ts
 * const sc = withBands(getFramework('smart-city'), [
 *   { code: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: null, max: 2.5 },
 *   { code: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 2.5, max: null },
 * ]);
 * ```
 */
export function withBands(framework: Framework, bands: readonly Band[]): Framework {
  const out: Framework = {
    ...framework,
    bands: bands.map((b) => ({ ...b, label: { ...b.label } })),
  };
  parseFramework(out);
  return out;
}
