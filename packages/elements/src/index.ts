/**
 * @takar/elements: embeddable custom elements for Takar results. Importing this module defines
 * nothing; import `@takar/elements/define/ranking.js` (or load the CDN build) to register the tags.
 *
 * @packageDocumentation
 */

export { TakarRanking, type RankInterval, type RankingSortKey } from './ranking/ranking.js';
export {
  TakarElement,
  type ElementView,
  type LegendEntry,
  type TakarEventMap,
  type TakarRenderedDetail,
  type TakarSelectDetail,
} from './common/takar-element.js';
export { TooltipController } from './controllers/tooltip-controller.js';
export { toCsv, resultsCsv, regionCsv, type CsvTable } from './common/csv.js';
export { readTheme, type ThemeColors } from './common/theme.js';
export {
  ResultsController,
  RESULTS_KIND,
  RESULTS_LIST_KIND,
  REGION_KIND,
  SERIES_KIND,
  type ResultsKind,
  type Validation,
  type ResultsError,
  type ResultsSource,
  type ResultsState,
} from './controllers/results-controller.js';
export {
  ChartController,
  type ChartControllerOptions,
  type ChartInput,
  type ChartStatus,
} from './controllers/chart-controller.js';
export { defineOnce } from './define/define-once.js';
export { textsFor, type ResultsErrorCode, type Texts } from './i18n/texts.js';
export { localeFor, type Locale } from './i18n/locale.js';
export { TakarProfile } from './profile/profile.js';
export { TakarCompare } from './compare/compare.js';
export { TakarTrend } from './trend/trend.js';
export { TakarAwards } from './awards/awards.js';
export {
  TakarImpact,
  type ImpactData,
  type ImpactDocument,
  type ImpactRegionRow,
  type ImpactLabel,
} from './impact/impact.js';
export { TakarDistribution } from './distribution/distribution.js';
export { TakarMap, type MapData } from './map/map.js';
export type { MapMeasure } from './map/map-texts.js';
export {
  loadBoundaries,
  type BoundariesOutcome,
  type BoundariesSource,
  type LoadedBoundaries,
} from './map/boundaries-store.js';
