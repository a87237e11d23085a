/**
 * @takar/elements: embeddable custom elements for Takar results. Importing this module defines
 * nothing; import `@takar/elements/define/ranking.js` (or load the CDN build) to register the tags.
 *
 * @packageDocumentation
 */

export { TakarRanking, type TakarRenderedDetail } from './ranking/ranking.js';
export {
  ResultsController,
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
export { numberFormat, textsFor, type ResultsErrorCode, type Texts } from './i18n/texts.js';
