import type { Label } from '../schema/label.js';
import type { ResultsDocument } from '../schema/results.js';
import { rankDescending } from '../rank/rank.js';
import { median } from '../stats/median.js';
import { lookup, nodeOrThrow, scoreOf, unitOrThrow } from './results-lookup.js';
import { nodeLabel } from './node-label.js';
import { resolvePeers, type PeerGroup, type PeerSpec } from './peers.js';

/**
 * Options of {@link profile}.
 *
 * @category Analyse
 */
export interface ProfileOptions {
  /** The peer group: a group column (e.g. `'province'`), a list of unit codes, or all units (default). */
  peers?: PeerSpec;
  /** The node whose children are ranked into strengths and weaknesses; default the index. */
  of?: string;
  /** How many strengths and weaknesses to list; default 3. */
  count?: number;
}

/**
 * One node of a unit profile.
 *
 * @category Analyse
 */
export interface NodeProfile {
  code: string;
  label: Label;
  /** Parent node code; `null` for the index and for axis keys. */
  parent: string | null;
  score: number | null;
  /** Rank among all units (1 = best). */
  rank: number | null;
  /** Number of units with a score at this node (the rank is "of" this many). */
  of: number;
  /** In-group ranks recorded in the results: group column → rank. */
  groupRanks: Record<string, number | null>;
  band: string | null;
  /** Median score of the peer group at this node. */
  peerMedian: number | null;
  /** score − peerMedian: positive above the peers. */
  vsPeers: number | null;
  /** Rank within the peer group (1 = best), ties sharing the best rank. */
  peerRank: number | null;
  /** Number of peers with a score at this node. */
  peerCount: number;
}

/**
 * A unit's profile: every node, its peers, and its strengths and weaknesses.
 *
 * @category Analyse
 */
export interface UnitProfile {
  unit: string;
  name: string;
  groups: Record<string, string>;
  peers: PeerGroup;
  /** Every score key of the results, in results order. */
  nodes: NodeProfile[];
  /** The node whose children were compared. */
  of: string;
  /** Children of `of` furthest above the peer median, largest first. */
  strengths: NodeProfile[];
  /** Children of `of` furthest below the peer median, largest gap first. */
  weaknesses: NodeProfile[];
}

/**
 * Profiles one unit: score, rank, in-group ranks and band at every node, how it compares with the
 * peer-group median, and its strengths and weaknesses (the children of a node, by default the
 * index, furthest above / below the peer median).
 *
 * @param results - a results document from `score()`
 * @param unit - the unit code
 *
 * @example
 * ```ts
 * const p = profile(results, '32.73', { peers: 'province' });
 * p.strengths.map((s) => `${s.code} +${s.vsPeers?.toFixed(2)}`);
 * ```
 *
 * @category Analyse
 */
export function profile(
  results: ResultsDocument,
  unit: string,
  options: ProfileOptions = {},
): UnitProfile {
  const look = lookup(results);
  const u = unitOrThrow(look, unit);
  const of = nodeOrThrow(look, options.of ?? look.root, ['of']);
  const count = options.count ?? 3;
  const peers = resolvePeers(look, u, options.peers);
  const peerUnits = peers.units.map((c) => look.units.get(c)!);
  const nodes: NodeProfile[] = look.keys.map((key) => {
    const peerScores = Float64Array.from(peerUnits, (p) => scoreOf(p, key) ?? NaN);
    const score = scoreOf(u, key);
    const med = median(peerScores);
    const at = peers.units.indexOf(unit);
    let peerRank: number | null = null;
    if (score !== null) {
      // Rank the unit among its peers even when it is not one of them (an explicit peer list).
      const withUnit = at >= 0 ? peerScores : Float64Array.of(...peerScores, score);
      const r = rankDescending(withUnit)[at >= 0 ? at : withUnit.length - 1];
      peerRank = r === undefined || Number.isNaN(r) ? null : r;
    }
    let ranked = 0;
    for (const other of lookup(results).rows) if (scoreOf(other, key) !== null) ranked++;
    let peerCount = 0;
    for (const x of peerScores) if (!Number.isNaN(x)) peerCount++;
    const groupRanks: Record<string, number | null> = {};
    for (const [g, m] of Object.entries(u.groupRanks ?? {})) groupRanks[g] = m[key] ?? null;
    return {
      code: key,
      label: nodeLabel(look, key),
      parent: look.nodes.get(key)?.parent ?? null,
      score,
      rank: u.ranks[key] ?? null,
      of: ranked,
      groupRanks,
      band: u.bands?.[key] ?? null,
      peerMedian: Number.isNaN(med) ? null : med,
      vsPeers: score === null || Number.isNaN(med) ? null : score - med,
      peerRank,
      peerCount,
    };
  });
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const kids = (look.children.get(of) ?? [])
    .map((c) => byCode.get(c))
    .filter((n): n is NodeProfile => n !== undefined);
  const strengths = kids
    .filter((n) => n.vsPeers !== null && n.vsPeers > 0)
    .sort((a, b) => (b.vsPeers as number) - (a.vsPeers as number))
    .slice(0, count);
  const weaknesses = kids
    .filter((n) => n.vsPeers !== null && n.vsPeers < 0)
    .sort((a, b) => (a.vsPeers as number) - (b.vsPeers as number))
    .slice(0, count);
  return {
    unit: u.unit,
    name: u.name,
    groups: { ...u.groups },
    peers,
    nodes,
    of,
    strengths,
    weaknesses,
  };
}
