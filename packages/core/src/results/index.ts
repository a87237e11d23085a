/**
 * `@takar/core/results`: the one zod-free layer that reads results documents. Charts, elements and
 * the CLI read results through it: the document types, the view (columns by node, a unit lookup,
 * the root), the analysis the views show (profile, peers, trend, awards, distribution, rank
 * changes), labels and bands, decimal-correct rounding, the number formatter, and region
 * documents. Validation (zod) stays at the boundary, in `parseResults` of `@takar/core`.
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
export type { Label, Lang } from '../schema/label.js';
export type { Source } from '../schema/data.js';
export { RESULTS_FORMAT, READABLE_RESULTS_FORMATS } from './format-version.js';
export { ResultsView, resultsView, type UnitResult } from './view.js';
export { migrateResults } from './migrate.js';
export { newerFormatVersion } from './check-version.js';
export { decimalCorrect, roundHalfUpDecimal } from './decimal-round.js';
export { assignBand } from '../rank/band.js';
export type { ImpactDocument, ImpactRegionRow } from '../schema/impact-document.js';
export { median } from '../stats/median.js';
export { labelText, nodeBands, bandLabel } from './labels.js';
export { nodeLabel } from '../analysis/node-label.js';
export {
  displayNumber,
  displayPercent,
  shownNumber,
  vegaNumberLocale,
  type VegaNumberLocale,
} from './number-format.js';
// The analysis the views need: one implementation, shared with `@takar/core`.
export * from '../analysis/profile.js';
export type { PeerSpec, PeerGroup } from '../analysis/peers.js';
export * from '../analysis/trend.js';
export * from '../analysis/awards.js';
export * from '../analysis/peer-summary.js';
export * from '../analysis/compare-units.js';
// Shaped for display (what an element shows).
export { peerGroupOf } from './peer-group.js';
export {
  profileSummary,
  type ProfileRow,
  type ProfilePeers,
  type ProfileSummary,
} from './profile-summary.js';
export { trendPoints, type YearPoint } from './trend-points.js';
export { awardWinners, type AwardEntry, type CategoryWinners } from './award-winners.js';
export { distributionSummary, type DistributionSummary } from './distribution.js';
export { rankChanges, type RankChange } from './rank-change.js';
export {
  REGION_FORMAT,
  regionDocuments,
  regionProfile,
  regionTrendPoints,
  regionYear,
  regionRoot,
  isRegionDocument,
  type RegionDocument,
  type RegionDocumentsOptions,
  type RegionFramework,
  type RegionNode,
  type RegionPeers,
  type RegionScores,
  type RegionYear,
} from './region.js';
export { TakarError, type TakarIssue, type IssuePath } from '../errors/index.js';
// The one issue type and error catalogue of every package.
export { ERROR_CODES, type TakarErrorCode } from '../errors/codes.js';
export { issue, formatPath, formatIssues } from '../errors/takar-error.js';
