import type { AggregateSpec } from '../schema/pipeline.js';
import type { StageRecord } from '../schema/results.js';
import { TakarError, issue, throwIfAny, type IssuePath, type TakarIssue } from '../errors/index.js';
import { firstNonPositive } from '../aggregate/first-non-positive.js';
import { AGGREGATORS } from '../methods/aggregators.js';
import { effectiveWeights } from '../framework/effective-weights.js';
import type { PipelineState } from './pipeline-state.js';

/**
 * The score key of an axis tag (`stage:baseline`) or, without a tag, of the axis total (`stage:total`).
 *
 * @category Score
 */
export function axisKey(axis: string, tag?: string): string {
  return `${axis}:${tag ?? 'total'}`;
}

/**
 * Combines children columns with one aggregation spec; throws a {@link TakarError} when a geometric
 * or harmonic mean meets a value ≤ 0.
 *
 * @example
 * ```ts
 * aggregateColumns([Float64Array.of(1), Float64Array.of(3)], [1, 1], { method: 'amean' }); // [2]
 * ```
 *
 * @category Score
 */
export function aggregateColumns(
  children: readonly Float64Array[],
  weights: readonly number[],
  spec: AggregateSpec,
  context: {
    node: string;
    childCodes?: readonly string[];
    unitCodes?: readonly string[];
    at?: IssuePath;
  } = { node: '' },
): Float64Array {
  const min = spec.minAvailable ?? 0;
  const entry = AGGREGATORS.get(spec.method);
  if (!entry)
    throw new TakarError(
      issue(
        'pipeline/invalid',
        [...(context.at ?? ['pipeline', 'aggregate']), 'method'],
        `Unknown aggregation method ${JSON.stringify(spec.method)}; use one of ${AGGREGATORS.names().join(', ')}.`,
      ),
    );
  if (entry.needsPositive(spec)) {
    const bad = firstNonPositive(children);
    if (bad) {
      const [c, u] = bad;
      const value = children[c]![u];
      throwIfAny([
        issue(
          'pipeline/non-positive-for-geometric',
          context.at ?? ['pipeline', 'aggregate'],
          `Node "${context.node}" uses ${spec.method}, which needs values > 0, but "${context.childCodes?.[c] ?? c}" is ${value} for unit "${context.unitCodes?.[u] ?? u}"; normalise onto a positive range (e.g. minmax:1,100) or use amean.`,
        ),
      ]);
    }
  }
  return entry.run(children, weights, spec, min);
}

/**
 * Stage 6, aggregate: computes every aggregate bottom-up from its children with the node's own
 * `aggregate` or the pipeline's, skipping missing children and renormalising weights; then the
 * second axes: each tag aggregates its tagged leaves with their effective weights in the index, and
 * the axis total aggregates the tags with the tag weights.
 *
 * @returns scores of every node (indicators as normalised) and axis key, in framework order
 *
 * @category Score
 */
export function aggregateStage(
  state: PipelineState,
  spec: AggregateSpec,
  weights: ReadonlyMap<string, number>,
): { scores: Map<string, Float64Array>; record: StageRecord } {
  const { tree } = state;
  const issues: TakarIssue[] = [];
  const computed = new Map<string, Float64Array>(state.columns);
  const unitCodes = state.units.map((u) => u.code);
  const indexOf = new Map(tree.framework.nodes.map((n, i) => [n.code, i]));
  const overrides: Record<string, AggregateSpec> = {};
  for (const code of tree.aggregates) {
    const kids = tree.children.get(code) ?? [];
    const own = tree.byCode.get(code)?.aggregate;
    if (own) overrides[code] = own;
    try {
      computed.set(
        code,
        aggregateColumns(
          kids.map((k) => computed.get(k) ?? new Float64Array(unitCodes.length).fill(NaN)),
          kids.map((k) => weights.get(k) ?? 1),
          own ?? spec,
          {
            node: code,
            childCodes: kids,
            unitCodes,
            at: own ? ['nodes', indexOf.get(code) ?? 0, 'aggregate'] : ['pipeline', 'aggregate'],
          },
        ),
      );
    } catch (e) {
      if (e && typeof e === 'object' && 'issues' in e)
        issues.push(...(e as { issues: TakarIssue[] }).issues);
      else throw e;
    }
  }
  throwIfAny(issues);
  const scores = new Map<string, Float64Array>();
  for (const node of tree.framework.nodes)
    scores.set(node.code, computed.get(node.code) as Float64Array);
  const axes = tree.framework.axes ?? [];
  if (axes.length) {
    const eff = effectiveWeights(tree, weights);
    axes.forEach((axis, a) => {
      const axisSpec = axis.aggregate ?? spec;
      const tagCols: Float64Array[] = [];
      for (const tag of axis.tags) {
        const leaves = tree.indicators.filter(
          (c) => tree.byCode.get(c)?.tags?.[axis.id] === tag.code,
        );
        const col =
          leaves.length === 0
            ? new Float64Array(unitCodes.length).fill(NaN)
            : aggregateColumns(
                leaves.map((l) => computed.get(l) as Float64Array),
                leaves.map((l) => eff.get(l) ?? 0),
                axisSpec,
                {
                  node: axisKey(axis.id, tag.code),
                  childCodes: leaves,
                  unitCodes,
                  at: ['axes', a],
                },
              );
        scores.set(axisKey(axis.id, tag.code), col);
        tagCols.push(col);
      }
      scores.set(
        axisKey(axis.id),
        aggregateColumns(
          tagCols,
          axis.tags.map((t) => t.weight ?? 1),
          axisSpec,
          {
            node: axisKey(axis.id),
            childCodes: axis.tags.map((t) => axisKey(axis.id, t.code)),
            unitCodes,
            at: ['axes', a],
          },
        ),
      );
    });
  }
  const record: StageRecord = { stage: 'aggregate', params: { ...spec } };
  if (Object.keys(overrides).length) record.details = { overrides };
  return { scores, record };
}
