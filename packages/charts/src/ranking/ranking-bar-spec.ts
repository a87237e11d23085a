import type { ResultsDocument } from '@takar/core/results';
import { rankingInputs, type RankingOptions, type RankingRow } from './rows.js';
import { rankingTemplate, RANKING_DATA } from './template.js';
import type { RankingColors } from './texts.js';
import type { VegaLiteSpec } from '../types.js';

/** Options of {@link rankingBarSpec}. */
export interface RankingBarOptions extends RankingOptions {
  /** Colours of bars, highlight, text and grid. */
  colors?: Partial<RankingColors>;
  /**
   * The score axis title, in the reader's language (the elements write e.g. "Skor: Indeks Smart
   * City"); default the node's label. The charts hold no UI words of their own.
   */
  xTitle?: string;
}

/** A Vega-Lite spec over named data, with the values to bind. */
export interface RankingBarSpec {
  /** The Vega-Lite spec; its data is `{ name: 'ranking' }`. */
  spec: VegaLiteSpec;
  /** The values of the named data sets. */
  data: { ranking: RankingRow[] };
}

/**
 * The ranking of a results document as a horizontal bar chart: one bar per unit with a score at
 * the node, best on top. The spec uses named data; bind `data.ranking` to it.
 *
 * @param results - a parsed results document
 * @param options - node (default the index), language, highlighted unit, colours
 * @example
 * ```ts
 * const { spec, data } = rankingBarSpec(results, { lang: 'en', highlight: '32.73' });
 * // vega-lite: compile(spec) → view.data('ranking', data.ranking)
 * ```
 */
export function rankingBarSpec(
  results: ResultsDocument,
  options: RankingBarOptions = {},
): RankingBarSpec {
  const { rows, xTitle } = rankingInputs(results, options);
  const spec = rankingTemplate({
    xTitle,
    ...(options.colors ? { colors: options.colors } : {}),
  });
  return {
    spec,
    data: { [RANKING_DATA]: rows } as {
      ranking: RankingRow[];
    },
  };
}
