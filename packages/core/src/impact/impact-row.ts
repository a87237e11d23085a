import type { GroupKey, Grouping } from './grouping.js';
import type { ImpactMethod } from './method.js';

/**
 * What a count counts. Households are converted to persons before they reach a row.
 *
 * @category Impact
 */
export type CountedUnit = 'persons' | 'businesses';

/**
 * One result row about positively-affected citizens: the group, the count or estimate, its bounds,
 * and the method that produced it. Every impact function returns these (some with extra fields), so
 * coverage, indicator values and the CLI's CSV work on any of them.
 *
 * @example
 * ```ts
 * const row: ImpactRow = {
 *   by: ['region'], group: { region: '32.73' }, unit: 'persons',
 *   affected: null, low: 1200, high: 1900, method: 'programme-range',
 * };
 * ```
 *
 * @category Impact
 */
export interface ImpactRow {
  /** The grouping this row belongs to (`[]` is the nation). */
  readonly by: Grouping;
  /** The group's values. */
  readonly group: GroupKey;
  /** Persons or businesses (businesses are never converted to persons). */
  readonly unit: CountedUnit;
  /** The count or point estimate; `null` where only a range can be claimed. */
  readonly affected: number | null;
  /** Lower bound (range or interval), or `null` for exact counts. */
  readonly low: number | null;
  /** Upper bound (range or interval), or `null` for exact counts. */
  readonly high: number | null;
  /** How the number was produced. */
  readonly method: ImpactMethod;
  /** The assumption behind a point value, in words, when there is one. */
  readonly assumption?: string;
}
