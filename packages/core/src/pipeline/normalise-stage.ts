import type { NormaliseSpec } from '../schema/pipeline.js';
import type { StageRecord } from '../schema/results.js';
import { throwIfAny, type TakarIssue } from '../errors/index.js';
import { normaliseColumn } from '../normalise/normalise-column.js';
import type { PipelineState } from './pipeline-state.js';

/**
 * Stage 5, normalise: applies each indicator's direction, then its normalisation (the node's own
 * `normalise` or the pipeline's). Details list the indicators normalised differently.
 *
 * @example
 * ```ts
 * normaliseStage(state, { method: 'zscore', meanSd: [10, 2] });
 * ```
 *
 * @category Score
 */
export function normaliseStage(
  state: PipelineState,
  spec: NormaliseSpec,
): { state: PipelineState; record: StageRecord } {
  const issues: TakarIssue[] = [];
  const columns = new Map<string, Float64Array>();
  const overrides: Record<string, NormaliseSpec> = {};
  const unitIndex = new Map(state.units.map((u, i) => [u.code, i]));
  state.tree.framework.nodes.forEach((node, i) => {
    if (node.type !== 'indicator') return;
    const own = node.normalise;
    const use = own ?? spec;
    if (own) overrides[node.code] = own;
    const r = normaliseColumn(state.columns.get(node.code) as Float64Array, use, {
      code: node.code,
      direction: node.direction ?? 1,
      target: node.target,
      goalposts: node.goalposts,
      referenceIndex:
        use.reference === undefined ? undefined : (unitIndex.get(use.reference) ?? -1),
      at: own ? ['nodes', i, 'normalise'] : ['pipeline', 'normalise'],
    });
    if (r.ok) columns.set(node.code, r.column);
    else issues.push(r.issue);
  });
  throwIfAny(issues);
  const record: StageRecord = { stage: 'normalise', params: { ...spec } };
  if (Object.keys(overrides).length) record.details = { overrides };
  return { state: { ...state, columns }, record };
}
