import type { Lang, ResultsDocument } from '@takar/core';
import { labelOf, nodeOf, rootNode } from '@takar/charts';
import type { ResultsError } from '../controllers/results-controller.js';

/** The results' title with its year (unless the title has it already). */
export function resultsTitle(results: ResultsDocument, lang: Lang): string {
  const base = results.title ?? labelOf(results.framework.label, lang);
  return results.year === null || base.includes(String(results.year))
    ? base
    : `${base} ${results.year}`;
}

/** The node to show (`dimension`, else the index) and its label, or an error naming the codes. */
export function resolveNode(
  results: ResultsDocument,
  dimension: string | undefined,
  lang: Lang,
): { node: string; label: string } | ResultsError {
  const node = dimension ?? rootNode(results);
  const found = nodeOf(results, node);
  if (!found)
    return {
      code: 'results/unknown-node',
      message: `Node "${node}" is not in the framework; use one of: ${results.framework.nodes
        .slice(0, 30)
        .map((n) => n.code)
        .join(', ')}.`,
    };
  return { node, label: labelOf(found.label, lang) };
}

/** An error for a region code that is not in the results. */
export function unknownRegion(code: string): ResultsError {
  return {
    code: 'results/unknown-region',
    message: `Region "${code}" is not in the results; use a unit code from the document (e.g. 32.73).`,
  };
}
