import type { FrameworkTree } from './parse-framework.js';

/**
 * The effective weight of every node in the index: the product, along the path from the root, of
 * each node's weight divided by the sum of its siblings' weights (OECD/JRC Handbook 2008,
 * step 6 "Weighting and aggregation"). The root has 1 and the indicators' effective weights sum to 1. Missing data can
 * change the weights a unit actually gets, since aggregation renormalises over present children.
 *
 * @param weights - weights to use instead of the node weights (e.g. from {@link resolveWeights})
 *
 * @example
 * ```ts
 * effectiveWeights(parseFramework(framework)).get('a'); // e.g. 0.25
 * ```
 *
 * @category Score
 */
export function effectiveWeights(
  tree: FrameworkTree,
  weights?: ReadonlyMap<string, number>,
): Map<string, number> {
  const w = (code: string): number => weights?.get(code) ?? tree.byCode.get(code)?.weight ?? 1;
  const out = new Map<string, number>([[tree.root.code, 1]]);
  const visit = (code: string): void => {
    const kids = tree.children.get(code) ?? [];
    let sum = 0;
    for (const k of kids) sum += w(k);
    const own = out.get(code) as number;
    for (const k of kids) {
      out.set(k, sum === 0 ? 0 : (own * w(k)) / sum);
      visit(k);
    }
  };
  visit(tree.root.code);
  return out;
}
