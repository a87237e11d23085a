/**
 * Assigns at most one category per candidate so that the sum of gains is maximal: an exact branch
 * and bound over categories (fine for the ≤ ~10 categories of an award ceremony). `gains[c]` lists
 * the candidates of category c with their gain, best first. A category gets no one only when every
 * listed candidate is taken. Ties between equally good assignments go to the one found first
 * (categories in order, candidates best first), so the result is deterministic.
 *
 * @returns the chosen candidate per category (`null` when none was left) and the total gain
 *
 * @example
 * ```ts
 * assignAwards([[{ id: 'a', gain: 3 }, { id: 'b', gain: 1 }], [{ id: 'a', gain: 5 }, { id: 'c', gain: -1 }]]);
 * // { choice: ['b', 'a'], total: 6 }
 * ```
 *
 * @category Analyse
 */
export function assignAwards(gains: readonly (readonly { id: string; gain: number }[])[]): {
  choice: (string | null)[];
  total: number;
} {
  const m = gains.length;
  // What categories c… can add at most when all are awarded (each its best gain, ignoring conflicts).
  const bestFrom = new Float64Array(m + 1);
  for (let c = m - 1; c >= 0; c--) {
    const top = gains[c]?.[0]?.gain;
    bestFrom[c] = (bestFrom[c + 1] as number) + (top ?? 0);
  }
  let best = -Infinity;
  let bestChoice: (string | null)[] = new Array<string | null>(m).fill(null);
  let bestFilled = -1;
  const used = new Set<string>();
  const choice: (string | null)[] = new Array<string | null>(m).fill(null);
  const visit = (c: number, total: number, filled: number): void => {
    if (c === m) {
      // More categories awarded wins first; then the larger total margin.
      if (filled > bestFilled || (filled === bestFilled && total > best)) {
        best = total;
        bestFilled = filled;
        bestChoice = choice.slice();
      }
      return;
    }
    if (filled + (m - c) < bestFilled) return;
    if (filled + (m - c) === bestFilled && total + (bestFrom[c] as number) <= best) return;
    let any = false;
    for (const cand of gains[c] ?? []) {
      if (used.has(cand.id)) continue;
      any = true;
      used.add(cand.id);
      choice[c] = cand.id;
      visit(c + 1, total + cand.gain, filled + 1);
      used.delete(cand.id);
      choice[c] = null;
    }
    if (!any) visit(c + 1, total, filled);
  };
  visit(0, 0, 0);
  return { choice: bestChoice, total: best === -Infinity ? 0 : best };
}
