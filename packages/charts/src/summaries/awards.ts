import type { Label, ResultsDocument } from '@takar/core';
import { rootNode } from '../ranking/rows.js';
import { childNodes, nodeOf, scoreAt } from './nodes.js';

/** A unit's entry in an award. */
export interface AwardEntry {
  unit: string;
  name: string;
  score: number;
}

/** The winner(s) of one category and why. */
export interface Award {
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
 * The winner of each category: the index and each of its dimensions, optionally per value of a
 * group column (e.g. `type`: one award for kota, one for kabupaten). Ties share the award.
 *
 * @example
 * ```ts
 * awardWinners(results)[0]?.winners[0]?.name; // 'Kota Bandung'
 * ```
 */
export function awardWinners(
  results: ResultsDocument,
  options: { node?: string; group?: string; nodes?: readonly string[] } = {},
): Award[] {
  const root = options.node ?? rootNode(results);
  const nodes = options.nodes
    ? options.nodes.flatMap((c) => nodeOf(results, c) ?? [])
    : [nodeOf(results, root), ...childNodes(results, root)].filter((n) => n !== undefined);
  const groups: (string | null)[] = options.group
    ? [...new Set(results.units.flatMap((u) => u.groups?.[options.group!] ?? []))].sort()
    : [null];
  return nodes.flatMap((n) =>
    groups.map((group) => {
      const entries = results.units
        .filter((u) => group === null || u.groups?.[options.group!] === group)
        .flatMap((u) => {
          const score = scoreAt(u, n.code);
          return score === null ? [] : [{ unit: u.unit, name: u.name, score }];
        })
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'id'));
      const top = entries[0]?.score;
      const winners = entries.filter((e) => e.score === top);
      const runnerUp = entries[winners.length] ?? null;
      return {
        node: n.code,
        label: n.label,
        group,
        winners,
        runnerUp,
        margin: top !== undefined && runnerUp ? top - runnerUp.score : null,
        entrants: entries.length,
      };
    }),
  );
}
