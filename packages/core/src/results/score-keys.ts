import type { FrameworkTree } from '../framework/parse-framework.js';
import { axisKey } from '../pipeline/aggregate-stage.js';

/**
 * The score keys of a framework in table order: indicators (input order), then aggregates level by
 * level from the bottom up (input order within a level, as COINr writes them), then second-axis
 * keys (`<axis>:<tag>`, then `<axis>:total`).
 *
 * @example
 * ```ts
 * scoreKeys(parseFramework(framework)); // ['a', 'b', 'pillar', 'idx']
 * ```
 *
 * @category Results
 */
export function scoreKeys(tree: FrameworkTree): string[] {
  const order = new Map(tree.framework.nodes.map((n, i) => [n.code, i]));
  const aggs = [...tree.aggregates].sort(
    (a, b) =>
      (tree.level.get(a) ?? 0) - (tree.level.get(b) ?? 0) ||
      (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  const axes = (tree.framework.axes ?? []).flatMap((ax) => [
    ...ax.tags.map((t) => axisKey(ax.id, t.code)),
    axisKey(ax.id),
  ]);
  return [...tree.indicators, ...aggs, ...axes];
}
