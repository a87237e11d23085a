import { issue, safely, throwIfAny, type SafeResult, type TakarIssue } from '../errors/index.js';
import { defaultProvinceOf, type GroupKey, type Grouping, type ProvinceOf } from './grouping.js';
import { groupOf } from './group-of.js';
import type { ImpactRow } from './impact-row.js';
import { parseRows } from './parse-rows.js';
import { populationLookup, type PopulationSource } from './population.js';
import { SurveyRowSchema } from './schemas.js';
import { surveyProblems, wilsonInterval } from './wilson.js';

/**
 * Options of {@link estimateSurvey}.
 *
 * @category Impact
 */
export interface SurveyOptions {
  /** Groupings to report (default `[['region']]`); rows of one group are pooled. */
  readonly by?: readonly Grouping[];
  /** Populations to scale shares into counts; without one, `affected` is null and an issue says so. */
  readonly population?: PopulationSource;
  /** Confidence level of the intervals (default 0.95). */
  readonly confidence?: number;
  /** Design effect for every row, overriding a `deff` column (default: the column, else 1). */
  readonly deff?: number;
  /** Province of a region code (default {@link defaultProvinceOf}). */
  readonly provinceOf?: ProvinceOf;
}

/**
 * A survey estimate row: the share with its Wilson interval, and the count it implies.
 *
 * @category Impact
 */
export interface SurveyEstimateRow extends ImpactRow {
  readonly method: 'survey-wilson';
  /** Respondents n and positive answers k pooled over the group's rows. */
  readonly respondents: number;
  readonly positive: number;
  /** The design effect used (respondent-weighted mean when rows differ). */
  readonly deff: number;
  /** k/n and its Wilson interval. */
  readonly share: number;
  readonly shareLow: number;
  readonly shareHigh: number;
  /** The population the share was scaled by, or null if unknown. */
  readonly population: number | null;
}

/**
 * Rows plus the non-fatal problems met (e.g. a missing population).
 *
 * @category Impact
 */
export interface ImpactResult<R> {
  readonly rows: R[];
  readonly issues: TakarIssue[];
}

/**
 * Positively-affected citizens from a resident survey (method `survey-wilson`): for each group, the
 * share k/n of respondents reporting a positive effect with a Wilson score interval (design effect
 * as a parameter), scaled by the group's population into a count with an interval. Rows of one group
 * are pooled, which is right for a self-weighting sample; for a stratified design give one row per
 * stratum and group by it. A missing population leaves `affected`, `low` and `high` null and adds
 * an `impact/missing-population` issue; impossible counts throw `impact/invalid-survey`.
 *
 * @example
 * ```ts
 * const { rows } = estimateSurvey([{ region: '32.73', respondents: 263, positive: 81 }], {
 *   population: { '32.73': 1_000_000 },
 * });
 * rows[0]; // { share: 0.308, shareLow: 0.2553, shareHigh: 0.3662, affected: 307985, low: 255290, … }
 * ```
 *
 * @category Impact
 */
export function estimateSurvey(
  input: unknown,
  options: SurveyOptions = {},
): ImpactResult<SurveyEstimateRow> {
  const { rows, issues, index } = parseRows(input, SurveyRowSchema, 'survey');
  // The rows that parsed are checked too, so one run names every problem of the file.
  rows.forEach((r, i) =>
    issues.push(
      ...surveyProblems(r.positive, r.respondents, options.deff ?? r.deff ?? 1, [
        'survey',
        index[i] as number,
      ]),
    ),
  );
  throwIfAny(issues);
  const provinceOf = options.provinceOf ?? defaultProvinceOf;
  const population = options.population
    ? populationLookup(options.population, provinceOf)
    : () => undefined;
  const out: SurveyEstimateRow[] = [];
  const soft: TakarIssue[] = [];
  for (const by of options.by ?? [['region']]) {
    const groups = new Map<string, { group: GroupKey; n: number; k: number; deffN: number }>();
    rows.forEach((r, i) => {
      const found = groupOf({ ...r, region: r.region ?? '' }, by, provinceOf);
      if ('missing' in found) {
        const field = found.missing === 'province' ? 'region' : found.missing;
        issues.push(
          issue(
            'impact/invalid',
            ['survey', i, field],
            `This row has no \`${field}\`; fill it in or drop \`${found.missing}\` from the grouping.`,
          ),
        );
        return;
      }
      let g = groups.get(found.key);
      if (!g) groups.set(found.key, (g = { group: found.group, n: 0, k: 0, deffN: 0 }));
      g.n += r.respondents;
      g.k += r.positive;
      g.deffN += (options.deff ?? r.deff ?? 1) * r.respondents;
    });
    for (const g of groups.values()) {
      const deff = g.deffN / g.n;
      const w = wilsonInterval(g.k, g.n, { deff, confidence: options.confidence ?? 0.95 });
      const n = population(g.group);
      if (n === undefined)
        soft.push(
          issue(
            'impact/missing-population',
            ['population', ...Object.values(g.group)],
            `No population for ${describe(g.group)}, so the share was not scaled to a count; add it to \`population\`.`,
          ),
        );
      out.push({
        by,
        group: g.group,
        unit: 'persons',
        affected: n === undefined ? null : w.share * n,
        low: n === undefined ? null : w.low * n,
        high: n === undefined ? null : w.high * n,
        method: 'survey-wilson',
        respondents: g.n,
        positive: g.k,
        deff,
        share: w.share,
        shareLow: w.low,
        shareHigh: w.high,
        population: n ?? null,
      });
    }
  }
  throwIfAny(issues);
  return { rows: out, issues: soft };
}

/**
 * {@link estimateSurvey} returning `{ ok, value }` or `{ ok: false, issues }` instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeEstimateSurvey(rows, { deff: 1.8 });
 * ```
 *
 * @category Impact
 */
export function safeEstimateSurvey(
  input: unknown,
  options: SurveyOptions = {},
): SafeResult<ImpactResult<SurveyEstimateRow>> {
  return safely(() => estimateSurvey(input, options));
}

/**
 * A group in words, for messages: `region 32.73, dimension health`, or `the nation`.
 *
 * @example
 * ```ts
 * describe({ province: '32' }); // 'province 32'
 * ```
 *
 * @category Impact
 */
export function describe(group: GroupKey): string {
  const parts = Object.entries(group).map(([k, v]) => `${k} ${String(v)}`);
  return parts.length ? parts.join(', ') : 'the nation';
}
