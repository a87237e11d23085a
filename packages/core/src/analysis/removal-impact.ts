import type { PipelineConfig } from '../schema/pipeline.js';
import { leanColumns, leanRanks, prepareLean } from './lean-model.js';

/**
 * How much the ranking moves when one element is removed.
 *
 * @category Analyse
 */
export interface RemovalImpact {
  code: string;
  /** Mean over units of |rank without the element − nominal rank|. */
  meanAbsRankChange: number | null;
  maxAbsRankChange: number | null;
  /** Why the element was not tested (e.g. it is its parent's only child). */
  skipped?: string;
}

/**
 * The mean and largest absolute change of the target node's ranks when each element (indicator or
 * aggregate below the target) is removed, i.e. its weight set to 0 so its siblings share its
 * weight (COINr `remove_elements`). An only child cannot be removed this way and is skipped.
 *
 * @example
 * ```ts
 * removalImpact(framework, data).sort((a, b) => (b.meanAbsRankChange ?? 0) - (a.meanAbsRankChange ?? 0))[0];
 * ```
 *
 * @category Analyse
 */
export function removalImpact(
  framework: unknown,
  data: unknown,
  options: { pipeline?: PipelineConfig | undefined; year?: number | undefined; node?: string } = {},
): RemovalImpact[] {
  const model = prepareLean(framework, data, options);
  const { base } = model;
  const cols = leanColumns(model, {
    impute: base.impute,
    treat: base.treat,
    normalise: base.normalise,
  });
  const nominal = leanRanks(model, cols, model.weights, base.aggregate);
  const inSubtree = new Set<string>(model.steps.flatMap((s) => s.kidCodes));
  const out: RemovalImpact[] = [];
  for (const node of model.tree.framework.nodes) {
    if (!inSubtree.has(node.code)) continue;
    const siblings = model.tree.children.get(node.parent as string) ?? [];
    const others = siblings.filter(
      (s) => s !== node.code && (model.weights[model.slotOf.get(s) as number] as number) > 0,
    );
    if (others.length === 0) {
      out.push({
        code: node.code,
        meanAbsRankChange: null,
        maxAbsRankChange: null,
        skipped: `the only weighted child of "${node.parent}"`,
      });
      continue;
    }
    const w = model.weights.slice();
    w[model.slotOf.get(node.code) as number] = 0;
    const ranks = leanRanks(model, cols, w, base.aggregate);
    let sum = 0;
    let max = 0;
    let n = 0;
    for (let i = 0; i < ranks.length; i++) {
      const a = ranks[i] as number;
      const b = nominal[i] as number;
      if (a !== a || b !== b) continue;
      const d = Math.abs(a - b);
      sum += d;
      if (d > max) max = d;
      n++;
    }
    out.push({
      code: node.code,
      meanAbsRankChange: n ? sum / n : null,
      maxAbsRankChange: n ? max : null,
    });
  }
  return out;
}
