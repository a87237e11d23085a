/**
 * Framework editing in the studio: weights, directions and aggregation per node, applied to a copy (the
 * framework given is never changed), and the rows of the tree view with effective weights.
 */
import {
  effectiveWeights,
  labelText,
  parseFramework,
  type AggregateMethod,
  type Framework,
  type Lang,
} from '@takar/core';

/** One row of the framework tree view. */
export interface TreeRow {
  code: string;
  parent: string | null;
  label: string;
  depth: number;
  type: 'indicator' | 'aggregate';
  /** The weight as written (default 1). */
  weight: number;
  /** The node's share of the index (the product of normalised weights down to it). */
  effective: number;
  direction: 1 | -1 | null;
  /** Aggregates: the node's own aggregation method, '' for the pipeline's; null for indicators. */
  aggregate: string | null;
  children: number;
}

/** The framework with `weights` (node code → weight) written into its nodes. */
export function withWeights(
  framework: Framework,
  weights: Readonly<Record<string, number>>,
): Framework {
  return {
    ...framework,
    nodes: framework.nodes.map((n) => (n.code in weights ? { ...n, weight: weights[n.code] } : n)),
  };
}

/** The framework with indicator `code`'s direction set (+1 higher is better, −1 lower is better). */
export function withDirection(framework: Framework, code: string, direction: 1 | -1): Framework {
  return {
    ...framework,
    nodes: framework.nodes.map((n) => (n.code === code ? { ...n, direction } : n)),
  };
}

/** The framework with aggregate `code` combining its children by `method` ('' for the pipeline's). */
export function withAggregation(
  framework: Framework,
  code: string,
  method: AggregateMethod | '',
): Framework {
  return {
    ...framework,
    nodes: framework.nodes.map((n) => {
      if (n.code !== code) return n;
      const { aggregate: _old, ...rest } = n;
      return method ? { ...rest, aggregate: { method } } : rest;
    }),
  };
}

/** The weight of every node as written (default 1). */
export function weightsOf(framework: Framework): Record<string, number> {
  return Object.fromEntries(framework.nodes.map((n) => [n.code, n.weight ?? 1]));
}

/** The tree in depth-first order, with each node's effective weight. */
export function treeRows(framework: Framework, lang: Lang): TreeRow[] {
  const tree = parseFramework(framework);
  const eff = effectiveWeights(tree);
  const rows: TreeRow[] = [];
  const stack: [string, number][] = [[tree.root.code, 0]];
  while (stack.length) {
    const [code, depth] = stack.pop()!;
    const node = tree.byCode.get(code)!;
    const kids = tree.children.get(code) ?? [];
    rows.push({
      code,
      parent: node.parent,
      label: labelText(node.label, lang),
      depth,
      type: node.type,
      weight: node.weight ?? 1,
      effective: eff.get(code) ?? 0,
      direction: node.type === 'indicator' ? (node.direction ?? 1) : null,
      aggregate: node.type === 'aggregate' ? (node.aggregate?.method ?? '') : null,
      children: kids.length,
    });
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
  return rows;
}

/** The codes of the root's children (the dimensions the sliders tune). */
export function topNodes(framework: Framework): string[] {
  const tree = parseFramework(framework);
  return [...(tree.children.get(tree.root.code) ?? [])];
}
