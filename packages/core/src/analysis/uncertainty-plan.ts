import type {
  AggregateMethod,
  AggregateSpec,
  ImputeSpec,
  NormaliseSpec,
  PipelineConfig,
  TreatSpec,
} from '../schema/pipeline.js';
import { imputeNeedsPanel } from '../methods/imputers.js';
import { TakarError, issue } from '../errors/index.js';
import { leanColumns, leanRanks, prepareLean, type LeanModel } from './lean-model.js';
import { splitmix32 } from './prng.js';

/**
 * The uncertain assumptions of an uncertainty or sensitivity analysis: plain data, so it can be
 * sent to a worker. Every list gives the alternatives drawn with equal probability; an omitted
 * list keeps the nominal pipeline's choice.
 *
 * @category Analyse
 */
export interface UncertaintySpec {
  /** The nominal pipeline (merged over the framework's own, as `score()` does). */
  pipeline?: PipelineConfig;
  /** The year to score. */
  year?: number;
  /** The node whose ranks are studied; default the index. */
  node?: string;
  /**
   * Weight noise per tree level (COINr levels: indicators are 1, their parents 2, …): each weight
   * at that level is multiplied by a factor drawn uniformly from [1 − f, 1 + f]. E.g. `{ 2: 0.25, 3: 0.25 }`.
   */
  weightNoise?: Readonly<Record<number, number>>;
  /** Alternative normalisations, e.g. `[{ method: 'minmax', range: [1, 100] }, { method: 'zscore', meanSd: [10, 2] }]`. */
  normalise?: readonly NormaliseSpec[];
  /** Alternative aggregations (method names or specs), e.g. `['amean', 'gmean']`. */
  aggregate?: readonly (AggregateMethod | AggregateSpec)[];
  /** Alternative winsorisation limits (outlier treatment on, with this `winmax`), e.g. `[1, 2, 3, 4, 5]`. */
  winmax?: readonly number[];
  /**
   * Imputation on or off: `true` is the nominal pipeline's imputation (or `mean` when it has none),
   * `false` none; an {@link ImputeSpec} is used as given.
   */
  impute?: readonly (boolean | ImputeSpec)[];
}

/**
 * One uncertain input, as the sensitivity analysis sees it.
 *
 * @category Analyse
 */
export interface UncertainFactor {
  /** `impute`, `winmax`, `normalise`, `aggregate` or `weights:<level>`. */
  name: string;
  /** Number of discrete alternatives (0 for weight noise, a continuous input). */
  alternatives: number;
}

/**
 * The alternatives resolved against the nominal pipeline, and the model that evaluates them.
 *
 * @internal
 */
export interface UncertaintyPlan {
  readonly model: LeanModel;
  readonly impute: readonly ImputeSpec[];
  readonly treat: readonly TreatSpec[];
  readonly normalise: readonly NormaliseSpec[];
  readonly aggregate: readonly AggregateSpec[];
  /** Weight-noise levels: the slots at that level and the noise factor. */
  readonly noise: readonly { level: number; factor: number; slots: Int32Array }[];
  /** The inputs in the order of a replication's input vector. */
  readonly factors: readonly UncertainFactor[];
  /** Unit codes of the nominal run: rows of every rank vector. */
  readonly units: readonly string[];
}

/**
 * Resolves the alternatives of a spec and prepares the lean model.
 *
 * @example
 * ```ts
 * const plan = planUncertainty(framework, data, { aggregate: ['amean', 'gmean'] });
 * plan.factors; // [{ name: 'impute', alternatives: 1 }, …, { name: 'aggregate', alternatives: 2 }]
 * ```
 *
 * @internal
 */
export function planUncertainty(
  framework: unknown,
  data: unknown,
  spec: UncertaintySpec,
): UncertaintyPlan {
  const needsPanel = (spec.impute ?? []).some(
    (x) => typeof x === 'object' && imputeNeedsPanel(x.method),
  );
  const model = prepareLean(framework, data, {
    pipeline: spec.pipeline,
    year: spec.year,
    node: spec.node,
    panel: needsPanel,
  });
  const base = model.base;
  const impute = (spec.impute ?? [base.impute]).map((x): ImputeSpec => {
    if (x === true) return base.impute.method === 'none' ? { method: 'mean' } : base.impute;
    if (x === false) return { method: 'none' };
    return x;
  });
  const treat = (spec.winmax ?? [null]).map((w): TreatSpec => {
    if (w === null) return base.treat;
    if (!(Number.isInteger(w) && w >= 0)) {
      throw new TakarError(
        issue(
          'pipeline/invalid',
          ['winmax'],
          `winmax ${w} is not a whole number ≥ 0; give e.g. [1, 2, 3, 4, 5].`,
        ),
      );
    }
    return {
      ...base.treat,
      method: base.treat.method === 'none' ? 'default' : base.treat.method,
      winmax: w,
    };
  });
  const normalise = spec.normalise?.length ? [...spec.normalise] : [base.normalise];
  const aggregate = (spec.aggregate?.length ? spec.aggregate : [base.aggregate]).map((a) =>
    typeof a === 'string' ? { method: a } : a,
  );
  for (const [name, list] of [
    ['impute', impute],
    ['winmax', treat],
  ] as const) {
    if (list.length === 0)
      throw new TakarError(
        issue(
          'pipeline/invalid',
          [name],
          `Give at least one alternative for ${name}, or leave it out.`,
        ),
      );
  }
  const noise = Object.entries(spec.weightNoise ?? {})
    .map(([level, factor]) => ({ level: Number(level), factor }))
    .sort((a, b) => a.level - b.level)
    .map(({ level, factor }) => {
      if (!(factor >= 0 && factor <= 1)) {
        throw new TakarError(
          issue(
            'pipeline/invalid',
            ['weightNoise', level],
            `Weight noise ${factor} at level ${level} must be between 0 and 1 (e.g. 0.25 for ±25 %).`,
          ),
        );
      }
      const rootSlot = model.slotOf.get(model.tree.root.code);
      const slots = Int32Array.from(
        [...model.levels.keys()].filter((s) => model.levels[s] === level && s !== rootSlot),
      );
      if (slots.length === 0) {
        const known = [...new Set(model.levels)].sort((a, b) => a - b).join(', ');
        throw new TakarError(
          issue(
            'pipeline/invalid',
            ['weightNoise', level],
            `The framework has no nodes at level ${level}; use one of levels ${known} (indicators are 1).`,
          ),
        );
      }
      return { level, factor, slots };
    });
  const factors: UncertainFactor[] = [
    { name: 'impute', alternatives: impute.length },
    { name: 'winmax', alternatives: treat.length },
    { name: 'normalise', alternatives: normalise.length },
    { name: 'aggregate', alternatives: aggregate.length },
    ...noise.map((n) => ({ name: `weights:${n.level}`, alternatives: 0 })),
  ];
  const nominal = leanColumns(model, {
    impute: base.impute,
    treat: base.treat,
    normalise: base.normalise,
  });
  return { model, impute, treat, normalise, aggregate, noise, factors, units: nominal.units };
}

const pick = <T>(list: readonly T[], u: number): T =>
  list[Math.min(list.length - 1, Math.floor(u * list.length))] as T;

/**
 * The weights of one replication: nominal weights with each noisy level's weights multiplied by
 * U(1 − f, 1 + f), the draws coming from a generator seeded by that level's input u.
 *
 * @internal
 */
export function noisyWeights(
  plan: UncertaintyPlan,
  inputs: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  const w = out ?? new Float64Array(plan.model.weights.length);
  w.set(plan.model.weights);
  plan.noise.forEach((n, k) => {
    const rnd = splitmix32(Math.floor((inputs[4 + k] as number) * 4294967296));
    for (const s of n.slots) w[s] = (w[s] as number) * (1 + n.factor * (2 * rnd() - 1));
  });
  return w;
}

/**
 * Ranks of every nominal unit (NaN when the chosen alternative dropped it, e.g. by screening) for
 * one replication, given its inputs in [0, 1): one per factor of the plan, in order.
 *
 * @internal
 */
export function evaluateInputs(
  plan: UncertaintyPlan,
  inputs: ArrayLike<number>,
  weights?: Float64Array,
): Float64Array {
  const cols = leanColumns(plan.model, {
    impute: pick(plan.impute, inputs[0] as number),
    treat: pick(plan.treat, inputs[1] as number),
    normalise: pick(plan.normalise, inputs[2] as number),
  });
  const ranks = leanRanks(
    plan.model,
    cols,
    noisyWeights(plan, inputs, weights),
    pick(plan.aggregate, inputs[3] as number),
  );
  return alignRows(plan.units, cols.units, ranks);
}

/**
 * Why one replication's combination of methods could not be computed, in a few words that are the
 * same for every replication failing the same way (so reasons can be counted): e.g. "gmean needs
 * values > 0 after zscore".
 *
 * @example
 * ```ts
 * skipReason(plan, inputs, error); // 'gmean needs values > 0 after zscore'
 * ```
 *
 * @internal
 */
export function skipReason(
  plan: UncertaintyPlan,
  inputs: ArrayLike<number>,
  error: { code: string; message: string },
): string {
  const normalise = pick(plan.normalise, inputs[2] as number).method;
  const aggregate = pick(plan.aggregate, inputs[3] as number).method;
  if (error.code === 'pipeline/non-positive-for-geometric')
    return `${aggregate} needs values > 0 after ${normalise}`;
  return `${error.code} with ${normalise} and ${aggregate}: ${error.message.split(/[.;]\s/)[0]}`;
}

/**
 * The nominal ranks: the nominal pipeline and weights, no noise.
 *
 * @internal
 */
export function nominalRanks(plan: UncertaintyPlan): Float64Array {
  const { model } = plan;
  const cols = leanColumns(model, {
    impute: model.base.impute,
    treat: model.base.treat,
    normalise: model.base.normalise,
  });
  return alignRows(
    plan.units,
    cols.units,
    leanRanks(model, cols, model.weights, model.base.aggregate),
  );
}

function alignRows(
  target: readonly string[],
  rows: readonly string[],
  values: Float64Array,
): Float64Array {
  if (rows === target || (rows.length === target.length && rows.every((r, i) => r === target[i])))
    return values;
  const at = new Map(rows.map((r, i) => [r, i]));
  return Float64Array.from(target, (u) => {
    const i = at.get(u);
    return i === undefined ? NaN : (values[i] as number);
  });
}
