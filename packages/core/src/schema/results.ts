import { z } from 'zod';
import { FrameworkSchema } from './framework.js';
import { PipelineConfigSchema } from './pipeline.js';
import { SourceSchema } from './data.js';

/** The results document format this release writes and reads. */
export const RESULTS_FORMAT = 1 as const;

const score = z.number().nullable();

/**
 * One unit's results at every node. Maps are keyed by node code; frameworks with second axes
 * (`framework.axes`) add the keys `<axis>:<tag>` (the tag's score, e.g. `stage:baseline`) and
 * `<axis>:total` (the weighted total across tags). Node codes cannot contain `:`, so these keys
 * never clash with nodes.
 */
export const UnitResultSchema = z.object({
  unit: z.string(),
  name: z.string(),
  groups: z.record(z.string(), z.string()).optional(),
  /** Scores at every node: indicators after the last stage, aggregates after aggregation. */
  scores: z.record(z.string(), score),
  /** Ranks (1 = best; ties share the best rank; missing stays null). */
  ranks: z.record(z.string(), z.number().int().positive().nullable()),
  /** In-group ranks: group column → node code → rank. */
  groupRanks: z
    .record(z.string(), z.record(z.string(), z.number().int().positive().nullable()))
    .optional(),
  /** Band code per node that has bands. */
  bands: z.record(z.string(), z.string().nullable()).optional(),
  /** Share (0–1) of the node's indicators that had data before imputation. */
  coverage: z.record(z.string(), z.number().min(0).max(1)),
  /** Raw values of indicators as given (before any stage), for display. */
  raw: z.record(z.string(), score).optional(),
});
/** One unit's results. */
export type UnitResult = z.infer<typeof UnitResultSchema>;

/** A record of one pipeline stage: its name and the parameters it ran with. */
export const StageRecordSchema = z.object({
  stage: z.string(),
  params: z.record(z.string(), z.unknown()),
  /** Stage-specific details (e.g. which indicators were treated). */
  details: z.unknown().optional(),
});
/** A record of one pipeline stage. */
export type StageRecord = z.infer<typeof StageRecordSchema>;

/**
 * The results document: everything needed to show, compare and replay a scoring run.
 * Deterministic: the same inputs give the same bytes (no timestamps unless given).
 */
export const ResultsDocumentSchema = z.object({
  format: z.literal('takar-results'),
  formatVersion: z.literal(RESULTS_FORMAT),
  engine: z.object({ name: z.string(), version: z.string() }),
  /** SHA-256 (hex) of the canonical JSON of framework, data and pipeline. */
  inputHash: z.string(),
  /** The year scored, when the data has years. */
  year: z.number().int().nullable(),
  title: z.string().optional(),
  /** Data provenance; `synthetic: true` must be shown as "illustrative, not official". */
  source: SourceSchema.optional(),
  framework: FrameworkSchema,
  pipeline: PipelineConfigSchema,
  stages: z.array(StageRecordSchema),
  units: z.array(UnitResultSchema),
  /**
   * Set when the run stopped early (`until`): `scores` then hold the indicators as they stand after
   * that stage, and `ranks` are empty.
   */
  until: z
    .enum(['denominate', 'screen', 'impute', 'treat', 'normalise', 'aggregate', 'rank'])
    .optional(),
  /** Units removed by screening, with the reason. */
  excluded: z.array(z.object({ unit: z.string(), reason: z.string() })).optional(),
});
/** The results document. */
export type ResultsDocument = z.infer<typeof ResultsDocumentSchema>;
