import type { UnitResult } from '../results/view.js';
import { TakarError, issue } from '../errors/index.js';
import type { ResultsLookup } from './results-lookup.js';

/**
 * A peer group: the name of a unit group column (`'province'`: the units sharing the unit's value),
 * an explicit list of unit codes, or omitted for all units.
 *
 * @category Analyse
 */
export type PeerSpec = string | readonly string[];

/**
 * A resolved peer group: what it is and who is in it.
 *
 * @category Analyse
 */
export interface PeerGroup {
  /** `all`, `group` (a group column) or `list` (explicit codes). */
  kind: 'all' | 'group' | 'list';
  /** The group column, for `group`. */
  column?: string;
  /** The group value shared, for `group`. */
  value?: string;
  /** The peer units' codes (including the unit itself when it belongs). */
  units: string[];
}

/**
 * Resolves a peer spec for one unit of the results.
 *
 * @category Analyse
 */
export function resolvePeers(
  look: ResultsLookup,
  unit: UnitResult,
  peers: PeerSpec | undefined,
): PeerGroup {
  const all = [...look.units.keys()];
  if (peers === undefined) return { kind: 'all', units: all };
  if (typeof peers === 'string') {
    const value = unit.groups?.[peers];
    if (value === undefined) {
      throw new TakarError(
        issue(
          'data/unknown-group',
          ['peers'],
          `Unit "${unit.unit}" has no group "${peers}"; use a group column it has (${Object.keys(unit.groups ?? {}).join(', ') || 'none'}) or a list of unit codes.`,
        ),
      );
    }
    return {
      kind: 'group',
      column: peers,
      value,
      units: all.filter((c) => look.units.get(c)?.groups?.[peers] === value),
    };
  }
  const unknown = peers.filter((c) => !look.units.has(c));
  if (unknown.length) {
    throw new TakarError(
      issue(
        'results/unknown-unit',
        ['peers'],
        `Peer units ${unknown.map((c) => `"${c}"`).join(', ')} are not in the results; remove them or correct the codes.`,
      ),
    );
  }
  return { kind: 'list', units: [...peers] };
}
