import type { Label } from '../schema/label.js';
import type { ResultsDocument } from '../schema/results.js';
import type { UnitResult } from '../results/view.js';
import { TakarError, issue } from '../errors/index.js';
import { lookup, nodeOrThrow, scoreOf } from './results-lookup.js';
import { nodeLabel } from './node-label.js';
import { assignAwards } from './assign-awards.js';

/**
 * Options of {@link awards}.
 *
 * @category Analyse
 */
export interface AwardsOptions {
  /** The award categories: node codes (e.g. the dimensions), in the order to award them. */
  categories: readonly string[];
  /** Which units may win (e.g. only kota, only the evaluated cohort); default all. */
  eligible?: (unit: UnitResult) => boolean;
  /** Minimum data coverage (0–1) of the category node a winner needs; default 0. */
  minCoverage?: number;
  /**
   * At most one award per unit, assigned so that the sum over categories of the winner's margin
   * over the best other eligible unit in that category is maximal (exact search).
   */
  onePerUnit?: boolean;
  /**
   * Scores closer than this count as tied; default 1e-9. Binary floating point can make equal
   * decimal scores differ in the last bit (e.g. 3.96 and 3.9600000000000004); such a difference
   * must not decide an award.
   */
  tieTolerance?: number;
}

/**
 * Why a unit won: its score, the runner-up and the margin.
 *
 * @category Analyse
 */
export interface AwardWhy {
  score: number;
  /** The best other eligible unit(s) in the category and their score. */
  runnerUp: { units: string[]; score: number } | null;
  /**
   * score − runner-up score. Without `onePerUnit` the runner-up is the best score below the
   * winner(s); with it, the best other eligible unit (0 for a tie, negative when a better unit won
   * another category).
   */
  margin: number | null;
  /** Rank among the eligible units in this category (1 = top). */
  eligibleRank: number;
  /** With `onePerUnit`: units that scored higher here but were awarded another category. */
  passedOver: { unit: string; score: number; awarded: string }[];
  /** The reason in one sentence (English). */
  text: string;
}

/**
 * One award.
 *
 * @category Analyse
 */
export interface Award {
  category: string;
  label: Label;
  /** The winner(s): several only when tied (without `onePerUnit`), empty when no one is eligible. */
  winners: string[];
  /** Whether other eligible units share the winning score. */
  tie: boolean;
  /** Units with the same score as the winner that did not get the award (with `onePerUnit`). */
  tiedWith: string[];
  why: AwardWhy | null;
}

/**
 * The outcome of {@link awards}.
 *
 * @category Analyse
 */
export interface AwardsResult {
  awards: Award[];
  /** Units that passed the filter and the coverage rule, per category. */
  eligibleCount: Record<string, number>;
  /** Sum of the winners' margins (the objective of `onePerUnit`). */
  totalMargin: number;
  onePerUnit: boolean;
}

/**
 * Awards each category (a node) to the eligible unit with the highest score there, reporting
 * ties, the runner-up and the margin. With `onePerUnit`, no unit wins twice: the assignment
 * maximises the total margin over each category's best other unit, exactly (branch and bound over
 * each category's top candidates, which is enough: a category's winner in an optimal assignment is
 * always among its m best, m being the number of categories).
 *
 * @example
 * ```ts
 * const a = awards(results, { categories: ['governance', 'branding'], onePerUnit: true, minCoverage: 0.8 });
 * a.awards.map((x) => `${x.category}: ${x.winners.join(', ')} (${x.why?.text})`);
 * ```
 *
 * @category Analyse
 */
export function awards(results: ResultsDocument, options: AwardsOptions): AwardsResult {
  const look = lookup(results);
  if (options.categories.length === 0) {
    throw new TakarError(
      issue(
        'results/unknown-node',
        ['categories'],
        'Name at least one category (a node code) to award.',
      ),
    );
  }
  options.categories.forEach((c, i) => nodeOrThrow(look, c, ['categories', i]));
  const minCoverage = options.minCoverage ?? 0;
  const eligibleCount: Record<string, number> = {};
  // Per category: eligible units with a score, best first (ties by code for a stable order).
  const ranked = options.categories.map((cat) => {
    const list = lookup(results)
      .rows.filter((u) => (options.eligible ? options.eligible(u) : true))
      .filter((u) => (u.coverage[cat] ?? 1) >= minCoverage)
      .map((u) => ({ unit: u.unit, score: scoreOf(u, cat) }))
      .filter((x): x is { unit: string; score: number } => x.score !== null)
      .sort((a, b) => b.score - a.score || a.unit.localeCompare(b.unit));
    eligibleCount[cat] = list.length;
    return list;
  });
  const tol = options.tieTolerance ?? 1e-9;
  const same = (x: number, y: number): boolean => Math.abs(x - y) <= tol;
  const bestOther = (
    list: readonly { unit: string; score: number }[],
    unit: string,
  ): { units: string[]; score: number } | null => {
    const others = list.filter((x) => x.unit !== unit);
    const top = others[0];
    if (!top) return null;
    return {
      units: others.filter((x) => same(x.score, top.score)).map((x) => x.unit),
      score: top.score,
    };
  };
  const gainOf = (score: number, other: number): number => (same(score, other) ? 0 : score - other);
  const nameOf = new Map(lookup(results).rows.map((u) => [u.unit, u.name]));
  const who = (codes: readonly string[]): string =>
    codes.map((c) => ((nameOf.get(c) ?? c) === c ? c : `${nameOf.get(c)} (${c})`)).join(', ');
  const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(3));

  let chosen: (string | null)[];
  if (options.onePerUnit) {
    const m = options.categories.length;
    const gains = ranked.map((list) => {
      const cut = list[Math.min(m, list.length) - 1]?.score;
      return list
        .filter((x, i) => i < m || (cut !== undefined && same(x.score, cut)))
        .map((x) => ({
          id: x.unit,
          gain: gainOf(x.score, bestOther(list, x.unit)?.score ?? x.score),
        }));
    });
    chosen = assignAwards(gains).choice;
  } else {
    chosen = ranked.map((list) => list[0]?.unit ?? null);
  }
  const awardedTo = new Map<string, string>();
  chosen.forEach((u, c) => {
    if (u !== null) awardedTo.set(u, options.categories[c] as string);
  });

  let totalMargin = 0;
  const list: Award[] = options.categories.map((cat, c) => {
    const cands = ranked[c] as { unit: string; score: number }[];
    const unit = chosen[c] ?? null;
    const label = nodeLabel(look, cat);
    if (unit === null)
      return { category: cat, label, winners: [], tie: false, tiedWith: [], why: null };
    const score = cands.find((x) => x.unit === unit)?.score as number;
    const sameScore = cands
      .filter((x) => same(x.score, score) && x.unit !== unit)
      .map((x) => x.unit);
    const winners = options.onePerUnit ? [unit] : [unit, ...sameScore];
    const runnerUp = options.onePerUnit
      ? bestOther(cands, unit)
      : (() => {
          const below = cands.find((x) => x.score < score - tol);
          return below
            ? {
                units: cands.filter((x) => same(x.score, below.score)).map((x) => x.unit),
                score: below.score,
              }
            : null;
        })();
    const margin = runnerUp ? gainOf(score, runnerUp.score) : null;
    totalMargin += margin ?? 0;
    const eligibleRank = 1 + cands.filter((x) => x.score > score + tol).length;
    const passedOver = cands
      .filter((x) => x.score > score + tol)
      .map((x) => ({ unit: x.unit, score: x.score, awarded: awardedTo.get(x.unit) ?? '' }));
    let text = `${who(winners).replace(/, ([^,]*)$/, ' and $1')} scored ${fmt(score)} on ${label.en ?? label.id}`;
    if (winners.length > 1) text += `, tied`;
    if (runnerUp) {
      text += `, ${fmt(Math.abs(margin ?? 0))} ${(margin ?? 0) >= 0 ? 'ahead of' : 'behind'} ${who(runnerUp.units)} with ${fmt(runnerUp.score)}`;
    } else text += ', the only eligible unit';
    if (passedOver.length) {
      text += `; ${passedOver.map((p) => `${who([p.unit])} scored higher but won ${p.awarded}`).join('; ')}`;
    }
    if (options.onePerUnit && sameScore.length) text += `; tied with ${who(sameScore)}`;
    return {
      category: cat,
      label,
      winners,
      tie: sameScore.length > 0,
      tiedWith: options.onePerUnit ? sameScore : [],
      why: { score, runnerUp, margin, eligibleRank, passedOver, text: `${text}.` },
    };
  });
  return { awards: list, eligibleCount, totalMargin, onePerUnit: options.onePerUnit ?? false };
}
