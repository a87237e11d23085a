import type { ResultsDocument } from '@takar/core';
import { scoreAt } from './nodes.js';
import { median } from './stats.js';

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
  const values = results.units.flatMap((u) => {
    const value = scoreAt(u, options.node);
    return value === null ? [] : [{ unit: u.unit, name: u.name, value }];
  });
  const numbers = values.map((v) => v.value);
  const own = values.find((v) => v.unit === options.region);
  return {
    values,
    min: numbers.length ? Math.min(...numbers) : null,
    max: numbers.length ? Math.max(...numbers) : null,
    median: median(numbers),
    region: own
      ? {
          ...own,
          position: 1 + numbers.filter((n) => n > own.value).length,
          below: numbers.filter((n) => n < own.value).length / numbers.length,
        }
      : null,
  };
}
