import type { StageRecord } from '../schema/results.js';
import { issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { denominate } from '../denominate/denominate.js';
import type { PipelineState } from './pipeline-state.js';

/**
 * Column of a unit attribute (a denominator such as population), by the state's rows.
 *
 * @category Score
 */
export function denominatorColumn(state: PipelineState, name: string): Float64Array {
  return Float64Array.from(state.units, (u) => u.denominators?.[name] ?? NaN);
}

/**
 * Stage 1, denominate: divides every indicator that names a `denominator` by that unit attribute.
 *
 * @example
 * ```ts
 * denominateStage(state, true).record; // { stage: 'denominate', params: { enabled: true }, details: {...} }
 * ```
 *
 * @category Score
 */
export function denominateStage(
  state: PipelineState,
  enabled: boolean,
): { state: PipelineState; record: StageRecord } {
  if (!enabled) return { state, record: { stage: 'denominate', params: { enabled: false } } };
  const issues: TakarIssue[] = [];
  const columns = new Map(state.columns);
  const used: Record<string, string> = {};
  state.tree.framework.nodes.forEach((node, i) => {
    if (node.type !== 'indicator' || !node.denominator) return;
    const name = node.denominator;
    if (!state.units.some((u) => u.denominators?.[name] !== undefined)) {
      issues.push(
        issue(
          'data/unknown-denominator',
          ['nodes', i, 'denominator'],
          `Indicator "${node.code}" is divided by "${name}", which no unit has; add \`denominators.${name}\` to the units (CSV: a "${name}" column) or remove the denominator.`,
        ),
      );
      return;
    }
    columns.set(
      node.code,
      denominate(state.columns.get(node.code) as Float64Array, denominatorColumn(state, name)),
    );
    used[node.code] = name;
  });
  throwIfAny(issues);
  return {
    state: { ...state, columns, denominated: true },
    record: { stage: 'denominate', params: { enabled: true }, details: { denominators: used } },
  };
}
