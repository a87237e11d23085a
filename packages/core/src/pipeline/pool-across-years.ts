import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import { frameworkTree, type FrameworkTree } from '../framework/parse-framework.js';
import { NORMALISERS } from '../methods/normalisers.js';
import { orList } from '../methods/method-family.js';
import type { NormaliseSpec, PipelineConfig } from '../schema/pipeline.js';
import { resolvePipeline } from './resolve-pipeline.js';
import { runPipeline } from './run-pipeline.js';

/**
 * Normalisation across the years of a panel (COINr's panel normalisation): runs every year up to
 * normalisation (denominate, screen, impute, treat as configured), pools each indicator's values of
 * all years and fixes the parameters once: [min, max] for `minmax`, [mean, sd] for `zscore`, on
 * direction-adjusted values. Scoring each year with the returned spec puts every year on the same
 * scale, so a unit whose every indicator improves never shows a lower index; per-year
 * normalisation instead makes each year's scores relative to that year's field. Goalposts are
 * fixed already and need no pooling; other methods are ranks of one year and cannot be pooled.
 *
 * @example
 * ```ts
 * const normalise = poolAcrossYears(framework, data, [2022, 2023, 2024]);
 * const r2024 = runPipeline(framework, data, { year: 2024, pipeline: { normalise } });
 * ```
 *
 * @category Score
 */
export function poolAcrossYears(
  framework: FrameworkTree | unknown,
  data: unknown,
  years: readonly number[],
  options: { pipeline?: PipelineConfig } = {},
): NormaliseSpec {
  const tree = frameworkTree(framework);
  const spec = resolvePipeline(tree.framework.pipeline, options.pipeline).normalise;
  const across = NORMALISERS.get(spec.method)?.across;
  // Goalposts are fixed already, and `none` keeps the values: the same on every year.
  if (across === 'fixed') return { ...spec, across: 'years' };
  if (across === undefined) {
    const can = NORMALISERS.entries()
      .filter((e) => e.across !== undefined)
      .map((e) => e.name);
    throw new TakarError(
      issue(
        'pipeline/invalid',
        ['pipeline', 'normalise', 'across'],
        `Normalisation across years needs a method with one scale for every year (${orList(can)}); "${spec.method}" ranks each year on its own. Choose --normalise minmax or zscore, or drop --normalise-across.`,
      ),
    );
  }
  const own = new Set(
    tree.framework.nodes.filter((n) => n.type === 'indicator' && n.normalise).map((n) => n.code),
  );
  const pools = new Map<string, number[]>(tree.indicators.map((c) => [c, []]));
  for (const year of years) {
    const run = runPipeline(tree, data, {
      pipeline: { ...options.pipeline, normalise: { method: 'none' } },
      year,
      until: 'normalise',
    });
    for (const [code, pool] of pools) {
      if (own.has(code)) continue;
      // (+ 0 turns the -0 of a negated 0 into 0)
      for (const x of run.indicators.get(code) ?? []) if (Number.isFinite(x)) pool.push(x + 0);
    }
  }
  const pooled: Record<string, [number, number]> = {};
  const issues: TakarIssue[] = [];
  for (const [code, pool] of pools) {
    if (own.has(code) || pool.length === 0) continue;
    const p = across.params(Float64Array.from(pool));
    if (!across.usable(p))
      issues.push(
        issue(
          'data/zero-range',
          ['values', code],
          `Indicator "${code}" has the same value for every unit in every year, so ${spec.method} across years cannot scale it.`,
        ),
      );
    pooled[code] = p;
  }
  if (issues.length) throw new TakarError(issues);
  return { ...spec, across: 'years', pooled };
}
