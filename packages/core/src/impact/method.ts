/**
 * How a positively-affected count was produced. Every number Takar reports about affected citizens
 * carries one of these labels, so a reader can tell a range from an estimate from an exact count.
 *
 * - `programme-range`: programme totals without identities; `[largest programme, min(sum, population)]`.
 * - `exact`: distinct pseudonymous keys counted exactly (in memory, or by an SQL engine).
 * - `hll`: distinct keys estimated with a HyperLogLog sketch; `low`/`high` give the error bound.
 * - `engine-approx`: distinct keys estimated by an SQL engine's own sketch (`approx_count_distinct`).
 * - `survey-wilson`: a resident survey share with a Wilson score interval, scaled by population.
 *
 * @example
 * ```ts
 * const m: ImpactMethod = 'programme-range';
 * IMPACT_METHODS[m]; // 'Programme totals without identities: …'
 * ```
 *
 * @category Impact
 */
export type ImpactMethod = 'programme-range' | 'exact' | 'hll' | 'engine-approx' | 'survey-wilson';

/**
 * One sentence per {@link ImpactMethod}, for tables, tooltips and CSV footers.
 *
 * @example
 * ```ts
 * console.log(IMPACT_METHODS.hll);
 * ```
 *
 * @category Impact
 */
export const IMPACT_METHODS: Readonly<Record<ImpactMethod, string>> = {
  'programme-range':
    'Programme totals without identities: overlap is unknown, so the count lies between the largest programme and the sum capped at the population.',
  exact: 'Distinct pseudonymous beneficiary keys, counted exactly.',
  hll: 'Distinct pseudonymous beneficiary keys, estimated with a HyperLogLog sketch (low and high give the error bound).',
  'engine-approx':
    "Distinct pseudonymous beneficiary keys, estimated by the SQL engine's approximate distinct count.",
  'survey-wilson':
    'Share of survey respondents reporting a positive effect, with a Wilson score interval, scaled by population.',
};
