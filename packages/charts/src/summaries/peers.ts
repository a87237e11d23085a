import type { ResultsDocument, UnitResult } from '@takar/core';

/** Which units are a region's peers, as resolved by {@link peerUnits}. */
export interface PeerGroup {
  /** `all`, `group` (same value of a group column) or `list` (unit codes given). */
  kind: 'all' | 'group' | 'list';
  /** The group column (for `group`), e.g. `type`. */
  column?: string;
  /** The region's value in that column, e.g. `kota`. */
  value?: string;
  /** The peers (including the region itself when it qualifies). */
  units: UnitResult[];
}

/**
 * A region's peer group. `peers` is a group column of the results (`type`, `province`,
 * `populationClass`…: the units sharing the region's value), a comma- or space-separated list of
 * unit codes, or empty for every unit.
 *
 * @example
 * ```ts
 * peerUnits(results, '32.73', 'type'); // { kind: 'group', column: 'type', value: 'kota', units: [...] }
 * ```
 */
export function peerUnits(
  results: ResultsDocument,
  region: string | undefined,
  peers: string | undefined,
): PeerGroup {
  const spec = peers?.trim() ?? '';
  if (!spec) return { kind: 'all', units: results.units };
  const self = region ? results.units.find((u) => u.unit === region) : undefined;
  const isColumn = results.units.some((u) => u.groups?.[spec] !== undefined);
  if (isColumn) {
    const value = self?.groups?.[spec];
    if (value === undefined) return { kind: 'group', column: spec, units: [] };
    return {
      kind: 'group',
      column: spec,
      value,
      units: results.units.filter((u) => u.groups?.[spec] === value),
    };
  }
  const codes = new Set(spec.split(/[\s,]+/).filter(Boolean));
  return { kind: 'list', units: results.units.filter((u) => codes.has(u.unit)) };
}
