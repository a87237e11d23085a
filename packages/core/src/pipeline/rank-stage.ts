import type { StageRecord } from '../schema/results.js';
import { issue, throwIfAny } from '../errors/index.js';
import { rankDescending } from '../rank/rank.js';
import { groupRanks } from '../rank/group-ranks.js';
import type { PipelineState } from './pipeline-state.js';

/**
 * Stage 7, rank: competition ranks of every score (1 = best, ties share the best rank, missing stays
 * missing), and ranks within each unit group listed in `groupRanks`.
 *
 * @category Score
 */
export function rankStage(
  state: PipelineState,
  scores: ReadonlyMap<string, Float64Array>,
  groupColumns: readonly string[],
): {
  ranks: Map<string, Float64Array>;
  byGroup: Map<string, Map<string, Float64Array>>;
  record: StageRecord;
} {
  const ranks = new Map<string, Float64Array>();
  for (const [code, col] of scores) ranks.set(code, rankDescending(col));
  const byGroup = new Map<string, Map<string, Float64Array>>();
  for (const g of groupColumns) {
    if (!state.units.some((u) => u.groups?.[g] !== undefined)) {
      throwIfAny([
        issue(
          'data/unknown-group',
          ['pipeline', 'groupRanks'],
          `In-group ranks use group "${g}", which no unit has; add \`groups.${g}\` to the units or drop it.`,
        ),
      ]);
    }
    const labels = state.units.map((u) => u.groups?.[g]);
    const m = new Map<string, Float64Array>();
    for (const [code, col] of scores) m.set(code, groupRanks(col, labels));
    byGroup.set(g, m);
  }
  return {
    ranks,
    byGroup,
    record: {
      stage: 'rank',
      params: { order: 'descending', ties: 'min', groupRanks: [...groupColumns] },
    },
  };
}
