/**
 * `@takar/core/results`: the one zod-free layer that reads results documents. Charts, elements and
 * the CLI read results through it; validation (zod) stays at the boundary, in `parseResults` of
 * `@takar/core`.
 * @packageDocumentation
 */
export type {
  ResultsDocument,
  ResultsDocumentV1,
  ResultColumn,
  ResultUnits,
  StageRecord,
} from '../schema/results.js';
export type { Framework, FrameworkNode, Band } from '../schema/framework.js';
export type { Label } from '../schema/label.js';
export { RESULTS_FORMAT, READABLE_RESULTS_FORMATS } from './format-version.js';
export { ResultsView, resultsView, type UnitResult } from './view.js';
export { migrateResults } from './migrate.js';
export { newerFormatVersion } from './check-version.js';
export { decimalCorrect, roundHalfUpDecimal } from './decimal-round.js';
export { assignBand } from '../rank/band.js';
export type { ImpactDocument, ImpactRegionRow } from '../schema/impact-document.js';
