import type { ResultsDocument } from '../schema/results.js';
import { TakarError, issue } from '../errors/index.js';
import { lookup, nodeOrThrow, scoreOf, type ResultsLookup } from './results-lookup.js';

/**
 * Options of {@link trend}.
 *
 * @category Analyse
 */
export interface TrendOptions {
  /** The node for movers and improvement; default the index. */
  node?: string;
  /** How many movers up and down to list; default 5. */
  count?: number;
  /**
   * Known splits (*pemekaran*): an old unit code → the codes of the units formed from it. Reported
   * with the years where the old code disappears and the new ones appear.
   */
  splits?: Readonly<Record<string, readonly string[]>>;
}

/**
 * A unit's score and rank at one node in one year (`null` when not scored that year).
 *
 * @category Analyse
 */
export interface TrendPoint {
  year: number;
  score: number | null;
  rank: number | null;
}

/**
 * Change between two years: score difference and rank places gained (positive = moved up).
 *
 * @category Analyse
 */
export interface TrendChange {
  score: number | null;
  rank: number | null;
}

/**
 * One unit across the years.
 *
 * @category Analyse
 */
export interface UnitTrend {
  unit: string;
  name: string;
  /** Years in which the unit was scored. */
  years: number[];
  /** Node code → one point per year of the trend (nulls where the unit is absent). */
  series: Record<string, TrendPoint[]>;
  /** Node code → change between the last two years of the trend. */
  change: Record<string, TrendChange>;
  /** The "improvement" value: final score minus the previous year's final score (at `node`). */
  improvement: number | null;
}

/**
 * A unit that moved between the last two years.
 *
 * @category Analyse
 */
export interface Mover {
  unit: string;
  name: string;
  fromRank: number;
  toRank: number;
  /** Places gained (positive) or lost (negative). */
  rankChange: number;
  scoreChange: number | null;
}

/**
 * Units entering and leaving between two consecutive years.
 *
 * @category Analyse
 */
export interface YearChange {
  from: number;
  to: number;
  /** Scored in `to` but not in `from`. */
  appeared: string[];
  /** Scored in `from` but not in `to`. */
  disappeared: string[];
  /** Known splits seen between these years: the old code gone, new codes present. */
  splits: { from: string; into: string[] }[];
}

/**
 * Scores and ranks over the years.
 *
 * @category Analyse
 */
export interface Trend {
  years: number[];
  /** The node of movers and improvement. */
  node: string;
  /** Every score key seen in any year (latest year's order first). */
  nodes: string[];
  units: UnitTrend[];
  movers: { up: Mover[]; down: Mover[] };
  /** One entry per pair of consecutive years. */
  changes: YearChange[];
}

/**
 * Follows units over years: per node the score and rank series, the change between the last two
 * years, the improvement (final score minus the previous final), the biggest movers up and down,
 * and for each pair of consecutive years the units that appeared or disappeared (including known
 * splits). Units absent in some year are kept, with `null` points, never dropped.
 *
 * @param resultsByYear - results documents, one per year (any order; each needs a `year`)
 *
 * @example
 * ```ts
 * const t = trend([2023, 2024].map((y) => score(framework, exampleDataset('smart-city', y), { year: y })));
 * t.movers.up[0]; // { unit, fromRank, toRank, rankChange, … }
 * ```
 *
 * @category Analyse
 */
export function trend(
  resultsByYear: readonly ResultsDocument[],
  options: TrendOptions = {},
): Trend {
  if (resultsByYear.length === 0) {
    throw new TakarError(
      issue('results/invalid', [], 'Give at least one results document (one per year).'),
    );
  }
  const docs = [...resultsByYear];
  docs.forEach((d, i) => {
    if (d.year === null) {
      throw new TakarError(
        issue(
          'results/invalid',
          [i, 'year'],
          `Results ${i} have no year; score each year with \`{ year }\` so a trend can order them.`,
        ),
      );
    }
  });
  docs.sort((a, b) => (a.year as number) - (b.year as number));
  const years = docs.map((d) => d.year as number);
  const dup = years.find((y, i) => years.indexOf(y) !== i);
  if (dup !== undefined) {
    throw new TakarError(
      issue('data/mixed-years', [], `Two results documents are for ${dup}; give one per year.`),
    );
  }
  const looks = docs.map((d) => lookup(d));
  const last = looks[looks.length - 1] as ResultsLookup;
  const prev = looks.length > 1 ? (looks[looks.length - 2] as ResultsLookup) : null;
  const node = nodeOrThrow(last, options.node ?? last.root, ['node']);
  const nodes = [
    ...new Set(
      looks
        .slice()
        .reverse()
        .flatMap((l) => l.keys),
    ),
  ];
  const unitCodes = [...new Set(looks.flatMap((l) => [...l.units.keys()]))];

  const units: UnitTrend[] = unitCodes.map((code) => {
    const seen = looks.map((l) => l.units.get(code));
    const name = [...seen].reverse().find((u) => u !== undefined)?.name ?? code;
    const series: Record<string, TrendPoint[]> = {};
    const change: Record<string, TrendChange> = {};
    for (const key of nodes) {
      series[key] = seen.map((u, t) => ({
        year: years[t] as number,
        score: u ? scoreOf(u, key) : null,
        rank: u?.ranks[key] ?? null,
      }));
      const pts = series[key];
      const a = pts[pts.length - 2];
      const b = pts[pts.length - 1];
      change[key] = {
        score: a && b && a.score !== null && b.score !== null ? b.score - a.score : null,
        rank: a && b && a.rank !== null && b.rank !== null ? a.rank - b.rank : null,
      };
    }
    return {
      unit: code,
      name,
      years: years.filter((_y, t) => seen[t] !== undefined),
      series,
      change,
      improvement: change[node]?.score ?? null,
    };
  });

  const movers: Mover[] = [];
  if (prev) {
    for (const u of units) {
      const pts = u.series[node] as TrendPoint[];
      const a = pts[pts.length - 2] as TrendPoint;
      const b = pts[pts.length - 1] as TrendPoint;
      if (a.rank === null || b.rank === null) continue;
      movers.push({
        unit: u.unit,
        name: u.name,
        fromRank: a.rank,
        toRank: b.rank,
        rankChange: a.rank - b.rank,
        scoreChange: u.change[node]?.score ?? null,
      });
    }
  }
  const count = options.count ?? 5;
  const byCode = (a: Mover, b: Mover): number => a.unit.localeCompare(b.unit);
  const up = movers
    .filter((m) => m.rankChange > 0)
    .sort((a, b) => b.rankChange - a.rankChange || byCode(a, b))
    .slice(0, count);
  const down = movers
    .filter((m) => m.rankChange < 0)
    .sort((a, b) => a.rankChange - b.rankChange || byCode(a, b))
    .slice(0, count);

  const changes: YearChange[] = [];
  for (let t = 1; t < looks.length; t++) {
    const before = (looks[t - 1] as ResultsLookup).units;
    const after = (looks[t] as ResultsLookup).units;
    const appeared = [...after.keys()].filter((c) => !before.has(c));
    const disappeared = [...before.keys()].filter((c) => !after.has(c));
    const splits = Object.entries(options.splits ?? {})
      .filter(([old, into]) => before.has(old) && !after.has(old) && into.some((c) => after.has(c)))
      .map(([old, into]) => ({ from: old, into: into.filter((c) => after.has(c)) }));
    changes.push({
      from: years[t - 1] as number,
      to: years[t] as number,
      appeared,
      disappeared,
      splits,
    });
  }
  return { years, node, nodes, units, movers: { up, down }, changes };
}
