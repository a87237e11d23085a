import type { ResultsDocument } from '@takar/core';
import { places, ranksByUnit } from './results-access.js';

/** A unit whose rank moved between two scorings. */
export interface RankChange {
  unit: string;
  name: string;
  /** Rank before; null when the unit was unranked (or absent). */
  from: number | null;
  /** Rank after; null when the unit is unranked now. */
  to: number | null;
  /** from − to: positive means the unit climbed. Null when either rank is missing. */
  gain: number | null;
}

/**
 * The units whose rank on `node` differs between `before` and `after`: biggest moves first, then
 * by the new rank, then by code (deterministic). A unit that lost or gained its rank is listed with
 * `null` on that side and comes after the moves.
 *
 * @example
 * ```ts
 * rankChanges(before, after, 'index')[0]; // { unit: '32.73', name: 'Kota Bandung', from: 12, to: 9, gain: 3 }
 * ```
 */
export function rankChanges(
  before: ResultsDocument,
  after: ResultsDocument,
  node: string,
): RankChange[] {
  const old = ranksByUnit(before, node);
  const out: RankChange[] = [];
  for (const p of places(after, node)) {
    const from = old.has(p.unit) ? (old.get(p.unit) ?? null) : null;
    if (from === p.rank) continue;
    out.push({
      unit: p.unit,
      name: p.name,
      from,
      to: p.rank,
      gain: from === null || p.rank === null ? null : from - p.rank,
    });
  }
  return out.sort(
    (a, b) =>
      (a.gain === null ? 1 : 0) - (b.gain === null ? 1 : 0) ||
      Math.abs(b.gain ?? 0) - Math.abs(a.gain ?? 0) ||
      (a.to ?? Infinity) - (b.to ?? Infinity) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
}
