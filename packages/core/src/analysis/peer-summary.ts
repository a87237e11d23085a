import type { ResultsDocument } from '../schema/results.js';
import type { UnitResult } from '../results/view.js';
import { TakarError, issue } from '../errors/index.js';
import { lookup, scoreOf } from './results-lookup.js';
import { summarise, type Summary } from './quantile.js';

/**
 * Options of {@link peerSummary}.
 *
 * @category Analyse
 */
export interface PeerSummaryOptions {
  /** A unit group column (e.g. `'province'`, `'type'`) or a function naming each unit's group. */
  by: string | ((unit: UnitResult) => string | undefined);
  /** Nodes to summarise; default every score key. */
  nodes?: readonly string[];
}

/**
 * One peer group's summary.
 *
 * @category Analyse
 */
export interface PeerGroupSummary {
  group: string;
  units: string[];
  /** Node code → count, min, quartiles (type 7), median, max and mean of the group's scores. */
  nodes: Record<string, Summary>;
}

/**
 * Summarises scores per peer group: count, min, first quartile, median, third quartile, max and
 * mean at every node. Quartiles are Hyndman and Fan's type 7 (R's default): for sorted values
 * x₁ … xₙ, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋) with h = (n − 1)p + 1. Units without a group
 * are left out. Groups are sorted by name.
 *
 * @example
 * ```ts
 * const s = peerSummary(results, { by: 'type' });
 * s.find((g) => g.group === 'kota')?.nodes['smart-city']?.median;
 * ```
 *
 * @category Analyse
 */
export function peerSummary(
  results: ResultsDocument,
  options: PeerSummaryOptions,
): PeerGroupSummary[] {
  const look = lookup(results);
  const by = options.by;
  const groupOf = typeof by === 'string' ? (u: UnitResult) => u.groups?.[by] : by;
  if (typeof by === 'string' && !lookup(results).rows.some((u) => u.groups?.[by] !== undefined)) {
    throw new TakarError(
      issue(
        'data/unknown-group',
        ['by'],
        `No unit has group "${by}"; use a group column the units have or a function.`,
      ),
    );
  }
  const keys = options.nodes ?? look.keys;
  const members = new Map<string, UnitResult[]>();
  for (const u of lookup(results).rows) {
    const g = groupOf(u);
    if (g === undefined) continue;
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(u);
  }
  return [...members.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((group) => {
      const us = members.get(group) as UnitResult[];
      const nodes: Record<string, Summary> = {};
      for (const k of keys) nodes[k] = summarise(us.map((u) => scoreOf(u, k)));
      return { group, units: us.map((u) => u.unit), nodes };
    });
}
