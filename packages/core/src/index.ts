/**
 * @takar/core: a generic composite-indicator engine.
 *
 * This entry point has no Node-only or `Function()`-using dependencies, so browser code (the
 * elements) can import it. Reading Arrow files and arquero tables lives in `@takar/core/arquero`.
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './schema/index.js';
// framework
export {
  parseFramework,
  frameworkTree,
  isFrameworkTree,
  type FrameworkTree,
} from './framework/parse-framework.js';
export { effectiveWeights } from './framework/effective-weights.js';
export { resolveWeights } from './framework/resolve-weights.js';
// data
export {
  parseDataset,
  type DataMatrix,
  type PanelColumns,
  type ParseDatasetOptions,
} from './data/parse-dataset.js';
export { matrixFromColumns, type ColumnData } from './data/matrix-from-columns.js';
// reading and writing tables (CSV, JSON records, COINr)
export { parseCsv, type CsvReadOptions } from './io/parse-csv.js';
export { CsvScanner, csvDelimiter, csvHeaderIssues, type CsvRow } from './io/csv-scanner.js';
export { numberFormatHint, parseNumber, type NumberFormat } from './io/parse-number.js';
export { tableFromRecords, type Table } from './io/table.js';
export {
  datasetFromTable,
  NAME_COLUMNS,
  UNIT_COLUMNS,
  YEAR_COLUMNS,
  type TableReadOptions,
} from './io/dataset-from-table.js';
export { formatCsv, formatNumber, spreadsheetSafe, type CsvWriteOptions } from './io/format-csv.js';
export {
  frameworkFromCoinrMeta,
  type CoinrMeta,
  type CoinrMetaOptions,
  type DataColumnMeta,
} from './coinr/framework-from-coinr-meta.js';
export { frameworkToCoinrMeta } from './coinr/framework-to-coinr-meta.js';
export { frameworkFromTable, frameworkToTable } from './coinr/framework-table.js';
// pipeline and results
export { score, safeScore, resultsDocument, resultsJson, type ScoreOptions } from './score.js';
export {
  runPipeline,
  isDataMatrix,
  type PipelineRun,
  type RunOptions,
} from './pipeline/run-pipeline.js';
export { poolAcrossYears } from './pipeline/pool-across-years.js';
export {
  resolvePipeline,
  DEFAULT_ORDER,
  type ResolvedPipeline,
} from './pipeline/resolve-pipeline.js';
export { aggregateColumns, axisKey } from './pipeline/aggregate-stage.js';
// the method tables: what the schema, the CLI and the methodology list
export {
  MethodFamily,
  orList,
  type MethodCli,
  type MethodDoc,
  type MethodEntry,
  type MethodFamilyName,
  type MethodParam,
  type MethodText,
} from './methods/method-family.js';
export {
  NORMALISERS,
  NORMALISE_METHODS,
  type NormaliseInput,
  type NormalisePooling,
  type NormaliserEntry,
} from './methods/normalisers.js';
export { AGGREGATORS, AGGREGATE_METHODS, type AggregatorEntry } from './methods/aggregators.js';
export {
  IMPUTERS,
  IMPUTE_METHODS,
  imputeNeedsPanel,
  type ImputeInput,
  type ImputerEntry,
} from './methods/imputers.js';
export {
  TREATMENTS,
  TREAT_METHODS,
  TREAT_SETTINGS,
  type TreatSetting,
  type TreatSettings,
  type TreatmentEntry,
} from './methods/treatments.js';
export type { ExcludedUnit } from './pipeline/screen-stage.js';
export type { TreatRecord } from './pipeline/treat-stage.js';
// stage functions over columns
export { denominate } from './denominate/denominate.js';
export { dataAvailability, type UnitAvailability } from './screen/data-availability.js';
export { imputeColumn, type ColumnImputeMethod } from './impute/impute-column.js';
export { imputePanel, type PanelImputeMethod } from './impute/impute-panel.js';
export { checkSkewKurt, type SkewKurtCheck } from './treat/check-skew-kurt.js';
export { winsorise, type Winsorised } from './treat/winsorise.js';
export { logCt } from './treat/log-ct.js';
export { treatColumn, type TreatColumnOptions, type TreatDetails } from './treat/treat-column.js';
export { minmax } from './normalise/minmax.js';
export { zscore } from './normalise/zscore.js';
export { rankScores } from './normalise/rank-scores.js';
export { prank } from './normalise/prank.js';
export { borda } from './normalise/borda.js';
export { fracmax } from './normalise/fracmax.js';
export { dist2max } from './normalise/dist2max.js';
export { dist2ref } from './normalise/dist2ref.js';
export { dist2targ } from './normalise/dist2targ.js';
export { goalposts } from './normalise/goalposts.js';
export {
  normaliseColumn,
  type NormaliseOutcome,
  type NormaliseTarget,
} from './normalise/normalise-column.js';
export { amean } from './aggregate/amean.js';
export { gmean } from './aggregate/gmean.js';
export { hmean } from './aggregate/hmean.js';
export { pmean } from './aggregate/pmean.js';
export { copeland } from './aggregate/copeland.js';
export { firstNonPositive } from './aggregate/first-non-positive.js';
export { TIE_TOLERANCE, rankDescending } from './rank/rank.js';
export { groupRanks } from './rank/group-ranks.js';
export { assignBand } from './rank/band.js';
export { bandGaps, type BandGap } from './rank/band-gaps.js';
export { decimalCorrect, roundHalfUpDecimal } from './results/decimal-round.js';
// statistics
export { mean } from './stats/mean.js';
export { median } from './stats/median.js';
export { sd } from './stats/sd.js';
export { skew } from './stats/skew.js';
export { kurt } from './stats/kurt.js';
export { minMax } from './stats/min-max.js';
export { rankAscending } from './stats/rank-ascending.js';
export { describe, type ColumnStats, type DescribeThresholds } from './stats/describe.js';
// results
export { sha256Hex, sha256Bytes, canonicalJson } from './results/sha256.js';
export { scoreKeys } from './results/score-keys.js';
export { runTable } from './results/run-table.js';
export { resultsTable } from './results/results-table.js';
export { newerFormatVersion } from './results/check-version.js';
export { parseResults, safeParseResults } from './results/parse-results.js';
export { migrateResults } from './results/migrate.js';
export { ResultsView, resultsView, type UnitResult } from './results/view.js';
export { READABLE_RESULTS_FORMATS } from './results/format-version.js';
// region documents (one region's slice of a series; read with `@takar/core/results`)
export { parseRegionDocument, safeParseRegionDocument } from './results/parse-region.js';
export {
  REGION_FORMAT,
  regionDocuments,
  isRegionDocument,
  type RegionDocument,
  type RegionDocumentsOptions,
} from './results/region.js';
export { nodeBands } from './results/labels.js';
export { ENGINE_NAME, ENGINE_VERSION } from './version.js';
// positively-affected citizens (owned by the impact work)
export * from './impact/index.js';

// analysis: compare, trend, awards, uncertainty, sensitivity, audit, what-if
export * from './analysis/index.js';
