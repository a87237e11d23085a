import type { ResultsDocument } from '@takar/core';
import { scoreAt } from './nodes.js';

/** One region's score and rank in one year. */
export interface TrendPoint {
  year: number;
  unit: string;
  name: string;
  score: number | null;
  rank: number | null;
  /** How many units were ranked that year. */
  ranked: number;
}

/**
 * Scores and ranks of regions at a node across results documents (one per year), oldest first.
 * Documents without a year are placed by their order in the list.
 *
 * @example
 * ```ts
 * trendPoints([r2023, r2024], { regions: ['32.73'], node: 'idx' }).map((p) => p.rank); // [3, 1]
 * ```
 */
export function trendPoints(
  documents: readonly ResultsDocument[],
  options: { regions: readonly string[]; node: string },
): TrendPoint[] {
  const dated = documents.map((d, i) => ({ d, year: d.year ?? i })).sort((a, b) => a.year - b.year);
  return dated.flatMap(({ d, year }) => {
    const ranked = d.units.filter((u) => typeof u.ranks[options.node] === 'number').length;
    return options.regions.flatMap((code) => {
      const u = d.units.find((x) => x.unit === code);
      return u
        ? [
            {
              year,
              unit: u.unit,
              name: u.name,
              score: scoreAt(u, options.node),
              rank: u.ranks[options.node] ?? null,
              ranked,
            },
          ]
        : [];
    });
  });
}
