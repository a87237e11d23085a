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
export { formatNumber } from './format.js';
export { dotsTemplate, DOTS_DATA, type DotRow } from './templates/dots.js';
export { linesTemplate, LINES_DATA, type LineRow } from './templates/lines.js';
export { stripTemplate, STRIP_DATA, type StripRow } from './templates/strip.js';
export { intervalTemplate, INTERVAL_DATA, type IntervalRow } from './templates/interval.js';
export { dotsChart, linesChart, stripChart, intervalChart, type ChartTheme } from './charts.js';
export { median, seededUnit } from './summaries/stats.js';
export { childNodes, nodeOf, scoreAt } from './summaries/nodes.js';
export { peerUnits, type PeerGroup } from './summaries/peers.js';
export { profileSummary, type ProfileRow, type ProfileSummary } from './summaries/profile.js';
export { distributionSummary, type DistributionSummary } from './summaries/distribution.js';
export { rankChanges, type RankChange } from './summaries/rank-change.js';
export { trendPoints, type TrendPoint } from './summaries/trend.js';
export { awardWinners, type Award, type AwardEntry } from './summaries/awards.js';
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
