import type { Label } from '../schema/label.js';
import type { ResultsDocument } from '../schema/results.js';
import { profile } from '../analysis/profile.js';
import { median } from '../stats/median.js';
import { peerGroupOf } from './peer-group.js';
import { resultsView } from './view.js';

/** One row of a profile: the region, its peers' median and the national median at a node. */
export interface ProfileRow {
  node: string;
  label: Label;
  /** The region's score, or `null` if it has none. */
  value: number | null;
  /** The region's rank at the node (1 = best). */
  rank: number | null;
  /** How many units have a score at the node (the rank is "of" this many). */
  of: number;
  /** The region's band at the node, or `null`. */
  band: string | null;
  peerMedian: number | null;
  nationMedian: number | null;
  /** `value - peerMedian` (positive: above its peers). */
  gap: number | null;
}

/** The peer group of a profile: what it is and how many units it has. */
export interface ProfilePeers {
  kind: 'all' | 'group' | 'list';
  column?: string;
  value?: string;
  count: number;
}

/** A region's profile as an element shows it, from {@link profileSummary} or `regionProfile`. */
export interface ProfileSummary {
  unit: string;
  name: string;
  year: number | null;
  peers: ProfilePeers;
  /** The node itself first, then its children (the dimensions). */
  rows: ProfileRow[];
  /** Child nodes furthest above the peer median (at most 3, largest gap first). */
  strengths: string[];
  /** Child nodes furthest below the peer median (at most 3, largest gap first). */
  weaknesses: string[];
}

/**
 * One region against its peers' median and the national median at a node and each of its
 * children, with its strengths and weaknesses: `profile()` of the analysis, shaped for display.
 * `peers` is read as an element's attribute (see `peerGroupOf`).
 *
 * @returns the profile, or `null` when the region or the node is not in the results
 * @example
 * ```ts
 * profileSummary(results, { region: '32.73', peers: 'type' })?.strengths; // ['gov']
 * ```
 */
export function profileSummary(
  results: ResultsDocument,
  options: { region: string; peers?: string | undefined; node?: string | undefined },
): ProfileSummary | null {
  const view = resultsView(results);
  const node = options.node ?? view.root;
  if (view.indexOf(options.region) < 0 || !view.nodes.has(node)) return null;
  const group = peerGroupOf(view, options.region, options.peers);
  const p = profile(results, options.region, {
    of: node,
    ...(group.spec === undefined ? {} : { peers: group.spec }),
  });
  const byCode = new Map(p.nodes.map((n) => [n.code, n]));
  const codes = [node, ...(view.children.get(node) ?? [])].filter((c) => byCode.has(c));
  const rows = codes.map((code): ProfileRow => {
    const n = byCode.get(code)!;
    const col = view.column(code);
    const nation = col ? median(Float64Array.from(col.scores, (s) => s ?? NaN)) : NaN;
    return {
      node: code,
      label: n.label,
      value: n.score,
      rank: n.rank,
      of: n.of,
      band: n.band,
      peerMedian: n.peerMedian,
      nationMedian: Number.isNaN(nation) ? null : nation,
      gap: n.vsPeers,
    };
  });
  const { spec: _spec, units, ...kind } = group;
  return {
    unit: p.unit,
    name: p.name,
    year: results.year,
    peers: { ...kind, count: units.length },
    rows,
    strengths: p.strengths.map((s) => s.code),
    weaknesses: p.weaknesses.map((s) => s.code),
  };
}
