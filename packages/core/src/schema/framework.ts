import { z } from 'zod';
import { LabelSchema } from './label.js';
import { AggregateSpecSchema, NormaliseSpecSchema, PipelineConfigSchema } from './pipeline.js';

/**
 * A node code: letters, digits, `_`, `-` and `.`; unique within a framework.
 *
 * @category Score
 */
export const CodeSchema = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9_.-]+$/, 'Use only letters, digits, "_", "-" and "." in codes');

/**
 * A band (*predikat*, predicate): the half-open interval [min, max) with a bilingual label.
 * `min: null` is open below, `max: null` open above. Bands are listed from lowest to highest.
 *
 * @category Score
 */
export const BandSchema = z.object({
  code: CodeSchema,
  label: LabelSchema,
  min: z.number().nullable(),
  max: z.number().nullable(),
});
/**
 * A band (predicate).
 *
 * @category Score
 */
export type Band = z.infer<typeof BandSchema>;

/**
 * One node of the framework tree: the index, an aggregate (dimension, aspect…) or an indicator.
 *
 * @category Score
 */
export const NodeSchema = z.object({
  code: CodeSchema,
  /** Code of the parent node; `null` for the index (the root). */
  parent: CodeSchema.nullable(),
  /** `indicator` for leaves that carry data; `aggregate` for every other node. */
  type: z.enum(['indicator', 'aggregate']),
  label: LabelSchema,
  /** Weight relative to siblings (renormalised); default 1. */
  weight: z.number().optional(),
  /** Aggregates: how children are combined (default: the pipeline's `aggregate`). */
  aggregate: AggregateSpecSchema.optional(),
  /** Indicators: +1 higher is better, −1 lower is better (default +1). */
  direction: z.union([z.literal(1), z.literal(-1)]).optional(),
  /** Indicators: unit of measurement, e.g. "%", "level 1–5". */
  unit: z.string().optional(),
  /** Indicators: the scale the raw values live on, e.g. [1, 5]. */
  scale: z.tuple([z.number(), z.number()]).optional(),
  /** Indicators: decimals the raw values are written with (what-if rounds to them); default the data's. */
  decimals: z.number().int().min(0).max(14).optional(),
  /** Indicators: a unit column to divide by when the pipeline denominates. */
  denominator: z.string().optional(),
  /** Indicators: target value, used by `dist2targ`. */
  target: z.number().optional(),
  /** Indicators: goalposts [low, high] for `goalposts` normalisation. */
  goalposts: z.tuple([z.number(), z.number()]).optional(),
  /** Indicators: a normalisation that overrides the pipeline's for this indicator. */
  normalise: NormaliseSpecSchema.optional(),
  /** Indicators: tags on the second axes, e.g. `{ stage: 'outcome' }`. */
  tags: z.record(z.string(), z.string()).optional(),
  /** Bands for this node (default: the framework's bands apply to the root only). */
  bands: z.array(BandSchema).optional(),
  /** Free text: source, notes. */
  description: LabelSchema.optional(),
});
/**
 * One node of the framework tree.
 *
 * @category Score
 */
export type FrameworkNode = z.infer<typeof NodeSchema>;

/**
 * A second axis across the tree (e.g. the Smart City evaluation stages): leaves carry a tag,
 * each tag has a weight, and the axis view aggregates leaves by tag, then tags into a total.
 *
 * @category Score
 */
export const AxisSchema = z.object({
  id: CodeSchema,
  label: LabelSchema,
  tags: z
    .array(z.object({ code: CodeSchema, label: LabelSchema, weight: z.number().optional() }))
    .min(1),
  aggregate: AggregateSpecSchema.optional(),
});
/**
 * A second axis of a framework.
 *
 * @category Score
 */
export type Axis = z.infer<typeof AxisSchema>;

/**
 * The format version of frameworks written by this release.
 *
 * @category Score
 */
export const FRAMEWORK_FORMAT = 1 as const;

/**
 * A framework: data, never code. A flat list of nodes with parents (a tree of any depth),
 * bands, optional second axes, named alternative weight sets and a default pipeline.
 *
 * @category Score
 */
export const FrameworkSchema = z.object({
  format: z.literal(FRAMEWORK_FORMAT).optional(),
  id: CodeSchema,
  version: z.string().min(1),
  label: LabelSchema,
  description: LabelSchema.optional(),
  /** Where the method comes from (regulation, handbook, URL). */
  sources: z.array(z.string()).optional(),
  nodes: z.array(NodeSchema).min(1),
  /**
   * Decimals the official figures are published with. Bands are then assigned on the score
   * rounded half up, decimal-correctly, to this many decimals (what a spreadsheet shows), not on
   * the binary value. Omit to compare the unrounded (15-significant-digit) score.
   */
  digits: z.number().int().min(0).max(14).optional(),
  /** Bands (predicates) of the index, lowest first. */
  bands: z.array(BandSchema).optional(),
  axes: z.array(AxisSchema).optional(),
  /** Named alternative weights: set name → node code → weight. */
  weightSets: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  /** The pipeline this framework is meant to be scored with. */
  pipeline: PipelineConfigSchema.optional(),
});
/**
 * A framework as written (input form).
 *
 * @category Score
 */
export type Framework = z.infer<typeof FrameworkSchema>;
