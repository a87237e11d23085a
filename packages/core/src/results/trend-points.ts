import type { ResultsDocument } from '../schema/results.js';
import { trend } from '../analysis/trend.js';
import { resultsView } from './view.js';

/** One region's score and rank at one node in one year, as a trend chart plots it. */
export interface YearPoint {
  year: number;
  unit: string;
  name: string;
  score: number | null;
  rank: number | null;
  /** How many units were ranked at the node that year. */
  ranked: number;
}

/**
 * Scores and ranks of regions at a node across results documents (one per year), oldest first:
 * the series of `trend()` for the regions asked for, with the number of ranked units each year.
 * A region absent in a year has no point there. Documents without a year are placed by their
 * order in the list (their position stands in for the year).
 *
 * @example
 * ```ts
 * trendPoints([r2023, r2024], { regions: ['32.73'], node: 'idx' }).map((p) => p.rank); // [3, 1]
 * ```
 */
export function trendPoints(
  documents: readonly ResultsDocument[],
  options: { regions: readonly string[]; node: string },
): YearPoint[] {
  if (documents.length === 0) return [];
  const dated = documents.map((d, i) => (d.year === null ? { ...d, year: i } : d));
  const t = trend(dated, { node: options.node });
  const views = [...dated].sort((a, b) => a.year! - b.year!).map((d) => resultsView(d));
  const ranked = views.map(
    (v) => v.column(options.node)?.ranks?.filter((r) => r !== null).length ?? 0,
  );
  const byCode = new Map(t.units.map((u) => [u.unit, u]));
  return t.years.flatMap((year, y) =>
    options.regions.flatMap((code) => {
      const u = byCode.get(code);
      const at = views[y]!.indexOf(code);
      if (!u || at < 0) return [];
      const point = u.series[options.node]?.[y];
      return [
        {
          year,
          unit: code,
          name: views[y]!.names[at]!,
          score: point?.score ?? null,
          rank: point?.rank ?? null,
          ranked: ranked[y]!,
        },
      ];
    }),
  );
}
