import type { Band } from '../schema/framework.js';
import type { PipelineConfig } from '../schema/pipeline.js';
import { parseFramework } from '../framework/parse-framework.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import { assignBand } from '../rank/band.js';
import { TakarError, issue } from '../errors/index.js';
import { resolvePipeline } from '../pipeline/resolve-pipeline.js';
import { decimalCorrect } from '../results/decimal-round.js';
import { nodeBands } from '../results/labels.js';
import { checkNode, matrixOf, withValues } from './what-if.js';

/**
 * Options of {@link reachTarget}.
 *
 * @category Analyse
 */
export interface ReachTargetOptions {
  unit: string;
  /** The indicator whose raw value may change. */
  indicator: string;
  /** The rank to reach (or better), or the band code to reach (or higher). */
  target: { rank: number } | { band: string };
  /** The node whose rank or band counts; default the index. */
  node?: string;
  pipeline?: PipelineConfig;
  year?: number;
  /** Stop when the interval is this narrow (raw units); default 1e-6 of the search range. */
  tolerance?: number;
}

/**
 * Where a value puts the unit.
 *
 * @category Analyse
 */
export interface ReachState {
  value: number | null;
  score: number | null;
  rank: number | null;
  band: string | null;
}

/**
 * The outcome of {@link reachTarget}.
 *
 * @category Analyse
 */
export interface ReachTargetResult {
  reachable: boolean;
  /** The unit as it stands. */
  current: ReachState;
  /** With the smallest sufficient change (when reachable), or at the best end of the range (when not). */
  reached: ReachState;
  /** The smallest change of the raw value that reaches the target (0 if already there); `null` if none can. */
  change: number | null;
  /**
   * The range of raw values searched: the indicator's scale if it has one, else the observed range
   * of the data; for a denominated indicator, that range in the indicator's own units (per
   * denominator) times the unit's denominator.
   */
  range: [number, number];
  /** Decimals of the value needed: the indicator's `decimals`, else the data's precision. */
  decimals: number;
  /** With denomination: the denominator and the needed value in the indicator's own units. */
  per?: { denominator: string; value: number | null };
  /** One sentence (English) saying what it takes, or that nothing within the range does. */
  statement: string;
}

/**
 * The smallest change of one indicator's raw value that brings a unit to a target rank or band,
 * by bisection between the current value and the best end of the indicator's scale (or, without a
 * scale, of the values observed), rescoring with the full pipeline at each step. The score is
 * taken to be monotone in the value (true of every normalisation and mean; outlier treatment can
 * bend it, so the result is checked by rescoring). When even the best end does not reach the
 * target, says so.
 *
 * @example
 * ```ts
 * const r = reachTarget(framework, data, { unit: '32.73', indicator: 'governance.service.impact', target: { rank: 10 }, year: 2024 });
 * r.statement; // "Raising governance.service.impact from 2.8 to 3.41 (+0.61) moves 32.73 from rank 14 to rank 10."
 * ```
 *
 * @category Analyse
 */
export function reachTarget(
  framework: unknown,
  data: unknown,
  options: ReachTargetOptions,
): ReachTargetResult {
  const tree = parseFramework(framework);
  const node = options.node ?? tree.root.code;
  checkNode(tree, node);
  const ind = tree.byCode.get(options.indicator);
  if (!ind || ind.type !== 'indicator') {
    throw new TakarError(
      issue(
        'data/unknown-indicator',
        ['indicator'],
        `"${options.indicator}" is not an indicator of the framework; use an indicator code.`,
      ),
    );
  }
  const matrix = matrixOf(tree, data, options);
  const row = matrix.units.indexOf(options.unit);
  if (row < 0)
    throw new TakarError(
      issue(
        'data/unknown-unit',
        ['unit'],
        `Unit "${options.unit}" is not in the data; use a unit code the data has.`,
      ),
    );
  const nodeDef = tree.byCode.get(node)!;
  const bands: readonly Band[] | undefined = nodeBands(tree.framework, nodeDef);
  const target = options.target;
  if ('band' in target && !bands?.some((b) => b.code === target.band)) {
    throw new TakarError(
      issue(
        'results/unknown-node',
        ['target', 'band'],
        bands
          ? `Band "${target.band}" is not a band of "${node}"; use one of ${bands.map((b) => b.code).join(', ')}.`
          : `Node "${node}" has no bands; target a rank instead.`,
      ),
    );
  }
  const col = matrix.columns.get(options.indicator) as Float64Array;
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of col) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  // Denominated indicators are searched in their own units (per capita, per km²), not in the
  // range of the raw totals, which belong to units of other sizes.
  const denominated =
    ind.denominator !== undefined &&
    resolvePipeline(tree.framework.pipeline, options.pipeline).denominate;
  const den = denominated
    ? Float64Array.from(
        matrix.dataset.units,
        (u) => u.denominators?.[ind.denominator as string] ?? NaN,
      )
    : undefined;
  const mine = den ? (den[row] as number) : 1;
  if (den) {
    lo = Infinity;
    hi = -Infinity;
    col.forEach((x, i) => {
      const r = x / (den[i] as number);
      if (r < lo) lo = r;
      if (r > hi) hi = r;
    });
  }
  const own: [number, number] = ind.scale ? [ind.scale[0], ind.scale[1]] : [lo, hi];
  const range: [number, number] = [own[0] * mine, own[1] * mine];
  const decimals = ind.decimals ?? precisionOf(col);
  const dir = ind.direction ?? 1;
  const best = dir === 1 ? range[1] : range[0];
  const x0 = col[row] as number;
  const opts = { pipeline: options.pipeline, year: options.year };
  const at = (value: number | null): ReachState => {
    const m =
      value === (Number.isNaN(x0) ? null : x0)
        ? matrix
        : withValues(matrix, tree, [{ unit: options.unit, indicator: options.indicator, value }]);
    const run = runPipeline(framework, m, opts);
    const i = run.units.findIndex((u) => u.code === options.unit);
    const s = i < 0 ? NaN : (run.scores?.get(node)?.[i] ?? NaN);
    const r = i < 0 ? NaN : (run.ranks?.get(node)?.[i] ?? NaN);
    return {
      value,
      score: Number.isFinite(s) ? s : null,
      rank: Number.isNaN(r) ? null : r,
      band: bands ? assignBand(Number.isFinite(s) ? s : null, bands) : null,
    };
  };
  const bandIndex = (code: string | null): number =>
    code === null || !bands ? -1 : bands.findIndex((b) => b.code === code);
  const meets = (s: ReachState): boolean =>
    'rank' in target
      ? s.rank !== null && s.rank <= target.rank
      : bandIndex(s.band) >= bandIndex(target.band);
  const what = 'rank' in target ? `rank ${target.rank}` : `band ${target.band}`;
  const show = (x: number): string => String(Number(x.toPrecision(6)));
  const describeState = (s: ReachState): string =>
    'rank' in target ? `rank ${s.rank ?? '–'}` : `band ${s.band ?? '–'}`;

  const current = at(Number.isNaN(x0) ? null : x0);
  if (meets(current)) {
    return {
      reachable: true,
      current,
      reached: current,
      change: 0,
      range,
      decimals,
      ...perOf(current.value),
      statement: `${options.unit} already reaches ${what} (${describeState(current)}).`,
    };
  }
  const end = at(best);
  if (!meets(end)) {
    return {
      reachable: false,
      current,
      reached: end,
      change: null,
      range,
      decimals,
      ...perOf(null),
      statement: `No value of ${options.indicator} within ${ind.scale ? 'its scale' : 'the observed range'} [${show(range[0])}, ${show(range[1])}] brings ${options.unit} to ${what}: at ${show(best)} it reaches ${describeState(end)}.`,
    };
  }
  // Bisect between a value that does not reach the target and one that does.
  let bad = Number.isNaN(x0) ? (dir === 1 ? range[0] : range[1]) : x0;
  let good = best;
  let reached = end;
  if (Number.isNaN(x0)) {
    const from = at(bad);
    if (meets(from))
      return {
        reachable: true,
        current,
        reached: from,
        change: null,
        range,
        decimals,
        ...perOf(bad),
        statement: `${options.unit} reaches ${what} with any value of ${options.indicator} in the range, e.g. ${show(bad)}.`,
      };
  }
  const tol = options.tolerance ?? Math.abs(range[1] - range[0]) * 1e-6;
  for (let it = 0; it < 100 && Math.abs(good - bad) > tol; it++) {
    const mid = (bad + good) / 2;
    const s = at(mid);
    if (meets(s)) {
      good = mid;
      reached = s;
    } else bad = mid;
  }
  // Round to the decimals the data is written with, in the direction that reaches the target
  // (towards the best end), and check by rescoring; step on one unit of the last decimal if
  // rounding fell just short (the score is monotone in the value, outlier treatment aside).
  const step = 10 ** -decimals;
  const towards = good >= (Number.isNaN(x0) ? bad : x0) ? 1 : -1;
  let value = roundTowards(good, decimals, towards);
  let checked = at(value);
  for (let k = 0; k < 10 && !meets(checked); k++) {
    value = roundTowards(value + towards * step, decimals, towards);
    checked = at(value);
  }
  if (!meets(checked)) {
    value = good;
    checked = reached;
  }
  reached = checked;
  const text = (x: number): string => (decimals <= 14 ? x.toFixed(decimals) : show(x));
  const change = Number.isNaN(x0) ? null : decimalDifference(value, x0, decimals);
  const verb = Number.isNaN(x0) ? 'Setting' : value > x0 ? 'Raising' : 'Lowering';
  const perText = den
    ? ` (${text(value / mine)} per ${ind.denominator}; searched in those units)`
    : '';
  const fromTo = Number.isNaN(x0)
    ? `${options.indicator} (now missing) to ${text(value)}${perText}`
    : `${options.indicator} from ${show(x0)} to ${text(value)}${perText} (${value > x0 ? '+' : ''}${text(change as number)})`;
  return {
    reachable: true,
    current,
    reached,
    change,
    range,
    decimals,
    ...perOf(value),
    statement: `${verb} ${fromTo} moves ${options.unit} from ${describeState(current)} to ${describeState(reached)}.`,
  };

  function perOf(v: number | null): { per?: { denominator: string; value: number | null } } {
    return den
      ? { per: { denominator: ind!.denominator as string, value: v === null ? null : v / mine } }
      : {};
  }
}

/** Decimals the values of a column are written with (shortest round-trip text), at most 10. */
function precisionOf(column: Float64Array): number {
  let d = 0;
  for (const x of column) {
    if (!Number.isFinite(x)) continue;
    const t = String(x);
    if (t.includes('e')) return 10;
    const i = t.indexOf('.');
    if (i >= 0) d = Math.max(d, t.length - i - 1);
  }
  return Math.min(d, 10);
}

/** `x` rounded to `decimals`, up (`towards` 1) or down (−1), decimal-correctly. */
function roundTowards(x: number, decimals: number, towards: 1 | -1): number {
  const f = 10 ** decimals;
  const scaled = decimalCorrect(x * f);
  const r = towards === 1 ? Math.ceil(scaled) : Math.floor(scaled);
  return Number((r / f).toFixed(decimals));
}

/** a − b shown to `decimals` (so 3.97 − 3.5 is 0.47, not 0.4700000000000002). */
function decimalDifference(a: number, b: number, decimals: number): number {
  return Number((a - b).toFixed(Math.max(decimals, precisionOf(Float64Array.of(b)))));
}
