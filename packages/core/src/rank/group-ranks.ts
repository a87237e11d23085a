import { rankDescending } from './rank.js';

/**
 * Competition ranks within groups (1 = best in its group; ties share the best rank). Units without
 * a group, or with a missing score, get no rank (NaN).
 *
 * @example
 * ```ts
 * groupRanks(Float64Array.of(1, 5, 3, 4), ['a', 'a', 'b', 'b']); // [2, 1, 2, 1]
 * ```
 *
 * @category Score
 */
export function groupRanks(
  column: Float64Array,
  groups: readonly (string | undefined)[],
): Float64Array {
  const out = new Float64Array(column.length).fill(NaN);
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g === undefined) return;
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(i);
  });
  for (const rows of members.values()) {
    const r = rankDescending(Float64Array.from(rows, (i) => column[i] as number));
    rows.forEach((row, j) => (out[row] = r[j] as number));
  }
  return out;
}
