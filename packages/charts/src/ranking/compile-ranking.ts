import type { ResultsDocument } from '@takar/core/results';
import { rankingVega } from '../generated/ranking.vg.generated.js';
import { rankingInputs, type RankingRow } from './rows.js';
import { RANKING_COLORS } from './texts.js';
import type { RankingBarOptions } from './ranking-bar-spec.js';
import type { CompiledChart, VegaSpec } from '../types.js';

/**
 * The ranking bar chart ready for the Vega runtime: the Vega spec compiled from
 * {@link rankingTemplate} at build time (so pages never load the Vega-Lite compiler), the rows for
 * its `ranking` data and the values of its signals (axis title, colours).
 *
 * @param results - a parsed results document
 * @param options - node (default the index), language, highlighted unit, colours
 * @example
 * ```ts
 * const chart = compileRanking(results, { lang: 'id' });
 * const view = new View(parse(chart.spec, undefined, { ast: true }), { expr: expressionInterpreter });
 * view.data('ranking', chart.data.ranking);
 * for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);
 * await view.runAsync();
 * ```
 */
export function compileRanking(
  results: ResultsDocument,
  options: RankingBarOptions = {},
): CompiledChart<RankingRow> {
  const { rows, xTitle } = rankingInputs(results, options);
  return {
    // A structured clone: Vega's parser annotates the spec objects it is given.
    spec: structuredClone(rankingVega) as VegaSpec,
    data: { ranking: rows },
    signals: {
      xTitle,
      textColor: options.colors?.textColor ?? RANKING_COLORS.textColor,
      gridColor: options.colors?.gridColor ?? RANKING_COLORS.gridColor,
    },
  };
}
