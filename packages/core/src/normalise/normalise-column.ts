import type { NormaliseSpec } from '../schema/pipeline.js';
import { issue, type IssuePath, type TakarIssue } from '../errors/index.js';
import { borda } from './borda.js';
import { dist2max } from './dist2max.js';
import { dist2ref } from './dist2ref.js';
import { dist2targ } from './dist2targ.js';
import { fracmax } from './fracmax.js';
import { goalposts } from './goalposts.js';
import { minmax } from './minmax.js';
import { prank } from './prank.js';
import { rankScores } from './rank-scores.js';
import { zscore } from './zscore.js';

/** What a normaliser needs to know about the indicator it works on. */
export interface NormaliseTarget {
  /** Indicator code, for messages. */
  code: string;
  /** +1 higher is better, −1 lower is better (values are multiplied by it first). */
  direction: 1 | -1;
  target?: number | undefined;
  goalposts?: readonly [number, number] | undefined;
  /** Row of the reference unit for `dist2ref`, or −1 when it is not in the data. */
  referenceIndex?: number | undefined;
  /** Where the spec came from, for issue paths. */
  at?: IssuePath;
}

/** The outcome of {@link normaliseColumn}: the normalised column, or the issue that prevented it. */
export type NormaliseOutcome =
  { ok: true; column: Float64Array } | { ok: false; issue: TakarIssue };

/**
 * Normalises one indicator column with a method spec, after applying the direction
 * (x ← x × direction, as the OECD/JRC Handbook and COINr do). Goalposts use the original values.
 *
 * @example
 * ```ts
 * const r = normaliseColumn(Float64Array.of(1, 2, 3), { method: 'minmax' }, { code: 'a', direction: -1 });
 * if (r.ok) r.column; // Float64Array [100, 50, 0]
 * ```
 */
export function normaliseColumn(
  raw: Float64Array,
  spec: NormaliseSpec,
  ind: NormaliseTarget,
): NormaliseOutcome {
  const at = ind.at ?? ['pipeline', 'normalise'];
  const dir = ind.direction;
  let x = raw;
  if (dir === -1) {
    x = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) x[i] = -(raw[i] as number);
  }
  const zeroRange = (): NormaliseOutcome => ({
    ok: false,
    issue: issue(
      'data/zero-range',
      ['values'],
      `Indicator "${ind.code}" has the same value for every unit, so ${spec.method} cannot scale it; remove it, give it another normalisation (e.g. "none"), or add data.`,
    ),
  });
  const pooled = spec.pooled?.[ind.code];
  if (pooled && (spec.method === 'minmax' || spec.method === 'zscore'))
    return { ok: true, column: fixedLinear(x, spec, pooled) };
  switch (spec.method) {
    case 'none':
      return { ok: true, column: dir === 1 ? raw.slice() : x };
    case 'minmax': {
      const out = minmax(x, spec.range ?? [0, 100]);
      return out ? { ok: true, column: out } : zeroRange();
    }
    case 'zscore': {
      const out = zscore(x, spec.meanSd ?? [0, 1]);
      return out ? { ok: true, column: out } : zeroRange();
    }
    case 'rank':
      return { ok: true, column: rankScores(x) };
    case 'prank':
      return { ok: true, column: prank(x) };
    case 'borda':
      return { ok: true, column: borda(x) };
    case 'fracmax': {
      // An all-zero column is 0 / 0 for every unit: an error, never a silent column of nulls.
      // (A larger spread with a maximum of 0 gives ±Infinity as in R, and is kept.)
      if (allZero(x))
        return {
          ok: false,
          issue: issue(
            'data/zero-max',
            ['values'],
            `Indicator "${ind.code}" is 0 for every unit, so fracmax (x / max) would divide 0 by 0; give it another normalisation (e.g. "none"), or remove it.`,
          ),
        };
      return { ok: true, column: fracmax(x) };
    }
    case 'dist2max': {
      const out = dist2max(x);
      return out ? { ok: true, column: out } : zeroRange();
    }
    case 'dist2ref': {
      if (ind.referenceIndex === undefined || ind.referenceIndex < 0) {
        return {
          ok: false,
          issue: issue(
            'pipeline/unknown-reference-unit',
            [...at, 'reference'],
            `Normalisation dist2ref of "${ind.code}" refers to unit "${spec.reference ?? ''}", which is not in the data; name a unit code that is.`,
          ),
        };
      }
      return { ok: true, column: dist2ref(x, ind.referenceIndex, spec.cap ?? false) };
    }
    case 'dist2targ': {
      if (ind.target === undefined) {
        return {
          ok: false,
          issue: issue(
            'pipeline/missing-target',
            [...at, 'method'],
            `Indicator "${ind.code}" has no target, which dist2targ needs; add \`target\` to the indicator or choose another normalisation.`,
          ),
        };
      }
      return { ok: true, column: dist2targ(x, ind.target * dir, spec.cap ?? false) };
    }
    case 'goalposts': {
      if (!ind.goalposts) {
        return {
          ok: false,
          issue: issue(
            'pipeline/missing-goalposts',
            [...at, 'method'],
            `Indicator "${ind.code}" has no goalposts, which goalpost normalisation needs; add \`goalposts: [low, high]\` to the indicator.`,
          ),
        };
      }
      return { ok: true, column: goalposts(raw, ind.goalposts, spec.range ?? [0, 100], dir) };
    }
  }
}

/** Whether every present (non-NaN) value is 0, and at least one is present. */
function allZero(x: Float64Array): boolean {
  let present = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (Number.isNaN(v)) continue;
    if (v !== 0) return false;
    present++;
  }
  return present > 0;
}

/**
 * Min-max or z-score with parameters fixed in advance (pooled across years): min-max maps
 * [min, max] onto the range, z-score subtracts the mean and divides by the sd. Nothing is
 * truncated: a value of one year is placed on the scale of all years.
 */
function fixedLinear(
  x: Float64Array,
  spec: NormaliseSpec,
  [a, b]: readonly [number, number],
): Float64Array {
  const out = new Float64Array(x.length);
  if (spec.method === 'minmax') {
    const [lo, hi] = spec.range ?? [0, 100];
    for (let i = 0; i < x.length; i++) out[i] = lo + (((x[i] as number) - a) / (b - a)) * (hi - lo);
  } else {
    const [m, s] = spec.meanSd ?? [0, 1];
    for (let i = 0; i < x.length; i++) out[i] = (((x[i] as number) - a) / b) * s + m;
  }
  return out;
}
