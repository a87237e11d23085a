/*
 * The lean scoring path for many replications: the engine's own stage functions, without building
 * a results document.
 *
 *   framework, data ─ parse once ─┐
 *                                 ├─ A  runPipeline(until: the stage before normalise)   cached per (impute, treat)
 *                                 ├─ B  normaliseColumn per indicator                      cached per (impute, treat, normalise)
 *                                 └─ C  aggregateColumns bottom-up over the target's subtree, then rankDescending
 *                                        (every replication: perturbed weights, chosen aggregation)
 *
 * A and B reproduce the pipeline's stages 1–5; C reproduces stage 6 for the tree (not the second
 * axes) and stage 7 for one node. Tests check that the nominal configuration gives exactly the
 * ranks of score().
 */
import type {
  AggregateSpec,
  ImputeSpec,
  NormaliseSpec,
  PipelineConfig,
  TreatSpec,
} from '../schema/pipeline.js';
import { imputeNeedsPanel } from '../methods/imputers.js';
import type { DataMatrix } from '../data/parse-dataset.js';
import { parseDataset } from '../data/parse-dataset.js';
import { parseFramework, type FrameworkTree } from '../framework/parse-framework.js';
import { resolveWeights } from '../framework/resolve-weights.js';
import { resolvePipeline, type ResolvedPipeline } from '../pipeline/resolve-pipeline.js';
import { isDataMatrix, runPipeline } from '../pipeline/run-pipeline.js';
import { aggregateColumns } from '../pipeline/aggregate-stage.js';
import { normaliseColumn } from '../normalise/normalise-column.js';
import { rankDescending } from '../rank/rank.js';
import { firstNonPositive } from '../aggregate/first-non-positive.js';
import { gmeanOfLogs } from './gmean-of-logs.js';
import { TakarError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';

/**
 * Options of {@link prepareLean}.
 *
 * @internal
 */
export interface LeanOptions {
  /** The nominal pipeline (merged over the framework's own, as `score()` does). */
  pipeline?: PipelineConfig;
  /** The year to score. */
  year?: number;
  /** The node whose scores and ranks are computed; default the index. */
  node?: string;
  /** Build every year's columns too (for `latest` / `linear` imputation). */
  panel?: boolean;
}

/** One aggregation step: a node computed from its children's slots. */
interface LeanStep {
  slot: number;
  code: string;
  kids: number[];
  kidCodes: string[];
  own: AggregateSpec | undefined;
}

/**
 * Indicator columns after stages 1–5 for one alternative, rows = `units`.
 *
 * @internal
 */
export interface LeanColumns {
  units: readonly string[];
  /** One column per indicator, in `tree.indicators` order. */
  columns: readonly Float64Array[];
  /** Natural logs of the columns, computed on first use by a geometric mean. */
  logs?: (Float64Array | undefined)[];
  /** Per column: 1 when every present value is > 0 (computed on first use). */
  positive?: Int8Array;
}

/**
 * Everything the lean path needs, computed once.
 *
 * @internal
 */
export interface LeanModel {
  readonly tree: FrameworkTree;
  readonly matrix: DataMatrix;
  readonly base: ResolvedPipeline;
  /** The target node. */
  readonly node: string;
  /** Node codes by slot; indicators first, in `tree.indicators` order. */
  readonly slots: readonly string[];
  readonly slotOf: ReadonlyMap<string, number>;
  /** Aggregates of the target's subtree, bottom-up, the target last. */
  readonly steps: readonly LeanStep[];
  /** Nominal weight of every slot (after the pipeline's weight set). */
  readonly weights: Float64Array;
  /** Tree level of every slot (COINr: indicators 1). */
  readonly levels: Int32Array;
  /** Treated columns per (impute, treat) key. */
  readonly treated: Map<string, LeanColumns>;
  /** Normalised columns per (impute, treat, normalise) key. */
  readonly normalised: Map<string, LeanColumns>;
}

/**
 * Parses the inputs once and indexes the tree for the lean path.
 *
 * @example
 * ```ts
 * const model = prepareLean(framework, data, { year: 2024 });
 * leanRanks(model, leanColumns(model, model.base), model.weights, model.base.aggregate);
 * ```
 *
 * @internal
 */
export function prepareLean(
  framework: unknown,
  data: unknown,
  options: LeanOptions = {},
): LeanModel {
  const tree = parseFramework(framework);
  const base = resolvePipeline(tree.framework.pipeline, options.pipeline);
  const panel = options.panel || imputeNeedsPanel(base.impute.method);
  const matrix = isDataMatrix(data) ? data : parseDataset(data, tree, options.year, { panel });
  const node = options.node ?? tree.root.code;
  if (!tree.byCode.has(node)) {
    throw new TakarError(
      issue(
        'results/unknown-node',
        ['node'],
        `Node "${node}" is not in the framework; use one of its node codes (e.g. "${tree.root.code}").`,
      ),
    );
  }
  const slots = [...tree.indicators, ...tree.aggregates];
  const slotOf = new Map(slots.map((c, i) => [c, i]));
  const inSubtree = new Set<string>();
  const mark = (c: string): void => {
    inSubtree.add(c);
    for (const k of tree.children.get(c) ?? []) mark(k);
  };
  mark(node);
  const steps: LeanStep[] = tree.aggregates
    .filter((c) => inSubtree.has(c))
    .map((code) => {
      const kidCodes = [...(tree.children.get(code) ?? [])];
      return {
        slot: slotOf.get(code) as number,
        code,
        kids: kidCodes.map((k) => slotOf.get(k) as number),
        kidCodes,
        own: tree.byCode.get(code)?.aggregate,
      };
    });
  const w = resolveWeights(tree, base.weights);
  const weights = Float64Array.from(slots, (c) => w.get(c) ?? 1);
  const levels = Int32Array.from(slots, (c) => tree.level.get(c) ?? 0);
  return {
    tree,
    matrix,
    base,
    node,
    slots,
    slotOf,
    steps,
    weights,
    levels,
    treated: new Map(),
    normalised: new Map(),
  };
}

/**
 * A choice of the indicator stages for the lean path.
 *
 * @internal
 */
export interface LeanStages {
  impute: ImputeSpec;
  treat: TreatSpec;
  normalise: NormaliseSpec;
}

/**
 * Indicator columns after stages 1–5 for a choice of impute, treat and normalise, cached in the
 * model: the stages before normalising run through `runPipeline`, the normalisation per column
 * through `normaliseColumn`, exactly as the pipeline's normalise stage does.
 *
 * @internal
 */
export function leanColumns(model: LeanModel, stages: LeanStages): LeanColumns {
  const key = JSON.stringify([stages.impute, stages.treat, stages.normalise]);
  const hit = model.normalised.get(key);
  if (hit) return hit;
  const treated = leanTreated(model, stages.impute, stages.treat);
  const issues: TakarIssue[] = [];
  const unitIndex = new Map(treated.units.map((u, i) => [u, i]));
  const columns = model.tree.indicators.map((code, k) => {
    const node = model.tree.byCode.get(code)!;
    const use = node.normalise ?? stages.normalise;
    const r = normaliseColumn(treated.columns[k] as Float64Array, use, {
      code,
      direction: node.direction ?? 1,
      target: node.target,
      goalposts: node.goalposts,
      referenceIndex:
        use.reference === undefined ? undefined : (unitIndex.get(use.reference) ?? -1),
      at: node.normalise
        ? ['nodes', model.tree.framework.nodes.indexOf(node), 'normalise']
        : ['pipeline', 'normalise'],
    });
    if (r.ok) return r.column;
    issues.push(r.issue);
    return new Float64Array(0);
  });
  throwIfAny(issues);
  const out = { units: treated.units, columns };
  model.normalised.set(key, out);
  return out;
}

function leanTreated(model: LeanModel, impute: ImputeSpec, treat: TreatSpec): LeanColumns {
  const key = JSON.stringify([impute, treat]);
  const hit = model.treated.get(key);
  if (hit) return hit;
  const order = model.base.order;
  const before = order[order.length - 2];
  const pipeline: PipelineConfig = { ...model.base, impute, treat };
  const run = runPipeline(
    model.tree.framework,
    model.matrix,
    before ? { pipeline, until: before } : { pipeline, until: 'normalise' },
  );
  // Without stages before normalise, "until normalise" would normalise: take the raw columns instead.
  const columns = model.tree.indicators.map((c) =>
    before
      ? (run.indicators.get(c) as Float64Array)
      : (model.matrix.columns.get(c) as Float64Array),
  );
  const out = { units: run.units.map((u) => u.code), columns };
  model.treated.set(key, out);
  return out;
}

/**
 * Scores of the model's target node: every aggregate of its subtree bottom-up with the engine's
 * `aggregateColumns` (node overrides kept), from indicator columns and weights per slot.
 *
 * @internal
 */
export function leanScores(
  model: LeanModel,
  cols: LeanColumns,
  weights: Float64Array,
  spec: AggregateSpec,
): Float64Array {
  const store: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(
    model.slots.length,
  );
  for (let k = 0; k < cols.columns.length; k++) store[k] = cols.columns[k];
  const n = cols.units.length;
  const nInd = cols.columns.length;
  let last: Float64Array | undefined;
  for (const step of model.steps) {
    const use = step.own ?? spec;
    if (
      use.method === 'gmean' &&
      step.kids.every((s) => s < nInd) &&
      allPositive(cols, step.kids)
    ) {
      // Same arithmetic as the engine's gmean, on logs cached across replications.
      last = gmeanOfLogs(
        step.kids.map((s) => logsOf(cols, s)),
        step.kids.map((s) => weights[s] as number),
        use.minAvailable ?? 0,
      );
      store[step.slot] = last;
      continue;
    }
    const kids = step.kids.map((s) => store[s] ?? new Float64Array(n).fill(NaN));
    const ws = step.kids.map((s) => weights[s] as number);
    last = aggregateColumns(kids, ws, use, {
      node: step.code,
      childCodes: step.kidCodes,
      unitCodes: cols.units,
    });
    store[step.slot] = last;
  }
  return last ?? (store[model.slotOf.get(model.node) as number] as Float64Array);
}

function logsOf(cols: LeanColumns, k: number): Float64Array {
  cols.logs ??= new Array<Float64Array | undefined>(cols.columns.length);
  let l = cols.logs[k];
  if (!l) {
    const c = cols.columns[k] as Float64Array;
    l = new Float64Array(c.length);
    for (let i = 0; i < c.length; i++) l[i] = Math.log(c[i] as number);
    cols.logs[k] = l;
  }
  return l;
}

function allPositive(cols: LeanColumns, kids: readonly number[]): boolean {
  if (!cols.positive) {
    cols.positive = Int8Array.from(cols.columns, (c) => (firstNonPositive([c]) === null ? 1 : 0));
  }
  for (const k of kids) if (cols.positive[k] !== 1) return false;
  return true;
}

/**
 * Ranks of the target node (1 = best, ties share the best rank, missing NaN), rows as `cols.units`.
 *
 * @internal
 */
export function leanRanks(
  model: LeanModel,
  cols: LeanColumns,
  weights: Float64Array,
  spec: AggregateSpec,
): Float64Array {
  return rankDescending(leanScores(model, cols, weights, spec));
}
