import { z } from 'zod';
import { methodNameSchema } from '../methods/method-schema.js';
import { NORMALISE_NAMES, type NORMALISE_METHODS } from '../methods/normalisers.js';
import { AGGREGATE_NAMES, type AGGREGATE_METHODS } from '../methods/aggregators.js';
import { IMPUTE_NAMES, type IMPUTE_METHODS } from '../methods/imputers.js';
import { TREAT_NAMES, type TREAT_METHODS } from '../methods/treatments.js';

/**
 * Normalisation methods (OECD/JRC Handbook 2008, step 5 "Normalisation"; COINr `Normalise`): the
 * names in the normaliser table (`NORMALISERS`). `none` passes values through (level scales
 * such as SPBE maturity 1–5).
 *
 * @category Score
 */
export const NormaliseMethodSchema: z.ZodType<NormaliseMethod, NormaliseMethod> = methodNameSchema(
  'normalisation',
  NORMALISE_NAMES,
);
/**
 * A normalisation method name.
 *
 * @category Score
 */
export type NormaliseMethod = (typeof NORMALISE_METHODS)[number];

/**
 * A normalisation with its parameters.
 *
 * @category Score
 */
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
/**
 * A normalisation with its parameters.
 *
 * @category Score
 */
export type NormaliseSpec = z.infer<typeof NormaliseSpecSchema>;

/**
 * Aggregation methods: the names in the aggregator table (`AGGREGATORS`). `pmean` is the
 * generalised (power) mean with exponent `p`.
 *
 * @category Score
 */
export const AggregateMethodSchema: z.ZodType<AggregateMethod, AggregateMethod> = methodNameSchema(
  'aggregation',
  AGGREGATE_NAMES,
);
/**
 * An aggregation method name.
 *
 * @category Score
 */
export type AggregateMethod = (typeof AGGREGATE_METHODS)[number];

/**
 * An aggregation with its parameters.
 *
 * @category Score
 */
export const AggregateSpecSchema = z.object({
  method: AggregateMethodSchema,
  /** `pmean`: the exponent. */
  p: z.number().optional(),
  /** Minimum share (0–1) of children (by count) that must be present, else the node is missing. */
  minAvailable: z.number().min(0).max(1).optional(),
});
/**
 * An aggregation with its parameters.
 *
 * @category Score
 */
export type AggregateSpec = z.infer<typeof AggregateSpecSchema>;

/**
 * Imputation methods: the names in the imputer table (`IMPUTERS`). `latest` and `linear`
 * work along years of a panel.
 *
 * @category Score
 */
export const ImputeMethodSchema: z.ZodType<ImputeMethod, ImputeMethod> = methodNameSchema(
  'imputation',
  IMPUTE_NAMES,
);
/**
 * An imputation method name.
 *
 * @category Score
 */
export type ImputeMethod = (typeof IMPUTE_METHODS)[number];

/**
 * Imputation settings.
 *
 * @category Score
 */
export const ImputeSpecSchema = z.object({
  method: ImputeMethodSchema,
  /** `group-mean` / `group-median`: the unit group column to group by. */
  group: z.string().optional(),
});
/**
 * Imputation settings.
 *
 * @category Score
 */
export type ImputeSpec = z.infer<typeof ImputeSpecSchema>;

/**
 * Outlier treatments: the names in the treatment table (`TREATMENTS`).
 *
 * @category Score
 */
export const TreatMethodSchema: z.ZodType<TreatMethod, TreatMethod> = methodNameSchema(
  'treatment',
  TREAT_NAMES,
);
/**
 * An outlier treatment name.
 *
 * @category Score
 */
export type TreatMethod = (typeof TREAT_METHODS)[number];

/**
 * Outlier treatment settings (JRC rule: |skew| ≥ skewMax and kurtosis ≥ kurtMax).
 *
 * @category Score
 */
export const TreatSpecSchema = z.object({
  method: TreatMethodSchema,
  winmax: z.number().int().min(0).optional(),
  skewMax: z.number().positive().optional(),
  kurtMax: z.number().optional(),
  /** Per-indicator overrides: `none` leaves an indicator untreated. */
  overrides: z.record(z.string(), TreatMethodSchema).optional(),
});
/**
 * Outlier treatment settings.
 *
 * @category Score
 */
export type TreatSpec = z.infer<typeof TreatSpecSchema>;

/**
 * Screening of units by data availability (COINr `Screen`).
 *
 * @category Score
 */
export const ScreenSpecSchema = z.object({
  /** Minimum share (0–1) of indicators a unit must have; units below are removed. */
  minAvailability: z.number().min(0).max(1),
  /** Minimum share (0–1) of a unit's present values that are non-zero; used when `by` includes zeros. Default 0.05. */
  minNonZero: z.number().min(0).max(1).optional(),
  /** What removes a unit: too much missing data (default), too many zeros, or either. */
  by: z.enum(['missing', 'zeros', 'both']).optional(),
});
/**
 * Screening settings.
 *
 * @category Score
 */
export type ScreenSpec = z.infer<typeof ScreenSpecSchema>;

/**
 * The stages of the pipeline, in their default order. `aggregate` and `rank` always come last.
 *
 * @category Score
 */
export const STAGE_NAMES = [
  'denominate',
  'screen',
  'impute',
  'treat',
  'normalise',
  'aggregate',
  'rank',
] as const;
/**
 * A pipeline stage name.
 *
 * @category Score
 */
export type StageName = (typeof STAGE_NAMES)[number];

/**
 * The stages that work on indicator columns, whose order a pipeline may change.
 *
 * @category Score
 */
export const IndicatorStageSchema = z.enum([
  'denominate',
  'screen',
  'impute',
  'treat',
  'normalise',
]);
/**
 * A stage that works on indicator columns.
 *
 * @category Score
 */
export type IndicatorStage = z.infer<typeof IndicatorStageSchema>;

/**
 * The pipeline: which stages run and with what parameters. Every field is optional; defaults are
 * filled at the boundary so that the recorded configuration in the results is complete.
 *
 * @category Score
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
/**
 * The pipeline configuration.
 *
 * @category Score
 */
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;
