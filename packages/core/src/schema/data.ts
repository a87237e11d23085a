import { z } from 'zod';
import { CodeSchema } from './framework.js';

/**
 * A unit (region, country…): code, name, group memberships and denominator values.
 *
 * @category Score
 */
export const UnitSchema = z.object({
  code: CodeSchema,
  name: z.string().min(1),
  /** Group memberships, e.g. `{ province: 'Jawa Barat', type: 'kota' }`. */
  groups: z.record(z.string(), z.string()).optional(),
  /** Denominators and other numeric attributes, e.g. `{ population: 2506603 }`. */
  denominators: z.record(z.string(), z.number()).optional(),
});
/**
 * A unit of analysis.
 *
 * @category Score
 */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * One observed value in long form. `value: null` is an explicitly missing value.
 *
 * @category Score
 */
export const ValueSchema = z.object({
  unit: CodeSchema,
  indicator: CodeSchema,
  year: z.number().int().optional(),
  value: z.number().nullable(),
});
/**
 * One observed value in long form.
 *
 * @category Score
 */
export type Value = z.infer<typeof ValueSchema>;

/**
 * Where data comes from; `synthetic: true` marks illustrative data, to be labelled as such.
 *
 * @category Score
 */
export const SourceSchema = z.object({
  title: z.string().optional(),
  synthetic: z.boolean().optional(),
  note: z.string().optional(),
  url: z.string().optional(),
});
/**
 * Where data comes from.
 *
 * @category Score
 */
export type Source = z.infer<typeof SourceSchema>;

/**
 * Data for scoring: units and long values (one or several years).
 *
 * @category Score
 */
export const DatasetSchema = z.object({
  units: z.array(UnitSchema).min(1),
  values: z.array(ValueSchema),
  /** Where the data comes from; `synthetic: true` marks illustrative data. */
  source: SourceSchema.optional(),
});
/**
 * Data for scoring.
 *
 * @category Score
 */
export type Dataset = z.infer<typeof DatasetSchema>;
