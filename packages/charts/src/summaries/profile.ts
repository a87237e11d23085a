import type { Label, ResultsDocument } from '@takar/core';
import { rootNode } from '../ranking/rows.js';
import { childNodes, nodeOf, scoreAt } from './nodes.js';
import { peerUnits, type PeerGroup } from './peers.js';
import { median } from './stats.js';

/** One row of a profile: the region, its peers' median and the national median at a node. */
export interface ProfileRow {
  node: string;
  label: Label;
  /** The region's score, or `null` if it has none. */
  value: number | null;
  /** The region's rank at the node (1 = best). */
  rank: number | null;
  peerMedian: number | null;
  nationMedian: number | null;
  /** `value - peerMedian` (positive: above its peers). */
  gap: number | null;
}

/** A region's profile, from {@link profileSummary}. */
export interface ProfileSummary {
  unit: string;
  name: string;
  peers: Omit<PeerGroup, 'units'> & { count: number };
  /** The node itself first, then its children (the dimensions). */
  rows: ProfileRow[];
  /** Child nodes furthest above the peer median (at most 3, largest gap first). */
  strengths: string[];
  /** Child nodes furthest below the peer median (at most 3, largest gap first). */
  weaknesses: string[];
}

/**
 * One region against its peers' median and the national median at a node and each of its
 * children, with its strengths and weaknesses (children furthest above or below the peers).
 *
 * @param results - a parsed results document
 * @param options - `region` (unit code), `peers` (see {@link peerUnits}), `node` (default the index)
 * @returns the profile, or `null` when the region is not in the results
 * @example
 * ```ts
 * profileSummary(results, { region: '32.73', peers: 'type' })?.strengths; // ['gov']
 * ```
 */
export function profileSummary(
  results: ResultsDocument,
  options: { region: string; peers?: string; node?: string },
): ProfileSummary | null {
  const unit = results.units.find((u) => u.unit === options.region);
  if (!unit) return null;
  const node = options.node ?? rootNode(results);
  const group = peerUnits(results, options.region, options.peers);
  const nodes = [nodeOf(results, node), ...childNodes(results, node)].filter(
    (n) => n !== undefined,
  );
  const rows: ProfileRow[] = nodes.map((n) => {
    const value = scoreAt(unit, n.code);
    const peerMedian = median(group.units.flatMap((u) => scoreAt(u, n.code) ?? []));
    return {
      node: n.code,
      label: n.label,
      value,
      rank: unit.ranks[n.code] ?? null,
      peerMedian,
      nationMedian: median(results.units.flatMap((u) => scoreAt(u, n.code) ?? [])),
      gap: value !== null && peerMedian !== null ? value - peerMedian : null,
    };
  });
  const children = rows.slice(1).filter((r) => r.gap !== null);
  const byGap = [...children].sort((a, b) => b.gap! - a.gap! || a.node.localeCompare(b.node));
  const { units: _units, ...peers } = group;
  return {
    unit: unit.unit,
    name: unit.name,
    peers: { ...peers, count: group.units.length },
    rows,
    strengths: byGap
      .filter((r) => r.gap! > 0)
      .slice(0, 3)
      .map((r) => r.node),
    weaknesses: byGap
      .filter((r) => r.gap! < 0)
      .reverse()
      .slice(0, 3)
      .map((r) => r.node),
  };
}
