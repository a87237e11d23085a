import { z } from 'zod';

/**
 * Normalisation methods (OECD/JRC Handbook 2008, step 5 "Normalisation"; COINr `Normalise`).
 * `none` passes values through (level scales such as SPBE maturity 1–5).
 */
export const NormaliseMethodSchema = z.enum([
  'none',
  'minmax',
  'zscore',
  'rank',
  'prank',
  'borda',
  'fracmax',
  'dist2max',
  'dist2ref',
  'dist2targ',
  'goalposts',
]);
/** A normalisation method name. */
export type NormaliseMethod = z.infer<typeof NormaliseMethodSchema>;

/** A normalisation with its parameters. */
export const NormaliseSpecSchema = z.object({
  method: NormaliseMethodSchema,
  /** `minmax` and `goalposts`: output range [low, high] with low < high; default [0, 100]. */
  range: z
    .tuple([z.number(), z.number()])
    .refine((r) => r[0] < r[1], {
      message:
        'The range must be [low, high] with low < high; to reverse a scale, set the indicator direction to -1 instead',
    })
    .optional(),
  /** `zscore`: output mean and sd; default [0, 1]. */
  meanSd: z.tuple([z.number(), z.number().positive()]).optional(),
  /** `dist2ref`: the reference unit's code. */
  reference: z.string().optional(),
  /** `dist2targ` and `dist2ref`: cap results at 1 (default false, as COINr). */
  cap: z.boolean().optional(),
  /**
   * `goalposts`: clamp scores to the goalposts (default true, as COINr's `trunc2posts`). With
   * `false`, a value beyond a goalpost scores beyond the range (above 100 past the upper one).
   */
  truncate: z.boolean().optional(),
  /**
   * `minmax` and `zscore` on a panel: `years` normalises every year with parameters taken once
   * from all years pooled (COINr's panel normalisation), so a unit that improves is never pushed
   * down by others' progress. The parameters are in `pooled`.
   */
  across: z.enum(['years']).optional(),
  /**
   * The pooled parameters per indicator, on direction-adjusted values: `minmax` [min, max],
   * `zscore` [mean, sd]. Set by `poolAcrossYears`; recorded in the results so a run can be replayed.
   */
  pooled: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
});
/** A normalisation with its parameters. */
export type NormaliseSpec = z.infer<typeof NormaliseSpecSchema>;

/** Aggregation methods. `pmean` is the generalised (power) mean with exponent `p`. */
export const AggregateMethodSchema = z.enum(['amean', 'gmean', 'hmean', 'pmean', 'copeland']);
/** An aggregation method name. */
export type AggregateMethod = z.infer<typeof AggregateMethodSchema>;

/** An aggregation with its parameters. */
export const AggregateSpecSchema = z.object({
  method: AggregateMethodSchema,
  /** `pmean`: the exponent. */
  p: z.number().optional(),
  /** Minimum share (0–1) of children (by count) that must be present, else the node is missing. */
  minAvailable: z.number().min(0).max(1).optional(),
});
/** An aggregation with its parameters. */
export type AggregateSpec = z.infer<typeof AggregateSpecSchema>;

/** Imputation methods. `latest` and `linear` work along years of a panel. */
export const ImputeMethodSchema = z.enum([
  'none',
  'mean',
  'median',
  'group-mean',
  'group-median',
  'latest',
  'linear',
]);

/** Imputation settings. */
export const ImputeSpecSchema = z.object({
  method: ImputeMethodSchema,
  /** `group-mean` / `group-median`: the unit group column to group by. */
  group: z.string().optional(),
});
/** Imputation settings. */
export type ImputeSpec = z.infer<typeof ImputeSpecSchema>;

/** Outlier treatment settings (JRC rule: |skew| ≥ skewMax and kurtosis ≥ kurtMax). */
export const TreatSpecSchema = z.object({
  method: z.enum(['none', 'default']),
  winmax: z.number().int().min(0).optional(),
  skewMax: z.number().positive().optional(),
  kurtMax: z.number().optional(),
  /** Per-indicator overrides: `none` leaves an indicator untreated. */
  overrides: z.record(z.string(), z.enum(['none', 'default', 'log'])).optional(),
});
/** Outlier treatment settings. */
export type TreatSpec = z.infer<typeof TreatSpecSchema>;

/** Screening of units by data availability (COINr `Screen`). */
export const ScreenSpecSchema = z.object({
  /** Minimum share (0–1) of indicators a unit must have; units below are removed. */
  minAvailability: z.number().min(0).max(1),
  /** Minimum share (0–1) of a unit's present values that are non-zero; used when `by` includes zeros. Default 0.05. */
  minNonZero: z.number().min(0).max(1).optional(),
  /** What removes a unit: too much missing data (default), too many zeros, or either. */
  by: z.enum(['missing', 'zeros', 'both']).optional(),
});
/** Screening settings. */
export type ScreenSpec = z.infer<typeof ScreenSpecSchema>;

/** The stages of the pipeline, in their default order. `aggregate` and `rank` always come last. */
export const STAGE_NAMES = [
  'denominate',
  'screen',
  'impute',
  'treat',
  'normalise',
  'aggregate',
  'rank',
] as const;
/** A pipeline stage name. */
export type StageName = (typeof STAGE_NAMES)[number];

/** The stages that work on indicator columns, whose order a pipeline may change. */
export const IndicatorStageSchema = z.enum([
  'denominate',
  'screen',
  'impute',
  'treat',
  'normalise',
]);
/** A stage that works on indicator columns. */
export type IndicatorStage = z.infer<typeof IndicatorStageSchema>;

/**
 * The pipeline: which stages run and with what parameters. Every field is optional; defaults are
 * filled at the boundary so that the recorded configuration in the results is complete.
 */
export const PipelineConfigSchema = z.object({
  /** Divide indicators by the unit column their `denominator` names. */
  denominate: z.boolean().optional(),
  screen: ScreenSpecSchema.nullable().optional(),
  impute: ImputeSpecSchema.optional(),
  treat: TreatSpecSchema.optional(),
  normalise: NormaliseSpecSchema.optional(),
  aggregate: AggregateSpecSchema.optional(),
  /**
   * Weights to use instead of the node weights: the name of one of the framework's `weightSets`, or
   * a map node code → weight (nodes not named keep their weight).
   */
  weights: z.union([z.string(), z.record(z.string(), z.number())]).optional(),
  /**
   * Order of the indicator stages; default denominate, screen, impute, treat, normalise. COINr's
   * ASEM example screens after imputing: `['denominate', 'impute', 'screen', 'treat', 'normalise']`.
   */
  order: z.array(IndicatorStageSchema).optional(),
  /** Unit group columns to compute in-group ranks for. */
  groupRanks: z.array(z.string()).optional(),
});
/** The pipeline configuration. */
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;
