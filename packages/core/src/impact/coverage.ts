import { issue } from '../errors/index.js';
import type { TakarIssue } from '../errors/index.js';
import type { ImpactResult } from './estimate-survey.js';
import { describe } from './estimate-survey.js';
import { defaultProvinceOf, type ProvinceOf } from './grouping.js';
import type { ImpactRow } from './impact-row.js';
import { populationLookup, type PopulationSource } from './population.js';

/**
 * An impact row with its coverage: affected / population, bounds likewise.
 *
 * @category Impact
 */
export type CoverageRow<R extends ImpactRow = ImpactRow> = R & {
  /** The population of the group, or null if unknown. */
  readonly population: number | null;
  /** affected / population, or null when either is unknown (never zero for "unknown"). */
  readonly coverage: number | null;
  /** low / population and high / population, or null. */
  readonly coverageLow: number | null;
  readonly coverageHigh: number | null;
};

/**
 * Options of {@link coverage}.
 *
 * @category Impact
 */
export interface CoverageOptions {
  /** Province of a region code (default {@link defaultProvinceOf}). */
  readonly provinceOf?: ProvinceOf;
}

/**
 * Coverage per group: affected / population, and the bounds over population, keeping the method that
 * produced the count. Populations come from the caller (`region → persons`; provinces and the nation
 * add up their regions unless given, see {@link PopulationSource}). A group without a population gets
 * `coverage: null` and an `impact/missing-population` issue, never zero; business counts get null
 * coverage (there is no business population).
 *
 * @example
 * ```ts
 * const { rows, issues } = coverage(countDistinct(records, { by: [['region'], []] }), {
 *   '32.73': 2_591_763,
 * });
 * rows[0].coverage; // e.g. 0.12
 * ```
 *
 * @category Impact
 */
export function coverage<R extends ImpactRow>(
  rows: readonly R[],
  population: PopulationSource,
  options: CoverageOptions = {},
): ImpactResult<CoverageRow<R>> {
  const lookup = populationLookup(population, options.provinceOf ?? defaultProvinceOf);
  const issues: TakarIssue[] = [];
  const out = rows.map((row, i): CoverageRow<R> => {
    const n = row.unit === 'persons' ? lookup(row.group) : undefined;
    if (n === undefined)
      issues.push(
        issue(
          'impact/missing-population',
          ['rows', i],
          row.unit === 'persons'
            ? `No population for ${describe(row.group)}; add it to the population map to get its coverage.`
            : `Coverage is not computed for business counts (there is no business population); report the count itself.`,
        ),
      );
    const ratio = (x: number | null) => (n === undefined || x === null ? null : x / n);
    return {
      ...row,
      population: n ?? null,
      coverage: ratio(row.affected),
      coverageLow: ratio(row.low),
      coverageHigh: ratio(row.high),
    };
  });
  return { rows: out, issues };
}
