import type { Label } from '../schema/label.js';
import type { ResultsDocument } from '../schema/results.js';
import { awards } from '../analysis/awards.js';
import { resultsView } from './view.js';

/** A unit's entry in an award. */
export interface AwardEntry {
  unit: string;
  name: string;
  score: number;
}

/** The winner(s) of one category, within one group or among everyone, from {@link awardWinners}. */
export interface CategoryWinners {
  /** Node code of the category (the index or a dimension). */
  node: string;
  label: Label;
  /** The group value competed in (e.g. `kota`), or `null` for everyone. */
  group: string | null;
  /** More than one when tied on the top score. */
  winners: AwardEntry[];
  /** The best unit below the winners, if any. */
  runnerUp: AwardEntry | null;
  /** Winners' score minus the runner-up's. */
  margin: number | null;
  /** Number of units with a score in the category. */
  entrants: number;
}

/**
 * The winner of each category (by default the index and each of its dimensions), optionally per
 * value of a group column (e.g. `type`: one award for kota, one for kabupaten): `awards()` of the
 * analysis, once per group, with names. Ties share the award.
 *
 * @example
 * ```ts
 * awardWinners(results)[0]?.winners[0]?.name; // 'Kota Bandung'
 * ```
 */
export function awardWinners(
  results: ResultsDocument,
  options: {
    node?: string | undefined;
    group?: string | undefined;
    nodes?: readonly string[];
  } = {},
): CategoryWinners[] {
  const view = resultsView(results);
  const root = options.node ?? view.root;
  const categories = (options.nodes ?? [root, ...(view.children.get(root) ?? [])]).filter((c) =>
    view.nodes.has(c),
  );
  if (categories.length === 0) return [];
  const column = options.group;
  const labels = column === undefined ? undefined : view.results.units.groups?.[column];
  const groups: (string | null)[] =
    column === undefined
      ? [null]
      : [...new Set((labels ?? []).filter((g): g is string => g !== null))].sort();
  const byName = (a: AwardEntry, b: AwardEntry) => a.name.localeCompare(b.name, 'id');
  const entry = (unit: string, score: number): AwardEntry => ({
    unit,
    name: view.names[view.indexOf(unit)]!,
    score,
  });
  const perGroup = groups.map((group) =>
    awards(results, {
      categories,
      ...(group === null ? {} : { eligible: (u) => u.groups?.[column!] === group }),
    }),
  );
  return categories.flatMap((node, c) =>
    groups.map((group, g) => {
      const outcome = perGroup[g]!;
      const award = outcome.awards[c]!;
      const why = award.why;
      const winners = why ? award.winners.map((u) => entry(u, why.score)).sort(byName) : [];
      const runner = why?.runnerUp
        ? (why.runnerUp.units.map((u) => entry(u, why.runnerUp!.score)).sort(byName)[0] ?? null)
        : null;
      return {
        node,
        label: award.label,
        group,
        winners,
        runnerUp: runner,
        margin: why?.margin ?? null,
        entrants: outcome.eligibleCount[node] ?? 0,
      };
    }),
  );
}
