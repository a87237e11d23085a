/**
 * Analysis on top of the engine: comparisons, trends, awards, uncertainty and sensitivity, audit
 * and what-if. Browser-safe: worker threads for Node live in `./node-workers.ts`, and the Web
 * Worker entry in `./uncertainty-worker.ts`, neither re-exported here.
 * @packageDocumentation
 */
export { profile, type ProfileOptions, type NodeProfile, type UnitProfile } from './profile.js';
export type { PeerSpec, PeerGroup } from './peers.js';
export { compareUnits, type ComparedNode, type UnitComparison } from './compare-units.js';
export { peerSummary, type PeerSummaryOptions, type PeerGroupSummary } from './peer-summary.js';
export { quantileSorted, summarise, type Summary } from './quantile.js';
export {
  trend,
  type Trend,
  type TrendOptions,
  type TrendPoint,
  type TrendChange,
  type UnitTrend,
  type Mover,
  type YearChange,
} from './trend.js';
export {
  awards,
  type AwardsOptions,
  type Award,
  type AwardWhy,
  type AwardsResult,
} from './awards.js';
export { assignAwards } from './assign-awards.js';
/** @internal */
export { splitmix32, replicationSeed } from './prng.js';
/** @internal */
export {
  prepareLean,
  leanColumns,
  leanScores,
  leanRanks,
  type LeanModel,
  type LeanOptions,
  type LeanColumns,
  type LeanStages,
} from './lean-model.js';
export type { UncertaintySpec, UncertainFactor } from './uncertainty-plan.js';
/** @internal */
export {
  planUncertainty,
  evaluateInputs,
  nominalRanks,
  noisyWeights,
  type UncertaintyPlan,
} from './uncertainty-plan.js';
/** @internal */
export { runReplications } from './replications.js';
/** @internal */
export { summariseRanks } from './uncertainty.js';
export {
  uncertainty,
  type UncertaintyOptions,
  type SkippedReplications,
  type UncertaintyResult,
  type UnitUncertainty,
} from './uncertainty.js';
/** @internal */
export { handleUncertaintyRequest } from './worker-protocol.js';
export {
  handleUncertaintyRequestInSlices,
  webWorkerPort,
  type SliceOptions,
  type UncertaintyRequest,
  type UncertaintyResponse,
  type WorkerPort,
  type WorkerPool,
} from './worker-protocol.js';
export {
  sensitivity,
  type SensitivityOptions,
  type SensitivityIndex,
  type SensitivityResult,
} from './sensitivity.js';
export {
  pearson,
  spearman,
  kendall,
  correlation,
  averageRanks,
  type CorrelationMethod,
} from './correlation.js';
export { cronbachAlpha } from './cronbach-alpha.js';
export {
  audit,
  type AuditOptions,
  type AuditReport,
  type AuditBasis,
  type IndicatorAudit,
  type CorrelationTable,
  type ParentCorrelation,
  type CorrelationFlag,
  type GroupAlpha,
} from './audit.js';
export { removalImpact, type RemovalImpact } from './removal-impact.js';
export { rescoreInputs } from './rescore-inputs.js';
export {
  whatIf,
  type ValueChange,
  type WhatIfOptions,
  type WhatIfMove,
  type WhatIfResult,
} from './what-if.js';
export {
  reachTarget,
  type ReachTargetOptions,
  type ReachTargetResult,
  type ReachState,
} from './reach-target.js';
/** @internal */
export { gmeanOfLogs } from './gmean-of-logs.js';
