import { z } from 'zod';
import { FrameworkSchema } from './framework.js';
import { PipelineConfigSchema } from './pipeline.js';
import { SourceSchema } from './data.js';

import { RESULTS_FORMAT } from '../results/format-version.js';

export { RESULTS_FORMAT };

const score = z.number().nullable();
const rank = z.number().int().positive().nullable();

/**
 * A record of one pipeline stage: its name and the parameters it ran with.
 *
 * @category Results
 */
export const StageRecordSchema = z.object({
  stage: z.string(),
  params: z.record(z.string(), z.unknown()),
  /** Stage-specific details (e.g. which indicators were treated). */
  details: z.unknown().optional(),
});
/**
 * A record of one pipeline stage.
 *
 * @category Results
 */
export type StageRecord = z.infer<typeof StageRecordSchema>;

const UNTIL = z.enum(['denominate', 'screen', 'impute', 'treat', 'normalise', 'aggregate', 'rank']);
const EXCLUDED = z.array(z.object({ unit: z.string(), reason: z.string() }));
const ENGINE = z.object({ name: z.string(), version: z.string() });

/**
 * The units of a results document, as parallel arrays (one entry per unit, in input order).
 *
 * @category Results
 */
export const ResultUnitsSchema = z.object({
  codes: z.array(z.string()),
  names: z.array(z.string()),
  /** Group memberships: group column → one label per unit (`null` where a unit has none). */
  groups: z.record(z.string(), z.array(z.string().nullable())).optional(),
});
/**
 * The units of a results document.
 *
 * @category Results
 */
export type ResultUnits = z.infer<typeof ResultUnitsSchema>;

/**
 * One score key's column: a node code, or a second-axis key `<axis>:<tag>` / `<axis>:total`
 * (node codes cannot contain `:`). Every array has one entry per unit, in the order of
 * `units.codes`.
 *
 * @category Results
 */
export const ResultColumnSchema = z.object({
  key: z.string(),
  /** Scores: indicators after the last stage, aggregates after aggregation; `null` when missing. */
  scores: z.array(score),
  /** Ranks (1 = best; ties share the best rank; missing stays `null`). */
  ranks: z.array(rank).optional(),
  /** Band codes, for nodes that have bands (`null`: missing score or outside every band). */
  bands: z.array(z.string().nullable()).optional(),
  /** Share (0–1) of the node's indicators that had data before imputation. */
  coverage: z.array(z.number().min(0).max(1)).optional(),
  /** Raw values of an indicator as given (before any stage), for display. */
  raw: z.array(score).optional(),
});
/**
 * One score key's column of a results document.
 *
 * @category Results
 */
export type ResultColumn = z.infer<typeof ResultColumnSchema>;

/**
 * The results document, format 2: everything needed to show, compare and replay a scoring run,
 * stored by column (one array per score key). In-group ranks are not stored: readers compute them
 * from the scores and `units.groups` with the engine's rank function (see `pipeline.groupRanks`).
 * Deterministic: the same inputs give the same bytes (no timestamps unless given).
 *
 * @category Results
 */
export const ResultsDocumentSchema = z.object({
  format: z.literal('takar-results'),
  formatVersion: z.literal(RESULTS_FORMAT),
  engine: ENGINE,
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
  units: ResultUnitsSchema,
  /** One column per score key: indicators, then aggregates bottom-up, then axis keys. */
  columns: z.array(ResultColumnSchema),
  /**
   * Set when the run stopped early (`until`): `scores` then hold the indicators as they stand after
   * that stage, and there are no ranks.
   */
  until: UNTIL.optional(),
  /** Units removed by screening, with the reason. */
  excluded: EXCLUDED.optional(),
});
/**
 * The results document (format 2).
 *
 * @category Results
 */
export type ResultsDocument = z.infer<typeof ResultsDocumentSchema>;

/**
 * One unit's results in a format-1 document (maps keyed by score key).
 *
 * @category Results
 */
export const UnitResultV1Schema = z.object({
  unit: z.string(),
  name: z.string(),
  groups: z.record(z.string(), z.string()).optional(),
  scores: z.record(z.string(), score),
  ranks: z.record(z.string(), rank),
  groupRanks: z.record(z.string(), z.record(z.string(), rank)).optional(),
  bands: z.record(z.string(), z.string().nullable()).optional(),
  coverage: z.record(z.string(), z.number().min(0).max(1)),
  raw: z.record(z.string(), score).optional(),
});

/**
 * A format-1 results document (Takar 0.1): read and migrated to format 2 on load.
 *
 * @category Results
 */
export const ResultsDocumentV1Schema = z.object({
  format: z.literal('takar-results'),
  formatVersion: z.literal(1),
  engine: ENGINE,
  inputHash: z.string(),
  year: z.number().int().nullable(),
  title: z.string().optional(),
  source: SourceSchema.optional(),
  framework: FrameworkSchema,
  pipeline: PipelineConfigSchema,
  stages: z.array(StageRecordSchema),
  units: z.array(UnitResultV1Schema),
  until: UNTIL.optional(),
  excluded: EXCLUDED.optional(),
});
/**
 * A format-1 results document.
 *
 * @category Results
 */
export type ResultsDocumentV1 = z.infer<typeof ResultsDocumentV1Schema>;
