import type { ResultsDocument } from '@takar/core';
import { labelOf } from '../label.js';
import { rankingRows, rootNode, type RankingOptions, type RankingRow } from './rows.js';
import { rankingTemplate, RANKING_DATA } from './template.js';
import { rankingAxisTitle, type RankingColors } from './texts.js';
import type { VegaLiteSpec } from '../types.js';

/** Options of {@link rankingBarSpec}. */
export interface RankingBarOptions extends RankingOptions {
  /** Colours of bars, highlight, text and grid. */
  colors?: Partial<RankingColors>;
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
  const lang = options.lang ?? 'id';
  const node = options.node ?? rootNode(results);
  const label = labelOf(results.framework.nodes.find((n) => n.code === node)?.label, lang);
  const spec = rankingTemplate({
    xTitle: rankingAxisTitle(label, lang),
    ...(options.colors ? { colors: options.colors } : {}),
  });
  return {
    spec,
    data: { [RANKING_DATA]: rankingRows(results, { ...options, node, lang }) } as {
      ranking: RankingRow[];
    },
  };
}
