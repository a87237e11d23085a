/**
 * @takar/charts: pure functions from Takar results documents to chart specs. Each chart is a
 * Vega-Lite spec over named data; the same spec compiled to Vega at build time is what pages
 * render, so they load the Vega runtime only, never the Vega-Lite compiler. Results are read
 * through `@takar/core/results` (zod-free): the analysis the charts show (profile, trend, awards,
 * distribution) lives there, and the texts (UI words) in the elements.
 *
 * @packageDocumentation
 */
export {
  rankingBarSpec,
  type RankingBarOptions,
  type RankingBarSpec,
} from './ranking/ranking-bar-spec.js';
export { compileRanking } from './ranking/compile-ranking.js';
export {
  rankingRows,
  rankingInputs,
  type RankingOptions,
  type RankingRow,
} from './ranking/rows.js';
export {
  rankingTemplate,
  RANKING_DATA,
  VEGA_LITE_SCHEMA,
  type RankingTemplateParams,
} from './ranking/template.js';
export { RANKING_COLORS, rankingLabelLimit, type RankingColors } from './ranking/texts.js';
export { chartLocale, type ChartLocale } from './locale.js';
export { seededUnit } from './jitter.js';
export type { CompiledChart, VegaLiteSpec, VegaSpec } from './types.js';
export { dotsTemplate, DOTS_DATA, type DotRow } from './templates/dots.js';
export { linesTemplate, LINES_DATA, type LineRow } from './templates/lines.js';
export { stripTemplate, STRIP_DATA, type StripRow } from './templates/strip.js';
export { intervalTemplate, INTERVAL_DATA, type IntervalRow } from './templates/interval.js';
export { dotsChart, linesChart, stripChart, intervalChart, type ChartTheme } from './charts.js';
export {
  dotsLayout,
  tickStep,
  type DotsLayout,
  type DotsLayoutDot,
  type DotsLayoutOptions,
  type DotsLayoutRow,
  type DotsTick,
} from './dots/dots-layout.js';
export {
  readBoundaries,
  type BoundariesOptions,
  type BoundariesResult,
  type BoundaryFeature,
  type BoundaryProblem,
  type BoundaryProblemCode,
} from './geo/boundaries.js';
export {
  mercator,
  projectBoundaries,
  splitPanels,
  unionBox,
  viewBox,
  type Box,
  type ProjectedFeature,
  type ProjectedMap,
} from './geo/projection.js';
export {
  DIVERGING_COLORS,
  SEQUENTIAL_COLORS,
  interpolateColor,
  relativeLuminance,
} from './geo/colors.js';
