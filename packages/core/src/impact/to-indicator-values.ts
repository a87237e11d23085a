import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import type { Value } from '../schema/data.js';
import type { GroupKey } from './grouping.js';
import type { ImpactRow } from './impact-row.js';

/**
 * Which number of a row becomes the indicator value.
 *
 * @category Impact
 */
export type ImpactValueField =
  'affected' | 'low' | 'high' | 'coverage' | 'coverageLow' | 'coverageHigh';

/**
 * Options of {@link toIndicatorValues}.
 *
 * @category Impact
 */
export interface IndicatorValueOptions {
  /** The framework indicator code, or a function naming it per group (e.g. one indicator per dimension). */
  readonly indicator: string | ((group: GroupKey) => string);
  /** Which number to use (default `coverage` if rows have it, else `affected`). */
  readonly value?: ImpactValueField;
  /** Year for rows not grouped by year (omitted when neither is known). */
  readonly year?: number;
  /** Unit code for national rows (default `national`). */
  readonly nationalUnit?: string;
}

/**
 * Turns impact rows (counts or coverage) into framework indicator values in long form
 * `{ unit, indicator, year, value }`, e.g. for an indicator of the Impact stage. The unit is the
 * row's region, else its province, else `nationalUnit`. A missing number stays `null` (explicitly
 * missing), never zero. Throws `impact/invalid` if two rows would give the same unit, indicator and
 * year (e.g. rows grouped by dimension with a single indicator code: pass a function instead).
 *
 * @example
 * ```ts
 * const { rows } = coverage(countDistinct(records), population);
 * toIndicatorValues(rows, { indicator: 'imp_coverage', year: 2024 });
 * // [{ unit: '32.73', indicator: 'imp_coverage', year: 2024, value: 0.12 }, …]
 * ```
 *
 * @category Impact
 */
export function toIndicatorValues(
  rows: readonly (ImpactRow & { readonly coverage?: number | null })[],
  options: IndicatorValueOptions,
): Value[] {
  const field: ImpactValueField =
    options.value ?? (rows.some((r) => 'coverage' in r) ? 'coverage' : 'affected');
  const issues: TakarIssue[] = [];
  const seen = new Map<string, number>();
  const out: Value[] = [];
  rows.forEach((row, i) => {
    const unit = row.group.region ?? row.group.province ?? options.nationalUnit ?? 'national';
    const indicator =
      typeof options.indicator === 'function' ? options.indicator(row.group) : options.indicator;
    const year = row.group.year ?? options.year;
    const id = `${unit}\u0001${indicator}\u0001${year ?? ''}`;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(
        issue(
          'impact/invalid',
          ['rows', i],
          `Rows ${first} and ${i} both give unit ${unit}, indicator ${indicator}${year === undefined ? '' : `, year ${year}`}; filter the rows to one grouping or name the indicator per group with a function.`,
        ),
      );
      return;
    }
    seen.set(id, i);
    const raw = (row as unknown as Record<string, unknown>)[field];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    out.push(year === undefined ? { unit, indicator, value } : { unit, indicator, year, value });
  });
  if (issues.length) throw new TakarError(issues);
  return out;
}
