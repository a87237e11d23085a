import type { ResultsDocument } from '../schema/results.js';
import { resultsView } from './view.js';

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
  const now = resultsView(current);
  const before = resultsView(previous);
  return new Map(
    now.codes.map((code, i) => {
      const rank = now.rankAt(node, i);
      const at = before.indexOf(code);
      const previousRank = at < 0 ? null : before.rankAt(node, at);
      return [
        code,
        {
          previousRank,
          change: rank !== null && previousRank !== null ? previousRank - rank : null,
        },
      ];
    }),
  );
}
