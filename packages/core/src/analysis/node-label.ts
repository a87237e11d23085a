import type { Label } from '../schema/label.js';
import type { ResultsLookup } from './results-lookup.js';

/**
 * The label of a node or axis key (`stage:outcome`, `stage:total`) of the results' framework.
 *
 * @category Analyse
 */
export function nodeLabel(look: ResultsLookup, key: string): Label {
  const node = look.nodes.get(key);
  if (node) return node.label;
  const [axisId, tag] = key.split(':');
  const axis = look.results.framework.axes?.find((a) => a.id === axisId);
  if (axis) {
    const t = axis.tags.find((x) => x.code === tag);
    if (t) return t.label;
    return { id: `${axis.label.id} (total)`, en: `${axis.label.en ?? axis.label.id} (total)` };
  }
  return { id: key };
}
