import type { ResultsDocument } from '@takar/core';

type FrameworkNode = ResultsDocument['framework']['nodes'][number];

/** The framework node with `code`, or `undefined`. */
export function nodeOf(results: ResultsDocument, code: string): FrameworkNode | undefined {
  return results.framework.nodes.find((n) => n.code === code);
}

/**
 * The children of a node in framework order (the dimensions of the index, for the root).
 *
 * @example
 * ```ts
 * childNodes(results, 'idx').map((n) => n.code); // ['gov', 'eco']
 * ```
 */
export function childNodes(results: ResultsDocument, code: string): FrameworkNode[] {
  return results.framework.nodes.filter((n) => n.parent === code);
}

/** A unit's finite score at a node, or `null`. */
export function scoreAt(unit: ResultsDocument['units'][number], node: string): number | null {
  const v = unit.scores[node];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
