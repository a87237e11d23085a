// Loaded lazily by <takar-impact>: the impact schema (and zod with it) stays out of the first script.
import '../config/zod-jitless.js';
import { safeParseKeepingProto } from '@takar/core';
import { z } from 'zod';
import type { Validation } from '../controllers/results-controller.js';

const label = z.union([z.string(), z.object({ id: z.string(), en: z.string().optional() })]);

/** One region's positively-affected citizens: a point estimate, a low–high range, or both. */
export const ImpactRowSchema = z
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

/** The data of `<takar-impact>`: the impact engine's output rows and the method used. */
export const ImpactDataSchema = z.object({
  method: label,
  title: z.string().optional(),
  year: z.number().int().nullable().optional(),
  /** What the low–high range is, e.g. `90% interval` or `scenario range`. */
  interval: label.optional(),
  source: z.object({ synthetic: z.boolean().optional(), title: z.string().optional() }).optional(),
  rows: z.array(ImpactRowSchema),
});

/** The data of `<takar-impact>`. */
export type ImpactData = z.infer<typeof ImpactDataSchema>;

/** Validates unknown JSON as impact data, listing every issue (at most 20). */
export function validateImpact(value: unknown): Validation<ImpactData> {
  const parsed = safeParseKeepingProto(ImpactDataSchema, value);
  if (parsed.success) return { ok: true, results: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 20).map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: i.message,
    })),
  };
}
