import { z } from 'zod';
import { BandSchema } from './framework.js';
import { LabelSchema } from './label.js';
import { SourceSchema } from './data.js';
import { REGION_FORMAT, type RegionDocument } from '../results/region.js';

export { REGION_FORMAT };

const score = z.number().nullable();
const rank = z.number().int().positive().nullable();
const count = z.number().int().min(0);

/** A framework node as a region document keeps it. */
export const RegionNodeSchema = z.object({
  code: z.string(),
  parent: z.string().nullable(),
  type: z.enum(['indicator', 'aggregate']),
  label: LabelSchema,
  bands: z.array(BandSchema).optional(),
});

/** The region's peer group in one group column, in one year. */
export const RegionPeersSchema = z.object({
  column: z.string(),
  value: z.string(),
  count,
  medians: z.array(score),
  ranks: z.array(rank).optional(),
});

/** The region's own figures in one year. */
export const RegionScoresSchema = z.object({
  name: z.string(),
  scores: z.array(score),
  ranks: z.array(rank),
  bands: z.array(z.string().nullable()),
  peers: z.array(RegionPeersSchema),
});

/** One published year of a region document. */
export const RegionYearSchema = z.object({
  year: z.number().int().nullable(),
  title: z.string().optional(),
  units: count,
  counts: z.array(count),
  ranked: z.array(count),
  medians: z.array(score),
  region: RegionScoresSchema.nullable(),
});

/**
 * A region document (format 1): one region's scores, ranks, bands, in-group ranks and the
 * medians its profile compares with, across the published years, with the framework labels and
 * bands it needs. Written by `takar publish` as `regions/<code>.json` (`regionDocuments()` of
 * `@takar/core/results`). Every per-node array is aligned with `keys`.
 */
export const RegionDocumentSchema = z.object({
  format: z.literal('takar-region'),
  formatVersion: z.literal(REGION_FORMAT),
  engine: z.object({ name: z.string(), version: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  title: z.string().optional(),
  source: SourceSchema.optional(),
  framework: z.object({
    id: z.string(),
    version: z.string(),
    label: LabelSchema,
    digits: z.number().int().min(0).max(14).optional(),
    bands: z.array(BandSchema).optional(),
    nodes: z.array(RegionNodeSchema).min(1),
  }),
  keys: z.array(z.string()).min(1),
  years: z.array(RegionYearSchema).min(1),
}) satisfies z.ZodType<RegionDocument>;
