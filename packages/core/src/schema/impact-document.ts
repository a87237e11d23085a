import { z } from 'zod';

const label = z.union([z.string(), z.object({ id: z.string(), en: z.string().optional() })]);

/** One region's positively-affected citizens: a point estimate, a low–high range, or both. */
export const ImpactRegionRowSchema = z
  .object({
    region: z.string(),
    name: z.string(),
    affected: z.number().nonnegative().optional(),
    low: z.number().nonnegative().optional(),
    high: z.number().nonnegative().optional(),
    population: z.number().positive(),
    /** Share (0–1) of the population positively affected; computed from `affected` if absent. */
    coverage: z.number().min(0).max(1).optional(),
    method: label.optional(),
  })
  .refine((r) => r.affected !== undefined || (r.low !== undefined && r.high !== undefined), {
    message: 'give `affected`, or `low` and `high`',
  })
  .refine((r) => r.low === undefined || r.high === undefined || r.low <= r.high, {
    message: '`low` must not exceed `high`',
  });
/** One region's row of an impact document. */
export type ImpactRegionRow = z.infer<typeof ImpactRegionRowSchema>;

/** The impact document format this release writes and reads. */
export const IMPACT_FORMAT = 1 as const;

/**
 * The impact document: positively-affected citizens per region, with the method that counted them,
 * as `<takar-impact>` shows it. Written by `impactDocument` (or `takar publish`), validated by
 * `parseImpactDocument`. `format` and `formatVersion` may be absent in documents written before they
 * existed (read as version 1).
 */
export const ImpactDocumentSchema = z.object({
  format: z.literal('takar-impact').optional(),
  formatVersion: z.literal(IMPACT_FORMAT).optional(),
  method: label,
  title: z.string().optional(),
  year: z.number().int().nullable().optional(),
  /** What the low–high range is, e.g. `90% interval` or `scenario range`. */
  interval: label.optional(),
  source: z
    .object({
      synthetic: z.boolean().optional(),
      title: z.string().optional(),
      note: z.string().optional(),
    })
    .optional(),
  rows: z.array(ImpactRegionRowSchema),
});
/** The impact document. */
export type ImpactDocument = z.infer<typeof ImpactDocumentSchema>;
