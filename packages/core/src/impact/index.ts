/**
 * Positively-affected citizens (*masyarakat terdampak positif*): honest counting methods that say
 * which one produced a number. Browser-safe (no arquero, no Node APIs); the DuckDB
 * runner lives in `./duckdb.js` (Node only).
 *
 *   programme totals ──► countProgrammes ──► range [largest, min(sum, population)]  (programme-range)
 *   keyed records ─► pseudonymise ─► countDistinct / DistinctCounter ─► exact | hll
 *   (10^8 rows) ────► distinctCountSql ─► DuckDB / Spark SQL / Trino             ─► exact | engine-approx
 *   per agency ─────► federatedHash ─► PgHll (postgresql-hll format) ─► sketch file / pgHllSketchSql
 *   sketch files ───► mergeSketches ─► union per group ± error, pairwise overlaps  (exact | hll)
 *   survey k of n ──► estimateSurvey (Wilson, deff) ─► share × population         (survey-wilson)
 *   any rows ───────► coverage (÷ population) ─► toIndicatorValues ─► framework values (Impact stage)
 *
 * @packageDocumentation
 */
export { IMPACT_METHODS, type ImpactMethod } from './method.js';
export {
  GROUP_FIELDS,
  canonicalGrouping,
  defaultProvinceOf,
  groupingLabel,
  parseGroupings,
  type GroupField,
  type GroupKey,
  type Grouping,
  type ProvinceOf,
} from './grouping.js';
export type { CountedUnit, ImpactRow } from './impact-row.js';
export {
  KeyedRecordSchema,
  ProgrammeRowSchema,
  SurveyRowSchema,
  type KeyedRecord,
  type ProgrammeRow,
  type SurveyRow,
} from './schemas.js';
export { populationLookup, type PopulationSource } from './population.js';
export {
  countProgrammes,
  safeCountProgrammes,
  type OverlapAssumption,
  type ProgrammeCountOptions,
  type ProgrammeCountRow,
} from './count-programmes.js';
export { looksLikeNik } from './looks-like-nik.js';
export {
  MIN_SALT_BYTES,
  hashKey,
  hashKeys,
  keyHasher,
  keyHasherSync,
  normaliseIdentifier,
} from './hash-key.js';
export { hmacSha256 } from './hmac-sha256.js';
export { pseudonymise, safePseudonymise, type PseudonymiseOptions } from './pseudonymise.js';
export { keyBits, stringHash64, type Hash64 } from './key-bits.js';
/** @internal */
export { Uint64Set } from './uint64-set.js';
export { HyperLogLog, estimateCardinality } from './hyperloglog.js';
export {
  PG_HLL_DEFAULTS,
  PgHll,
  explicitThreshold,
  fullBytes,
  pgHllEstimate,
  type PgHllParams,
} from './pg-hll.js';
export { parsePgHll, pgHllBytes, pgHllHex, safeParsePgHll } from './pg-hll-storage.js';
export {
  FEDERATED_HASH_RULE,
  KEY_CHECK_MESSAGE,
  federatedHash,
  federatedHasher,
  keyCheck,
} from './federated-hash.js';
export {
  SKETCH_FORMAT,
  SKETCH_VERSION,
  SketchDocumentSchema,
  readSketchDocument,
  sketchDocument,
  type GroupSketch,
  type SketchDocument,
  type SketchSet,
} from './sketch-document.js';
export { readSketchCsv, sketchCsv } from './sketch-csv.js';
export {
  mergeSketches,
  type MergeOptions,
  type MergedGroup,
  type Overlap,
} from './merge-sketches.js';
export { pgHllSketchSql, type PgHllSqlOptions } from './pg-hll-sql.js';
export { DistinctCounter, type DistinctCountOptions } from './distinct-counter.js';
export { countDistinct, safeCountDistinct } from './count-distinct.js';
export { inverseNormal, zForConfidence } from './inverse-normal.js';
export { wilsonInterval, type ProportionInterval, type WilsonOptions } from './wilson.js';
export {
  estimateSurvey,
  safeEstimateSurvey,
  type ImpactResult,
  type SurveyEstimateRow,
  type SurveyOptions,
} from './estimate-survey.js';
export { coverage, type CoverageOptions, type CoverageRow } from './coverage.js';
export {
  toIndicatorValues,
  type ImpactValueField,
  type IndicatorValueOptions,
} from './to-indicator-values.js';
export {
  distinctCountSql,
  quoteIdentifier,
  quoteString,
  sourceSql,
  type DistinctCountSqlOptions,
  type SqlColumns,
  type SqlDialect,
  type SqlSource,
} from './sql.js';
export {
  impactDocument,
  parseImpactDocument,
  type ImpactDocumentOptions,
} from './impact-document.js';
