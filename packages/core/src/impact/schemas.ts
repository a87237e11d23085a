import { z } from 'zod';
import { numberFormatHint, parseNumber } from '../io/parse-number.js';

const text = z.string().trim().min(1);
/** A year as a number or a four-digit string (CSV cells arrive as text). */
const year = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'Use a four-digit year')
    .transform(Number),
]);
/** An optional cell: empty strings count as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
/**
 * A non-negative count as a number or numeric string, read by the strict number rules of data
 * (`parseNumber`): `0x10`, `1,000` or `NA` are not numbers here (`Number()` would read the first
 * as 16 and the second as NaN, silently).
 */
const count = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    if (typeof v === 'number') return v;
    const t = v.trim();
    const x = t === '' ? undefined : parseNumber(t, { missing: [] });
    if (typeof x === 'number') return x;
    const hint = numberFormatHint(t);
    ctx.addIssue({
      code: 'custom',
      message: `"${t.slice(0, 80)}" is not a number; write digits (1200, 3.5)${hint ? `, or say how the file writes numbers: ${hint}` : ''}`,
    });
    return z.NEVER;
  })
  .pipe(z.number().finite().nonnegative());
/** A count of persons, households or businesses: a whole number (61.5 persons is a reading error). */
const wholeCount = count.pipe(
  z
    .number()
    .int(
      'A count of beneficiaries must be a whole number; check the decimal mark and thousands separator',
    ),
);

/**
 * One programme's beneficiaries in one region (and optionally year and dimension). No identities.
 *
 * @example
 * ```ts
 * ProgrammeRowSchema.parse({ region: '32.73', programme: 'PKH', beneficiaries: '1200', unit: 'households' });
 * ```
 *
 * @category Impact
 */
export const ProgrammeRowSchema = z.object({
  region: text,
  year: optional(year),
  dimension: optional(text),
  programme: text,
  beneficiaries: wholeCount,
  unit: z.enum(['persons', 'households', 'businesses']),
});
/**
 * One programme's beneficiaries (parsed).
 *
 * @category Impact
 */
export type ProgrammeRow = z.infer<typeof ProgrammeRowSchema>;

/**
 * One keyed beneficiary record: a pseudonymous key met by a programme in a region. The CSV form has
 * the columns `region`, `programme`, `key`, and optionally `dimension` and `year`.
 *
 * @example
 * ```ts
 * KeyedRecordSchema.parse({ region: '32.73', programme: 'PKH', key: 'c0ffee…' });
 * ```
 *
 * @category Impact
 */
export const KeyedRecordSchema = z.object({
  region: text,
  programme: optional(text),
  key: text,
  dimension: optional(text),
  year: optional(year),
});
/**
 * One keyed beneficiary record (parsed).
 *
 * @category Impact
 */
export type KeyedRecord = z.infer<typeof KeyedRecordSchema>;

/**
 * One resident-survey cell: `positive` of `respondents` reported a positive effect. `deff` is the
 * design effect of the survey (1 for a simple random sample).
 *
 * @example
 * ```ts
 * SurveyRowSchema.parse({ region: '32.73', respondents: 263, positive: 81, deff: 1.5 });
 * ```
 *
 * @category Impact
 */
export const SurveyRowSchema = z.object({
  region: optional(text),
  year: optional(year),
  dimension: optional(text),
  respondents: count,
  positive: count,
  deff: optional(count),
});
/**
 * One resident-survey cell (parsed).
 *
 * @category Impact
 */
export type SurveyRow = z.infer<typeof SurveyRowSchema>;
