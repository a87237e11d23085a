import type { ResultsDocument } from '@takar/core';

/** A unit's rank a period earlier and the change (positive: it moved up). */
export interface RankChange {
  previousRank: number | null;
  /** `previousRank - rank`; `null` when either is missing (a new entrant, say). */
  change: number | null;
}

/**
 * Rank changes at a node between a previous results document and the current one, per unit code.
 *
 * @example
 * ```ts
 * rankChanges(results2024, results2023, 'idx').get('32.73'); // { previousRank: 3, change: 2 }
 * ```
 */
export function rankChanges(
  current: ResultsDocument,
  previous: ResultsDocument,
  node: string,
): Map<string, RankChange> {
  const before = new Map(previous.units.map((u) => [u.unit, u.ranks[node] ?? null]));
  return new Map(
    current.units.map((u) => {
      const rank = u.ranks[node] ?? null;
      const previousRank = before.get(u.unit) ?? null;
      return [
        u.unit,
        {
          previousRank,
          change: rank !== null && previousRank !== null ? previousRank - rank : null,
        },
      ];
    }),
  );
}
