import type { PipelineConfig } from '../schema/pipeline.js';
import { issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import type { FrameworkTree } from './parse-framework.js';

/**
 * The weight of every node for a run: the node weights (default 1), overridden by a named weight
 * set of the framework or by a map of node code → weight. Throws a {@link TakarError} for an
 * unknown set, unknown node codes, negative weights, or siblings that all end up at zero.
 *
 * @example
 * ```ts
 * resolveWeights(tree, 'equal').get('a'); // the weight of `a` in the framework's "equal" set
 * ```
 *
 * @category Score
 */
export function resolveWeights(
  tree: FrameworkTree,
  weights: PipelineConfig['weights'],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const node of tree.framework.nodes) out.set(node.code, node.weight ?? 1);
  if (weights === undefined) return out;
  const issues: TakarIssue[] = [];
  let overrides: Record<string, number>;
  let at: (string | number)[];
  if (typeof weights === 'string') {
    const set = tree.framework.weightSets?.[weights];
    if (!set) {
      const known = Object.keys(tree.framework.weightSets ?? {});
      throwIfAny([
        issue(
          'framework/unknown-weight-set',
          ['pipeline', 'weights'],
          `Weight set "${weights}" is not defined; ${known.length ? `use one of ${known.join(', ')}` : 'add it to `weightSets` in the framework'}.`,
        ),
      ]);
    }
    overrides = set as Record<string, number>;
    at = ['weightSets', weights];
  } else {
    overrides = weights;
    at = ['pipeline', 'weights'];
  }
  for (const [code, w] of Object.entries(overrides)) {
    if (!tree.byCode.has(code)) {
      issues.push(
        issue(
          'framework/invalid',
          [...at, code],
          `Weights name node "${code}", which the framework does not have; correct the code.`,
        ),
      );
      continue;
    }
    if (!(w >= 0) || !Number.isFinite(w)) {
      issues.push(
        issue(
          'framework/negative-weight',
          [...at, code],
          `Weight ${w} for "${code}" is not a number ≥ 0; weights must be zero or more.`,
        ),
      );
      continue;
    }
    out.set(code, w);
  }
  for (const [parent, kids] of tree.children) {
    const sum = kids.reduce((t, k) => t + (out.get(k) ?? 0), 0);
    if (!Number.isFinite(sum))
      issues.push(
        issue(
          'framework/weight-overflow',
          at,
          `The weights of the children of "${parent}" add up to more than a number can hold; scale them down (only their ratios matter).`,
        ),
      );
    if (kids.length > 0 && kids.every((k) => out.get(k) === 0)) {
      issues.push(
        issue(
          'framework/zero-weights',
          at,
          `Every child of "${parent}" has weight 0 with these weights; give at least one a positive weight.`,
        ),
      );
    }
  }
  throwIfAny(issues);
  return out;
}
