import type { Label } from '../schema/label.js';
import type { ResultsDocument } from '../schema/results.js';
import { TakarError, issue } from '../errors/index.js';
import { lookup, scoreOf, unitOrThrow } from './results-lookup.js';
import { nodeLabel } from './node-label.js';

/**
 * One node of a side-by-side comparison; arrays follow the order of `units`.
 *
 * @category Analyse
 */
export interface ComparedNode {
  code: string;
  label: Label;
  parent: string | null;
  scores: (number | null)[];
  ranks: (number | null)[];
  bands: (string | null)[];
  /** The unit(s) with the highest score here (several when tied). */
  leaders: string[];
  /** Highest minus lowest score among the compared units. */
  spread: number | null;
}

/**
 * Units side by side at every node.
 *
 * @category Analyse
 */
export interface UnitComparison {
  units: { unit: string; name: string; groups: Record<string, string> }[];
  nodes: ComparedNode[];
}

/**
 * Puts units side by side: score, rank and band at every node, who leads, and the spread.
 *
 * @param units - two or more unit codes, in the order to show
 *
 * @example
 * ```ts
 * const c = compareUnits(results, ['32.73', '33.74']);
 * c.nodes.find((n) => n.code === 'governance')?.leaders; // ['32.73']
 * ```
 *
 * @category Analyse
 */
export function compareUnits(results: ResultsDocument, units: readonly string[]): UnitComparison {
  if (units.length === 0) {
    throw new TakarError(
      issue('results/unknown-unit', ['units'], 'Name at least one unit to compare.'),
    );
  }
  const look = lookup(results);
  const us = units.map((c, i) => unitOrThrow(look, c, ['units', i]));
  const nodes = look.keys.map((key): ComparedNode => {
    const scores = us.map((u) => scoreOf(u, key));
    const present = scores.filter((s): s is number => s !== null);
    const best = present.length ? Math.max(...present) : null;
    return {
      code: key,
      label: nodeLabel(look, key),
      parent: look.nodes.get(key)?.parent ?? null,
      scores,
      ranks: us.map((u) => u.ranks[key] ?? null),
      bands: us.map((u) => u.bands?.[key] ?? null),
      leaders: best === null ? [] : us.filter((_u, i) => scores[i] === best).map((u) => u.unit),
      spread: present.length ? Math.max(...present) - Math.min(...present) : null,
    };
  });
  return { units: us.map((u) => ({ unit: u.unit, name: u.name, groups: { ...u.groups } })), nodes };
}
