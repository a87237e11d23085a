/**
 * @takar/charts: pure functions from Takar results documents to chart specs. Each chart is a
 * Vega-Lite spec over named data; the same spec compiled to Vega at build time is what pages
 * render, so they load the Vega runtime only, never the Vega-Lite compiler.
 *
 * @packageDocumentation
 */
export {
  rankingBarSpec,
  type RankingBarOptions,
  type RankingBarSpec,
} from './ranking/ranking-bar-spec.js';
export { compileRanking } from './ranking/compile-ranking.js';
export { rankingRows, rootNode, type RankingOptions, type RankingRow } from './ranking/rows.js';
export {
  rankingTemplate,
  RANKING_DATA,
  VEGA_LITE_SCHEMA,
  type RankingTemplateParams,
} from './ranking/template.js';
export {
  RANKING_COLORS,
  rankingAxisTitle,
  rankingLabelLimit,
  type RankingColors,
} from './ranking/texts.js';
export { labelOf } from './label.js';
export type { CompiledChart, VegaLiteSpec, VegaSpec } from './types.js';
