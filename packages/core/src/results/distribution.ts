import type { ResultsDocument } from '../schema/results.js';
import { median } from '../stats/median.js';
import { resultsView } from './view.js';

/** Where a region sits among every unit on one node, from {@link distributionSummary}. */
export interface DistributionSummary {
  values: { unit: string; name: string; value: number }[];
  min: number | null;
  max: number | null;
  median: number | null;
  /** The region's value, position (1 = highest) and the share of units below it (0–1). */
  region: { unit: string; name: string; value: number; position: number; below: number } | null;
}

/**
 * The values of every unit at a node (an indicator or a dimension), with the region's position.
 * Units without a value there are left out (missing is not zero).
 *
 * @example
 * ```ts
 * distributionSummary(results, { node: 'gov', region: '32.73' }).region?.position; // 1
 * ```
 */
export function distributionSummary(
  results: ResultsDocument,
  options: { node: string; region?: string | undefined },
): DistributionSummary {
  const view = resultsView(results);
  const values = view.codes.flatMap((unit, i) => {
    const value = view.scoreAt(options.node, i);
    return value === null || !Number.isFinite(value) ? [] : [{ unit, name: view.names[i]!, value }];
  });
  const numbers = values.map((v) => v.value);
  const own = values.find((v) => v.unit === options.region);
  const mid = median(Float64Array.from(numbers));
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of numbers) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return {
    values,
    min: numbers.length ? lo : null,
    max: numbers.length ? hi : null,
    median: Number.isNaN(mid) ? null : mid,
    region: own
      ? {
          ...own,
          position: 1 + numbers.filter((n) => n > own.value).length,
          below: numbers.filter((n) => n < own.value).length / numbers.length,
        }
      : null,
  };
}
